#!/bin/sh
# t2081-templat.sh: message templates as data per event and channel
# (issue 15): the shipped versions, a new version saved by the
# superadmin (audited, checked), used for the next message of its event
# (the selesai message keeps its nomor and verification code through
# {pesan}); the WhatsApp Cloud API template name follows the event.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/adu-lib.sh"
. "$(dirname "$0")/kirim-lib.sh"

PW=Siak-Demo-2026
start_server
start_gateway
kanal "wa_mode = gateway" "wa_url = http://127.0.0.1:$GW_PORT/kirim" "wa_token = t" \
    "alamat_situs = https://pamong.siakkab.go.id"
SA=$WORK/sa.jar
AK=$WORK/ak.jar
check "superadmin signs in" login superadmin "$PW" "$SA"
check "an unit admin signs in" login admin.kominfo "$PW" "$AK"
expect_status 403 GET /admin/notifikasi/templat -b "$AK"
expect_status 200 GET /admin/notifikasi/templat -b "$SA"
expect_contains "<code>permohonan.selesai</code></td><td>whatsapp</td><td><pre>{pesan}" "$BODY"
expect_contains "pamong_permohonan_selesai" "$BODY"

save() {	# save CODE EVENT CHANNEL TEXT WA
	_c=$(csrf_from /admin/notifikasi/templat "$SA")
	expect_status "$1" POST /admin/notifikasi/templat -b "$SA" \
	    --data-urlencode "csrf=$_c" --data-urlencode "event=$2" \
	    --data-urlencode "saluran=$3" --data-urlencode "teks=$4" \
	    --data-urlencode "wa_template=$5"
}
save 422 permohonan.selesai whatsapp "Tanpa isi pesan" ""
expect_contains "memuat {pesan}" "$BODY"
save 422 permohonan.hilang whatsapp "{pesan}" ""
save 422 permohonan.selesai fax "{pesan}" ""
save 422 permohonan.selesai whatsapp "{pesan}" "Nama Salah"
save 303 permohonan.selesai whatsapp "Pamong Siak: {pesan} Unduh: {tautan}" surat_siap
expect_eq "version 2 kept beside version 1" "$(sql "SELECT group_concat(versi, ',') FROM (SELECT versi FROM notif_templat WHERE event = 'permohonan.selesai' AND channel = 'whatsapp' ORDER BY versi)")" "1,2"
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'notifikasi.templat' AND object_id = 'permohonan.selesai/whatsapp'")" 1
_c=$(csrf_from /admin/notifikasi/templat "$SA")
expect_status 403 POST /admin/notifikasi/templat -b "$AK" --data-urlencode "csrf=$_c" \
    --data-urlencode event=sandi --data-urlencode saluran=whatsapp --data-urlencode "teks={pesan}"

# --- the journey: the selesai message through the new version -----------------
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
kpg02 201 "$TW"
N=$NOMOR
act 200 "$TO" "$N" verifikasi
act 200 "$TP" "$N" setujui
KODE=$(sql "SELECT kode FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$N'")
expect_eq "the outbox rows name their events" "$(sql "SELECT group_concat(event, ',') FROM (SELECT DISTINCT event FROM outbox WHERE recipient = '081234567890' ORDER BY event)")" "permohonan.diterima,permohonan.selesai,permohonan.status"
# the server's own delivery job may hold a row meanwhile (a lease):
# deliver until every message of this journey is out, 30 s at most
i=0
while [ $i -lt 30 ]; do
	kirim
	[ "$(sql "SELECT count(*) FROM outbox WHERE recipient = '081234567890' AND state IN ('antre', 'mengirim')")" = 0 ] && break
	sleep 1
	i=$((i + 1))
done
check "the journey's messages went out" test $i -lt 30
check "the selesai message follows the template, nomor and code included" \
    grep -q "\"target\": \"6281234567890\", \"message\": \"Pamong Siak: Permohonan $N ([^\"]*) telah selesai. Surat dapat diunduh; kode verifikasi surat: $KODE. Unduh: https://pamong.siakkab.go.id/permohonan/[^\"]*\\\\nAtur atau hentikan" "$GW_LOG" ||
    grep -n "6281234567890" "$GW_LOG" | sed 's/^/# gateway: /' >&2
check "other events keep the shipped form" \
    grep -q "\"target\": \"6281234567890\", \"message\": \"Permohonan $N ([^\"]*) telah diterima[^\"]*\\\\nhttps://pamong.siakkab.go.id/permohonan/" "$GW_LOG"

# --- a complaint names its event too --------------------------------------------
save 303 pengaduan.diterima whatsapp "Pengaduan Anda tercatat. {pesan}" ""
adu_file 201 "$TW"
expect_eq "the complaint's row names pengaduan.diterima" "$(sql "SELECT count(*) FROM outbox WHERE recipient = '081234567890' AND event = 'pengaduan.diterima' AND body LIKE '%$NOMOR%'")" 1
kirim
check "sent through its template" grep -q "\"target\": \"6281234567890\", \"message\": \"Pengaduan Anda tercatat. [^\"]*$NOMOR" "$GW_LOG"

# --- the Cloud API template name follows the event -------------------------------
kanal "wa_mode = cloud" "wa_url = http://127.0.0.1:$GW_PORT/v19.0/1/messages" "wa_token = t" \
    "alamat_situs = https://pamong.siakkab.go.id"
expect_status 202 POST /api/v1/sandi/lupa -H 'Content-Type: application/json' -d '{"pengguna": "warga.demo"}'
kirim
check "the reset code as Cloud API template pamong_kode_sandi" \
    grep -q '"template": {"name": "pamong_kode_sandi", "language": {"code": "id"}, "components": \[{"type": "body", "parameters": \[{"type": "text", "text": "Kode pemulihan kata sandi Pamong Anda: [0-9]\{6\}\.' "$GW_LOG"

finish
