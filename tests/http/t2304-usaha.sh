#!/bin/sh
# t2304-usaha.sh: the business identity on an account (issue 17): a
# citizen registers a company (NIB, NPWP, name, KBLI list) on
# /akun/usaha, updates it, lets another account act for it; an unknown
# KBLI, a bad NIB or NPWP, a NIB another account registered are refused
# with a clear message and nothing changed; every change audited.
. "$(dirname "$0")/test-lib.sh"

start_server
J=$WORK/warga.jar
login warga.demo Siak-Demo-2026 "$J"
check "citizen signs in" test $? -eq 0

expect_status 200 GET /akun/usaha -b "$J"
expect_contains 'Belum ada usaha' "$BODY"
expect_status 303 GET /akun/usaha
C=$(csrf_from /akun/usaha "$J")

# post STATUS: the first argument is the status; curl -d options follow
post_form() {
	_st=$1
	shift
	expect_status "$_st" POST /akun/usaha -b "$J" -c "$J" \
	    --data-urlencode "csrf=$C" "$@"
}

post_form 303 -d aksi=simpan -d nib=1234567890123 \
    --data-urlencode 'npwp=01.234.567.8-912.000' \
    --data-urlencode 'nama=CV Maju Bersama' \
    --data-urlencode 'kbli=47111, 56101 47111'
expect_header location '/akun/usaha\?disimpan=1'
check "stored with digits only and KBLI deduplicated" test \
    "$(sql "SELECT nib || '|' || npwp || '|' || kbli FROM usaha")" = \
    '1234567890123|012345678912000|47111 56101'
check "the citizen acts for it" test "$(sql "SELECT count(*) FROM usaha_kuasa k JOIN account a ON a.id = k.account_id WHERE a.username = 'warga.demo'")" = 1
expect_status 200 GET '/akun/usaha?disimpan=1' -b "$J"
expect_contains 'Data usaha telah disimpan' "$BODY"
expect_contains 'CV Maju Bersama' "$BODY"

# update by the same account
post_form 303 -d aksi=simpan -d nib=1234567890123 -d npwp=0123456789120001 \
    --data-urlencode 'nama=CV Maju Bersama Siak' -d kbli=47111
check "updated" test "$(sql "SELECT nama || '|' || kbli FROM usaha")" = 'CV Maju Bersama Siak|47111'

# bad input: 422 with the message, nothing changed
N0=$(sql "SELECT count(*) FROM audit_event")
post_form 422 -d aksi=simpan -d nib=1234567890123 -d npwp=0123456789120001 \
    -d nama=CV -d kbli=04111
expect_contains 'Kode KBLI tidak dikenal' "$BODY"
post_form 422 -d aksi=simpan -d nib=1234567890123 -d npwp=0123456789120001 \
    -d nama=CV -d kbli=4711
expect_contains 'Kode KBLI tidak dikenal' "$BODY"
post_form 422 -d aksi=simpan -d nib=12345 -d npwp=0123456789120001 -d nama=CV
expect_contains 'NIB harus 13 angka' "$BODY"
post_form 422 -d aksi=simpan -d nib=1234567890124 -d npwp=123 -d nama=CV
expect_contains 'NPWP harus 15 atau 16 angka' "$BODY"
post_form 422 -d aksi=simpan -d nib=1234567890124 -d npwp=0123456789120001 \
    -d nama=X
expect_contains 'Nama usaha wajib diisi' "$BODY"
check "nothing changed by refused input" test \
    "$(sql "SELECT nama || '|' || kbli FROM usaha")" = 'CV Maju Bersama Siak|47111'
check "nothing audited by refused input" test "$(sql "SELECT count(*) FROM audit_event")" = "$N0"

# a NIB another account registered
sql "INSERT INTO usaha (nib, npwp, nama, kbli, created_at, updated_at) VALUES ('9999999999999', '012345678912000', 'PT Lain', '', 1, 1)"
sql "INSERT INTO usaha_kuasa (usaha_id, account_id, created_at) SELECT u.id, a.id, 1 FROM usaha u, account a WHERE u.nib = '9999999999999' AND a.username = 'op.kampungdalam'"
post_form 422 -d aksi=simpan -d nib=9999999999999 -d npwp=0123456789120001 \
    -d nama=Rebut
expect_contains 'sudah didaftarkan oleh akun lain' "$BODY"
check "the other business unchanged" test "$(sql "SELECT nama FROM usaha WHERE nib = '9999999999999'")" = 'PT Lain'

# another account acts for the citizen's business
post_form 303 -d aksi=kuasa -d usaha_nib=1234567890123 -d pengguna=op.kampungdalam
expect_header location '/akun/usaha\?kuasa=1'
check "two accounts act for it" test "$(sql "SELECT count(*) FROM usaha_kuasa k JOIN usaha u ON u.id = k.usaha_id WHERE u.nib = '1234567890123'")" = 2
post_form 422 -d aksi=kuasa -d usaha_nib=1234567890123 -d pengguna=op.kampungdalam
expect_contains 'sudah menjadi kuasa' "$BODY"
post_form 422 -d aksi=kuasa -d usaha_nib=1234567890123 -d pengguna=tidak.ada.siapa
expect_contains 'Nama pengguna tidak ditemukan' "$BODY"
post_form 422 -d aksi=kuasa -d usaha_nib=9999999999999 -d pengguna=warga.demo
expect_contains 'tidak bertindak untuk usaha ini' "$BODY"
expect_status 200 GET /akun/usaha -b "$J"
expect_contains '<td>2</td>' "$BODY"

# without the CSRF token: refused
expect_status 403 POST /akun/usaha -b "$J" -d aksi=simpan -d nib=1234567890123

check "audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action IN ('usaha.daftar', 'usaha.ubah', 'usaha.kuasa')")" = 3

finish
