#!/bin/sh
# t0205-admin-accounts.sh: staff account admin, checked per object and unit.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
JW=$WORK/warga JO=$WORK/op JK=$WORK/kominfo JS=$WORK/super

login warga.demo "$PW" "$JW" && ok "login warga.demo" || fail "login warga.demo"
login op.kecsiak "$PW" "$JO" && ok "login op.kecsiak" || fail "login op.kecsiak"
login admin.kominfo "$PW" "$JK" && ok "login admin.kominfo" || fail "login admin.kominfo"
login superadmin "$PW" "$JS" && ok "login superadmin" || fail "login superadmin"

count() {
	sql "SELECT count(*) FROM account WHERE username = '$1'"
}
# as JAR STATUS URL ARGS...: POST with the jar's CSRF token.
as() {
	_j=$1 _s=$2 _u=$3
	shift 3
	_c=$(csrf_from /akun "$_j")
	expect_status "$_s" POST "$_u" -b "$_j" -c "$_j" --data-urlencode "csrf=$_c" "$@"
}

# Who may open the page at all.
expect_status 303 GET /admin/akun
expect_header location '^[^:]*: */masuk\?lanjut='
expect_status 403 GET /admin/akun -b "$JW"
expect_contains 'Akses ditolak' "$BODY"
expect_status 403 GET /admin/akun -b "$JO"
as "$JW" 403 /admin/akun --data-urlencode "pengguna=x.warga" \
    --data-urlencode "nama=X" --data-urlencode "sandi=Sandi-Awal-2026" \
    --data-urlencode "peran=operator" --data-urlencode "unit=DISKOMINFO"

# A unit admin sees the staff of their own unit only.
expect_status 200 GET /admin/akun -b "$JK"
expect_contains 'admin.kominfo' "$BODY"
expect_not_contains 'op.kecsiak' "$BODY"
expect_not_contains 'warga.demo' "$BODY"
expect_not_contains 'name="peran" value="superadmin"' "$BODY"
expect_not_contains 'name="peran" value="inspektorat"' "$BODY"
expect_not_contains 'name="peran" value="pimpinan"' "$BODY"
expect_contains 'name="peran" value="operator"' "$BODY"
expect_contains '<option value="DISKOMINFO" selected>' "$BODY"
expect_not_contains 'value="DISDUKCAPIL"' "$BODY"
expect_status 403 GET '/admin/akun?unit=DISDUKCAPIL' -b "$JK"

# ...and creates staff accounts for it.
as "$JK" 303 /admin/akun --data-urlencode "pengguna=op.kominfo" \
    --data-urlencode "nama=Operator Kominfo" --data-urlencode "sandi=Sandi-Awal-2026" \
    --data-urlencode "peran=operator" --data-urlencode "peran=verifikator" \
    --data-urlencode "unit=DISKOMINFO"
expect_header location '^[^:]*: */admin/akun/op.kominfo\?ok=buat'
check "op.kominfo created in DISKOMINFO" test "$(sql "SELECT u.code FROM account a JOIN unit u ON u.id = a.unit_id WHERE a.username = 'op.kominfo'")" = DISKOMINFO
check "op.kominfo has operator and verifikator" test "$(sql "SELECT group_concat(role, ',') FROM (SELECT role FROM account_role r JOIN account a ON a.id = r.account_id WHERE a.username = 'op.kominfo' ORDER BY role)")" = operator,verifikator
check "creation audited with the admin as actor" test "$(sql "SELECT count(*) FROM audit_event e JOIN account a ON a.id = e.actor_id WHERE e.action = 'akun.buat' AND e.object_id = 'op.kominfo' AND a.username = 'admin.kominfo'")" = 1
expect_status 200 GET '/admin/akun/op.kominfo?ok=buat' -b "$JK"
expect_contains 'Akun petugas telah dibuat.' "$BODY"

# ...but not for another unit, and never a high role.
as "$JK" 403 /admin/akun --data-urlencode "pengguna=op.lain" \
    --data-urlencode "nama=Operator Lain" --data-urlencode "sandi=Sandi-Awal-2026" \
    --data-urlencode "peran=operator" --data-urlencode "unit=DISDUKCAPIL"
expect_contains 'unit Anda sendiri' "$BODY"
check "no account for another unit" test "$(count op.lain)" = 0
for role in superadmin inspektorat pimpinan; do
	as "$JK" 403 /admin/akun --data-urlencode "pengguna=naik.$role" \
	    --data-urlencode "nama=Naik Pangkat" --data-urlencode "sandi=Sandi-Awal-2026" \
	    --data-urlencode "peran=operator" --data-urlencode "peran=$role" \
	    --data-urlencode "unit=DISKOMINFO"
	check "no $role granted by a unit admin" test "$(count naik.$role)" = 0
done

# Form errors: all shown, values kept, nothing written.
as "$JK" 422 /admin/akun --data-urlencode "pengguna=x" \
    --data-urlencode "nama=Petugas Baru" --data-urlencode "sandi=pendek" \
    --data-urlencode "unit=DISKOMINFO"
expect_contains 'Periksa kembali isian berikut' "$BODY"
expect_contains 'Nama pengguna 3–64 karakter' "$BODY"
expect_contains 'Kata sandi minimal 10 karakter.' "$BODY"
expect_contains 'Pilih sedikitnya satu peran petugas.' "$BODY"
expect_contains 'value="Petugas Baru"' "$BODY"
check "no account from a bad form" test "$(count x)" = 0
as "$JK" 422 /admin/akun --data-urlencode "pengguna=op.warga" \
    --data-urlencode "nama=Bukan Warga" --data-urlencode "sandi=Sandi-Awal-2026" \
    --data-urlencode "peran=warga" --data-urlencode "unit=DISKOMINFO"
