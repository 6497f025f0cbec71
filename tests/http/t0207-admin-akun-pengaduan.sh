#!/bin/sh
# t0207-admin-akun-pengaduan.sh: /admin/akun offers every role up to
# ROLE_LAST, so the complaint admin role (admin_pengaduan) can be assigned
# through the form (with CSRF), is shown and filterable, and the new account
# then works the complaint queue that an ordinary officer cannot see.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/adu-lib.sh"

start_server
JS=$WORK/super JN=$WORK/baru JC=$WORK/kontrol
login superadmin "$PW" "$JS" && ok "login superadmin" || fail "login superadmin"

roles_of() {
	sql "SELECT group_concat(role, ',') FROM (SELECT role FROM account_role r
	    JOIN account a ON a.id = r.account_id WHERE a.username = '$1'
	    ORDER BY role)"
}
# create JAR STATUS USER ROLE...: the create form, with the jar's CSRF token
create() {
	_j=$1 _s=$2 _u=$3
	shift 3
	_c=$(csrf_from /admin/akun "$_j")
	set -- $(for _r in "$@"; do printf ' --data-urlencode peran=%s' "$_r"; done)
	expect_status "$_s" POST /admin/akun -b "$_j" -c "$_j" \
	    --data-urlencode "csrf=$_c" --data-urlencode "pengguna=$_u" \
	    --data-urlencode "nama=Petugas $_u" \
	    --data-urlencode "sandi=Sandi-Awal-2026" \
	    --data-urlencode "unit=DISKOMINFO" "$@"
}

# The form and the filter offer the role, with its Indonesian label.
expect_status 200 GET /admin/akun -b "$JS"
expect_contains '<input type="checkbox" name="peran" value="admin_pengaduan"> Admin Pengaduan</label>' "$BODY"
expect_contains '<option value="admin_pengaduan">Admin Pengaduan</option>' "$BODY"
expect_contains 'name="peran" value="superadmin"' "$BODY"

# Without the CSRF token nothing is created.
expect_status 403 POST /admin/akun -b "$JS" --data-urlencode "pengguna=adu.tanpa" \
    --data-urlencode "nama=Tanpa Token" --data-urlencode "sandi=Sandi-Awal-2026" \
    --data-urlencode "peran=admin_pengaduan" --data-urlencode "unit=DISKOMINFO"
check "no account without CSRF" test "$(sql "SELECT count(*) FROM account WHERE username = 'adu.tanpa'")" = 0

# Assign it: alone, and together with another role.
create "$JS" 303 adu.uji admin_pengaduan
expect_header location '^[^:]*: */admin/akun/adu.uji\?ok=buat'
check "adu.uji holds admin_pengaduan" test "$(roles_of adu.uji)" = admin_pengaduan
check "creation audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.buat' AND object_id = 'adu.uji'")" = 1
create "$JS" 303 adu.dua operator admin_pengaduan
check "adu.dua holds both roles" test "$(roles_of adu.dua)" = admin_pengaduan,operator
create "$JS" 303 op.kontrol operator
check "op.kontrol is an operator only" test "$(roles_of op.kontrol)" = operator

# The role is shown on the account, in the list, and filters.
expect_status 200 GET /admin/akun/adu.uji -b "$JS"
expect_contains '<dt>Peran</dt><dd>Admin Pengaduan</dd>' "$BODY"
expect_status 200 GET /admin/akun/adu.dua -b "$JS"
expect_contains '<dt>Peran</dt><dd>Operator, Admin Pengaduan</dd>' "$BODY"
expect_status 200 GET '/admin/akun?peran=admin_pengaduan' -b "$JS"
expect_contains '>adu.uji</a>' "$BODY"
expect_contains '>adu.dua</a>' "$BODY"
expect_contains '>admin.pengaduan</a>' "$BODY"
expect_not_contains '>op.kontrol</a>' "$BODY"
expect_contains '<option value="admin_pengaduan" selected>' "$BODY"

# It takes effect: a new complaint (status baru, no unit yet) is the
# complaint admins' work only.
TW=$(token warga.demo)
check "warga token" test -n "$TW"
adu_file 201 "$TW"
check "complaint filed ($NOMOR)" test -n "$NOMOR"
login adu.uji Sandi-Awal-2026 "$JN" && ok "login adu.uji" || fail "login adu.uji"
login op.kontrol Sandi-Awal-2026 "$JC" && ok "login op.kontrol" || fail "login op.kontrol"
expect_status 200 GET /pengaduan/kelola -b "$JC"
expect_not_contains "$NOMOR" "$BODY"
expect_status 404 GET "/pengaduan/$NOMOR" -b "$JC"
expect_status 200 GET /pengaduan/kelola -b "$JN"
expect_contains "$NOMOR" "$BODY"
expect_status 200 GET "/pengaduan/$NOMOR" -b "$JN"
expect_contains 'name="tindakan" value="disposisi"' "$BODY"
C=$(csrf_from "/pengaduan/$NOMOR" "$JN")
expect_status 303 POST "/pengaduan/$NOMOR/tindakan" -b "$JN" --data-urlencode "csrf=$C" \
    --data-urlencode tindakan=disposisi --data-urlencode unit=DPMPTSP
check "adu.uji disposed the complaint" test "$(adu_status "$NOMOR")" = didisposisi
check "disposisi audited with adu.uji as actor" test "$(sql "SELECT count(*) FROM audit_event e JOIN account a ON a.id = e.actor_id WHERE e.action = 'pengaduan.disposisi' AND a.username = 'adu.uji'")" = 1

finish
