#!/bin/sh
# t2007-kontak-halaman.sh: the pages of issue 15: /akun/notifikasi
# (contacts verified or not, a code sent only to the contact being
# verified, a wrong and a right code, the channel choice with its
# opt-out, CSRF, login) and /lupa-sandi (the reset through the forms,
# with the anonymous CSRF token, the same page for unknown names).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"
. "$(dirname "$0")/kirim-lib.sh"

start_server
start_gateway
kanal "wa_mode = gateway" "wa_url = http://127.0.0.1:$GW_PORT/kirim" "wa_token = t" \
    "sms_url = http://127.0.0.1:$GW_PORT/sms"
J=$WORK/w.jar
post() {	# post CODE PATH JAR FIELDS...: a form with the page's CSRF token
	_code=$1 _path=$2 _jar=$3
	shift 3
	_c=$(csrf_from "${CSRF_PAGE:-/akun/notifikasi}" "$_jar")
	for _f in "$@"; do set -- "$@" --data-urlencode "$_f"; shift; done
	expect_status "$_code" POST "$_path" -b "$_jar" -c "$_jar" \
	    --data-urlencode "csrf=$_c" "$@"
}

expect_status 303 GET /akun/notifikasi
check "sign-up" signup_warga warga.halaman 1408014507900779 "$J"
expect_status 200 GET /akun/notifikasi -b "$J"
expect_contains "081200000000" "$BODY"
expect_contains "Belum terverifikasi" "$BODY"
expect_contains 'name="csrf"' "$BODY"

# --- a code goes to the unverified phone, and only the code ----------------
expect_status 403 POST /akun/notifikasi/kode -b "$J" --data-urlencode jenis=phone
post 303 /akun/notifikasi/kode "$J" jenis=phone
expect_eq "one outbox row: the code" "$(sql "SELECT event || ' ' || channel || ' ' || recipient FROM outbox WHERE recipient = '081200000000'")" "verifikasi whatsapp 081200000000"
post 422 /akun/notifikasi/kode "$J" jenis=email
expect_contains "kosong atau sudah terverifikasi" "$BODY"
kirim
KODE=$(grep '"target": "6281200000000"' "$GW_LOG" | sed -n 's/.*"message": "Kode verifikasi kontak Pamong Anda: \([0-9]\{6\}\)\..*/\1/p' | tail -n 1)
check "the code arrived ($KODE)" test -n "$KODE"
BAD=$(printf '%06d' $(( (1${KODE} - 1000000 + 1) % 1000000 )))
post 400 /akun/notifikasi/verifikasi "$J" jenis=phone "kode=$BAD"
expect_contains "Kode salah" "$BODY"
post 303 /akun/notifikasi/verifikasi "$J" jenis=phone "kode=$KODE"
expect_status 200 GET "/akun/notifikasi?ok=verif" -b "$J"
expect_contains "Kontak telah terverifikasi." "$BODY"
expect_contains "Terverifikasi" "$BODY"
expect_eq "verified" "$(sql "SELECT v.alamat FROM kontak_verif v JOIN account a ON a.id = v.account_id WHERE a.username = 'warga.halaman' AND v.kind = 'phone'")" 081200000000
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action IN ('akun.kontak_kode', 'akun.kontak_verifikasi')")" 2
post 400 /akun/notifikasi/verifikasi "$J" jenis=phone "kode=$KODE"

# --- the channels: opt out of everything -----------------------------------
post 303 /akun/notifikasi/pilihan "$J"
expect_eq "in-app only" "$(sql "SELECT k.email || k.whatsapp || k.sms FROM kanal_pilihan k JOIN account a ON a.id = k.account_id WHERE a.username = 'warga.halaman'")" 000
expect_status 200 GET /akun/notifikasi -b "$J"
expect_not_contains 'checked' "$BODY"
post 303 /akun/notifikasi/pilihan "$J" sms=1
expect_eq "SMS only" "$(sql "SELECT k.email || k.whatsapp || k.sms FROM kanal_pilihan k JOIN account a ON a.id = k.account_id WHERE a.username = 'warga.halaman'")" 001

# --- /lupa-sandi through the forms -------------------------------------------
A=$WORK/anon.jar
expect_status 200 GET /lupa-sandi
expect_contains 'action="/lupa-sandi"' "$BODY"
CSRF_PAGE=/lupa-sandi post 200 /lupa-sandi "$A" pengguna=tidak.ada
sed 's/tidak\.ada/NAMA/g' "$BODY" >"$WORK/unknown"
CSRF_PAGE=/lupa-sandi post 200 /lupa-sandi "$A" pengguna=warga.halaman
sed 's/warga\.halaman/NAMA/g' "$BODY" >"$WORK/known"
check "the same page for a known and an unknown name" cmp -s "$WORK/known" "$WORK/unknown"
expect_status 403 POST /lupa-sandi --data-urlencode pengguna=warga.halaman
kirim
KODE=$(grep '"target": "6281200000000"' "$GW_LOG" | sed -n 's/.*"message": "Kode pemulihan kata sandi Pamong Anda: \([0-9]\{6\}\)\..*/\1/p' | tail -n 1)
check "the reset code arrived ($KODE)" test -n "$KODE"
check "by SMS, the channel chosen" grep -q '"path": "/sms".*Kode pemulihan' "$GW_LOG"
CSRF_PAGE=/lupa-sandi post 422 /lupa-sandi/atur "$A" pengguna=warga.halaman "kode=$KODE" sandi=Sandi-Halaman-2026 sandi2=Sandi-Lain-2026
CSRF_PAGE=/lupa-sandi post 303 /lupa-sandi/atur "$A" pengguna=warga.halaman "kode=$KODE" sandi=Sandi-Halaman-2026 sandi2=Sandi-Halaman-2026
expect_header Location '/masuk\?sandi=1'
expect_status 303 GET /akun -b "$J"	# the old session ended
check "the new password signs in" login warga.halaman Sandi-Halaman-2026 "$WORK/new.jar"

finish
