#!/bin/sh
# t1953-menu-petugas.sh: staff find their work pages, citizens land on
# their applications (issue 19 item 3): the header's "Menu Petugas"
# disclosure (modules' NAV_STAFF links) shows each role the work pages its
# routes allow, and no others; a citizen has no such menu; after signing
# in without a page asked for, a citizen lands on "Permohonan Saya"
# (/permohonan), staff as before on /akun, and a page asked for wins.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server

# menu USER: sign in, fetch /akun, leave the header's staff menu in $MENU
menu() {
	_j=$WORK/jar-$1
	login "$1" "$PW" "$_j" || fail "login $1"
	expect_status 200 GET /akun -b "$_j"
	MENU=$(tr -d '\n' <"$BODY" | sed -n 's|.*<summary>Menu Petugas</summary><ul>\(.*\)</ul></details></li>.*</nav></div></header>.*|\1|p' |
	    sed 's|</ul></details>.*||')
}
has() { case $MENU in *"href=\"$1\""*) ok "$2: $1 in the menu" ;; *) fail "$2: $1 in the menu ($MENU)" ;; esac; }
hasnt() { case $MENU in *"href=\"$1\""*) fail "$2: no $1 in the menu" ;; *) ok "$2: no $1 in the menu" ;; esac; }

menu op.kampungdalam
for h in /pengaduan/kelola /petugas/survei /petugas/pengumuman; do has "$h" operator; done
for h in /inspektorat /admin/surat /admin/dokumen; do hasnt "$h" operator; done
menu admin.kominfo
for h in /pengaduan/kelola /petugas/pengumuman /admin/surat /admin/dokumen; do has "$h" admin; done
hasnt /inspektorat admin
menu inspektur
has /inspektorat inspektur
hasnt /admin/surat inspektur
# every link opens for its role
J=$WORK/jar-admin.kominfo
for h in /pengaduan/kelola /petugas/pengumuman /admin/surat /admin/dokumen; do
	expect_status 200 GET "$h" -b "$J"
done
expect_status 200 GET /inspektorat -b "$WORK/jar-inspektur"
# a citizen: no staff menu
menu warga.demo
check "no Menu Petugas for a citizen" test -z "$MENU"
expect_not_contains 'Menu Petugas' "$BODY"

# where signing in leads
land() {
	_j=$WORK/land-$1
	_c=$(csrf_from /masuk "$_j")
	expect_status 303 POST /masuk -b "$_j" -c "$_j" --data-urlencode "csrf=$_c" \
	    --data-urlencode "pengguna=$1" --data-urlencode "sandi=$PW" ${2:+--data-urlencode "lanjut=$2"}
}
land warga.demo
expect_header location '^[^:]*: */permohonan\r?$'
land warga.demo /pengaduan/baru
expect_header location '^[^:]*: */pengaduan/baru\r?$'
land warga.demo /akun
expect_header location '^[^:]*: */akun\r?$'
land op.kampungdalam
expect_header location '^[^:]*: */akun\r?$'
finish
