#!/bin/sh
# t2006-sandi-lupa.sh: password reset by a one-time code (issue 15):
# POST /api/v1/sandi/lupa answers 202 alike for known and unknown names
# (and for an account without a verified contact, which gets nothing);
# the code reaches the verified phone as six digits; POST
# /api/v1/sandi/atur with a wrong code: 400 kode_salah; with the code:
# 200, the old sessions end, the new password works, the code is used
# up; requests are throttled per account without telling.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/app-lib.sh"
. "$(dirname "$0")/kirim-lib.sh"

PW=Siak-Demo-2026
start_server
start_gateway
kanal "wa_mode = gateway" "wa_url = http://127.0.0.1:$GW_PORT/kirim" "wa_token = t"
json() {
	expect_status "$1" POST "$2" -H 'Content-Type: application/json' -d "$3"
}
code_sent() {	# the last code sent to phone $1
	grep "\"target\": \"$1\"" "$GW_LOG" | tail -n 1 |
	    sed -n 's/.*"message": "Kode pemulihan kata sandi Pamong Anda: \([0-9]*\)\..*/\1/p'
}

TOLD=$(token warga.demo)
check "a session before the reset" test -n "$TOLD"
check "sign-up (unverified phone)" signup_warga warga.lupa 1408014507900778 "$WORK/wl.jar"

# --- the same answer for everyone --------------------------------------------
json 202 /api/v1/sandi/lupa '{"pengguna": "warga.demo"}'
cp "$BODY" "$WORK/known"
json 202 /api/v1/sandi/lupa '{"pengguna": "tidak.ada.sama.sekali"}'
check "unknown name: the same body" cmp -s "$BODY" "$WORK/known"
json 202 /api/v1/sandi/lupa '{"pengguna": "warga.lupa"}'
check "no verified contact: the same body" cmp -s "$BODY" "$WORK/known"
expect_json '/kode pemulihan/.test(j.pesan)' "$BODY"
json 422 /api/v1/sandi/lupa '{"nama": "warga.demo"}'
expect_json 'j.galat.kode === "isian_tidak_sah"' "$BODY"
json 400 /api/v1/sandi/lupa 'bukan json'

kirim
expect_eq "one message: to the verified phone" "$(gw_count)" 1
expect_eq "nothing for the unverified contact" "$(gw_count 6281200000000)" 0
KODE=$(code_sent 6281234567890)
check "the code is six digits ($KODE)" sh -c "printf '%s' '$KODE' | grep -Eq '^[0-9]{6}$'"
check "only its hash is stored" test "$(sql "SELECT count(*) FROM kode_sekali WHERE kode_hash LIKE '%$KODE%'")" = 0
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.lupa_sandi' AND object_id = 'warga.demo'")" 1

# --- wrong codes --------------------------------------------------------------
BAD=$(printf '%06d' $(( (1${KODE} - 1000000 + 1) % 1000000 )))
json 400 /api/v1/sandi/atur "{\"pengguna\": \"warga.demo\", \"kode\": \"$BAD\", \"sandi\": \"Sandi-Baru-Warga-2026\"}"
expect_json 'j.galat.kode === "kode_salah"' "$BODY"
json 400 /api/v1/sandi/atur "{\"pengguna\": \"tidak.ada\", \"kode\": \"$KODE\", \"sandi\": \"Sandi-Baru-Warga-2026\"}"
expect_json 'j.galat.kode === "kode_salah"' "$BODY"
json 400 /api/v1/sandi/atur "{\"pengguna\": \"warga.demo\", \"kode\": \"12ab56\", \"sandi\": \"Sandi-Baru-Warga-2026\"}"
expect_json 'j.galat.kode === "kode_salah"' "$BODY"
json 400 /api/v1/sandi/atur "{\"pengguna\": \"warga.demo\", \"kode\": \"$KODE\", \"sandi\": \"pendek\"}"
expect_json 'j.galat.kode === "sandi_lemah"' "$BODY"
json 422 /api/v1/sandi/atur "{\"pengguna\": \"warga.demo\", \"kode\": \"$KODE\"}"
expect_status 200 GET /api/v1/permohonan -H "Authorization: Bearer $TOLD"

# --- the code sets the password and ends the old sessions ---------------------
json 200 /api/v1/sandi/atur "{\"pengguna\": \"warga.demo\", \"kode\": \"$KODE\", \"sandi\": \"Sandi-Baru-Warga-2026\"}"
expect_json '/sesi lama/.test(j.pesan)' "$BODY"
expect_status 401 GET /api/v1/permohonan -H "Authorization: Bearer $TOLD"
check "the old password no longer works" test -z "$(token warga.demo)"
check "the new one does" test -n "$(token warga.demo Sandi-Baru-Warga-2026)"
json 400 /api/v1/sandi/atur "{\"pengguna\": \"warga.demo\", \"kode\": \"$KODE\", \"sandi\": \"Sandi-Lain-Warga-2026\"}"
expect_json 'j.galat.kode === "kode_salah"' "$BODY"
check "used once: the new password still works" test -n "$(token warga.demo Sandi-Baru-Warga-2026)"
expect_eq "the reset is audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.reset_sandi' AND object_id = 'warga.demo'")" 1

# --- throttled: 3 codes per 15 minutes, the answer unchanged ------------------
for i in 1 2 3; do json 202 /api/v1/sandi/lupa '{"pengguna": "warga.demo"}'; done
check "the 4th request: the same body" cmp -s "$BODY" "$WORK/known"
expect_eq "3 codes in the window" "$(sql "SELECT count(*) FROM kode_sekali k JOIN account a ON a.id = k.account_id WHERE a.username = 'warga.demo'")" 3
# five wrong tries end a code
kirim
KODE=$(code_sent 6281234567890)
BAD=$(printf '%06d' $(( (1${KODE} - 1000000 + 1) % 1000000 )))
for i in 1 2 3 4 5; do
	json 400 /api/v1/sandi/atur "{\"pengguna\": \"warga.demo\", \"kode\": \"$BAD\", \"sandi\": \"Sandi-Lain-Warga-2026\"}"
done
json 400 /api/v1/sandi/atur "{\"pengguna\": \"warga.demo\", \"kode\": \"$KODE\", \"sandi\": \"Sandi-Lain-Warga-2026\"}"
expect_json 'j.galat.kode === "kode_salah"' "$BODY"

# --- one address asking too often: 429 for every name alike -----------------
# (20 per 15 minutes, failed logins and reset requests together)
n=0
i=0
while [ $i -lt 25 ]; do
	code=$(curl -s -m 20 -o "$WORK/t.json" -w '%{http_code}' \
	    -H 'Content-Type: application/json' \
	    -d "{\"pengguna\": \"nama.acak.$i\"}" "$BASE/api/v1/sandi/lupa")
	[ "$code" = 429 ] && n=$((n + 1))
	i=$((i + 1))
done
check "one address is stopped after 20 reset requests in 15 minutes ($n of 25 refused)" \
    test "$n" -ge 5
expect_json 'j.galat.kode === "terlalu_sering"' "$WORK/t.json"
json 429 /api/v1/sandi/lupa '{"pengguna": "warga.demo"}'
check "a known name gets the same refusal" \
    sh -c "grep -q terlalu_sering '$BODY'"
expect_header retry-after '^[^:]*: *900'

finish
