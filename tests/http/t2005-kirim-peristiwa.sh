#!/bin/sh
# t2005-kirim-peristiwa.sh: notifications of real events reach people
# (issue 15): the contacts given to `pamong user add --email --phone`
# count as verified and get the officers' "new application" message by
# WhatsApp and e-mail; the applicant's messages go to their verified
# phone, and the one sent at selesai carries the nomor and the signed
# letter's verification code; a self-registered citizen's contacts are
# unverified and get nothing outside the app.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/app-lib.sh"
. "$(dirname "$0")/kirim-lib.sh"

PW=Siak-Demo-2026
start_server
start_gateway
start_smtp
kanal "wa_mode = gateway" "wa_url = http://127.0.0.1:$GW_PORT/kirim" "wa_token = t" \
    "smtp_url = smtp://127.0.0.1:$SMTP_PORT" "smtp_dari = pamong@siakkab.go.id" \
    "alamat_situs = https://pamong.siakkab.go.id" "batas_waktu = 20"

# --- an officer added by the administrator: contacts verified -------------
printf '%s\n' "Sandi-Operator-2026" | "$PAMONG" user add --data "$DATA" \
    --username op.kirim --role operator --unit 14.08.01.1001 \
    --email op.kirim@siakkab.go.id --phone 081377700001 --password-stdin >"$WORK/add" 2>&1
expect_eq "user add" "$?" 0
expect_eq "both contacts verified" "$(sql "SELECT group_concat(v.kind || '=' || v.alamat, ' ') FROM kontak_verif v JOIN account a ON a.id = v.account_id WHERE a.username = 'op.kirim' ORDER BY v.kind")" "email=op.kirim@siakkab.go.id phone=081377700001"

# --- a self-registered citizen: unverified ------------------------------------
check "sign-up" signup_warga warga.kirim 1408014507900777 "$WORK/wk.jar"
expect_eq "no verified contact" "$(sql "SELECT count(*) FROM kontak_verif v JOIN account a ON a.id = v.account_id WHERE a.username = 'warga.kirim'")" 0

# --- an application through to selesai, signed -----------------------------
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
kpg02 201 "$TW"
N=$NOMOR
act 200 "$TO" "$N" verifikasi
act 200 "$TP" "$N" setujui
expect_json 'j.status === "selesai"' "$BODY"
KODE=$(sql "SELECT kode FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$N'")
check "a verification code ($KODE)" test -n "$KODE"
expect_eq "the in-app message at selesai names nomor and code" "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'warga.demo' AND n.text LIKE '%$N%selesai%$KODE%'")" 1
# `pamong kirim` alone delivers what was queued: the server's own delivery
# job (every minute, in a worker) is stopped with the server.  Under load
# that job once took the WhatsApp rows first, and a refused or timed-out
# call put them back with a backoff that `pamong kirim` then respected
# (t2005 failed twice in full runs: the rows 'antre', the gateway empty).
# A row it tried is shown and made due again; what is checked below is
# the messages' content and recipients.
stop_server
sql "SELECT a.outbox_id, a.n, a.result, a.reason FROM outbox_attempt a" | sed 's/^/# attempt by the server: /'
sql "UPDATE outbox SET next_at = 0 WHERE state = 'antre'"
kirim
expect_eq "pamong kirim: exit 0" "$KIRIM_RC" 0
check "everything queued was sent" test "$(sql "SELECT count(*) FROM outbox WHERE state <> 'terkirim'")" = 0

# the applicant (phone verified by the demo's administrator) on WhatsApp
if grep -q "\"target\": \"6281234567890\", \"message\": \"Permohonan $N ([^\"]*) telah selesai. Surat dapat diunduh; kode verifikasi surat: $KODE.\\\\nhttps://pamong.siakkab.go.id/permohonan/" "$GW_LOG"; then
	ok "the applicant got the selesai message with nomor and code"
else
	# failed once in a full run under load (passes alone): what came
	fail "the applicant got the selesai message with nomor and code"
	grep -F "$N" "$GW_LOG" | sed 's/^/# gw: /'
	sql "SELECT channel, state, recipient, body FROM outbox" | sed 's/^/# outbox: /'
fi
check "every message to a person says how to opt out" test "$(grep -c '"message": "[^"]*Atur atau hentikan pemberitahuan: https://pamong.siakkab.go.id/akun/notifikasi"' "$GW_LOG")" = "$(grep -c '"message"' "$GW_LOG")"
expect_eq "the applicant got each change" "$(grep -c "\"target\": \"6281234567890\", \"message\": \"[^\"]*$N" "$GW_LOG")" 3
# the officer: WhatsApp and e-mail, with the staff deep link
check "the new officer got the new application on WhatsApp, with the staff deep link" \
    grep -q "\"target\": \"6281377700001\", \"message\": \"Permohonan baru $N .*https://pamong.siakkab.go.id/petugas/permohonan/" "$GW_LOG"
check "and by e-mail" grep -q "X-Envelope-To: op.kirim@siakkab.go.id" "$MAILDIR"/*.eml
# the self-registered citizen gets nothing outside the app
expect_eq "nothing queued to the unverified phone" "$(sql "SELECT count(*) FROM outbox WHERE recipient = '081200000000'")" 0
expect_eq "nothing sent to it" "$(gw_count 6281200000000)" 0

finish