check "no warga account through admin" test "$(count op.warga)" = 0

# Per object: another unit's account is out of reach.
expect_status 403 GET /admin/akun/op.kecsiak -b "$JK"
as "$JK" 403 /admin/akun/op.kecsiak/nonaktif -d x=1
as "$JK" 403 /admin/akun/op.kecsiak/reset --data-urlencode "sandi=Diambil-Alih-2026"
check "op.kecsiak untouched" test "$(sql "SELECT disabled FROM account WHERE username = 'op.kecsiak'")" = 0
login op.kecsiak "$PW" "$WORK/o2" && ok "op.kecsiak password unchanged" || fail "op.kecsiak password unchanged"
expect_status 404 GET /admin/akun/tidak.ada -b "$JK"

# Nobody disables themselves.
as "$JK" 403 /admin/akun/admin.kominfo/nonaktif -d x=1
as "$JS" 403 /admin/akun/superadmin/nonaktif -d x=1
check "admins still active" test "$(sql "SELECT sum(disabled) FROM account WHERE username IN ('admin.kominfo', 'superadmin')")" = 0

# Disable, enable, reset an account of one's own unit.
JN=$WORK/new
login op.kominfo Sandi-Awal-2026 "$JN" && ok "login op.kominfo" || fail "login op.kominfo"
as "$JK" 303 /admin/akun/op.kominfo/nonaktif -d x=1
expect_header location '^[^:]*: */admin/akun/op.kominfo\?ok=nonaktif'
check "op.kominfo disabled" test "$(sql "SELECT disabled FROM account WHERE username = 'op.kominfo'")" = 1
expect_status 303 GET /akun -b "$JN"
login op.kominfo Sandi-Awal-2026 "$WORK/n2" && fail "disabled account cannot log in" || ok "disabled account cannot log in"
check "disable audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.nonaktifkan' AND object_id = 'op.kominfo'")" = 1
expect_status 200 GET '/admin/akun?status=nonaktif' -b "$JK"
expect_contains 'op.kominfo' "$BODY"
expect_not_contains '>admin.kominfo<' "$BODY"
as "$JK" 303 /admin/akun/op.kominfo/aktif -d x=1
check "op.kominfo enabled" test "$(sql "SELECT disabled FROM account WHERE username = 'op.kominfo'")" = 0
as "$JK" 422 /admin/akun/op.kominfo/reset --data-urlencode "sandi=pendek"
expect_contains 'Kata sandi minimal 10 karakter.' "$BODY"
as "$JK" 303 /admin/akun/op.kominfo/reset --data-urlencode "sandi=Sandi-Reset-2026"
expect_header location '^[^:]*: */admin/akun/op.kominfo\?ok=reset'
login op.kominfo Sandi-Reset-2026 "$WORK/n3" && ok "login with the reset password" || fail "login with the reset password"
check "reset audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.reset_sandi' AND object_id = 'op.kominfo'")" = 1
as "$JK" 403 /admin/akun/admin.kominfo/reset --data-urlencode "sandi=Sandi-Sendiri-2026"

# A high-role account in one's own unit is the superadmin's business.
as "$JS" 303 /admin/akun --data-urlencode "pengguna=auditor.kominfo" \
    --data-urlencode "nama=Auditor Kominfo" --data-urlencode "sandi=Sandi-Awal-2026" \
    --data-urlencode "peran=inspektorat" --data-urlencode "unit=DISKOMINFO"
as "$JK" 403 /admin/akun/auditor.kominfo/nonaktif -d x=1
check "auditor.kominfo still active" test "$(sql "SELECT disabled FROM account WHERE username = 'auditor.kominfo'")" = 0

# The superadmin manages every unit and filters.
expect_status 200 GET /admin/akun -b "$JS"
expect_contains 'name="peran" value="superadmin"' "$BODY"
expect_contains 'value="DISDUKCAPIL"' "$BODY"
as "$JS" 303 /admin/akun --data-urlencode "pengguna=op2.disdukcapil" \
    --data-urlencode "nama=Operator Dua" --data-urlencode "sandi=Sandi-Awal-2026" \
    --data-urlencode "peran=operator" --data-urlencode "unit=DISDUKCAPIL"
check "superadmin created op2.disdukcapil" test "$(count op2.disdukcapil)" = 1
expect_status 200 GET '/admin/akun?unit=DISDUKCAPIL' -b "$JS"
expect_contains 'op2.disdukcapil' "$BODY"
expect_not_contains 'op.kecsiak' "$BODY"
expect_status 200 GET '/admin/akun?peran=warga' -b "$JS"
expect_contains 'warga.demo' "$BODY"
expect_not_contains '>superadmin<' "$BODY"
expect_status 200 GET '/admin/akun?q=kecsiak' -b "$JS"
expect_contains 'op.kecsiak' "$BODY"
expect_not_contains 'op.disdukcapil' "$BODY"
expect_status 400 GET '/admin/akun?peran=raja' -b "$JS"
expect_contains 'Filter tidak sah' "$BODY"
as "$JS" 303 /admin/akun/op.kecsiak/nonaktif -d x=1
check "superadmin disabled op.kecsiak" test "$(sql "SELECT disabled FROM account WHERE username = 'op.kecsiak'")" = 1
expect_status 303 GET /akun -b "$JO"

# Escaping: a search term is shown as text.
expect_status 200 GET '/admin/akun?q=%3Cscript%3E' -b "$JS"
expect_not_contains '<script>' "$BODY"

finish
