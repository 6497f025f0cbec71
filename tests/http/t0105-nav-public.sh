#!/bin/sh
# t0105-nav-public.sh: the site navigation links every public area
# (Pengaduan; Pengumuman, Kinerja, IKM, SPBE and the transparency log under
# "Informasi Publik"), each link opens for an anonymous visitor, and the
# signed-in header keeps them next to the personal links.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
LINKS="/pengaduan /pengumuman /kinerja /ikm /spbe /log"

# nav FILE: the main navigation of a page, one tag per line
nav() {
	tr '\n' ' ' <"$1" |
	    sed -n 's|.*<nav aria-label="Navigasi utama">\(.*\)</nav></div></header>.*|\1|p' |
	    sed 's|<|\n<|g' >"$WORK/nav"
}

expect_status 200 GET /
nav "$BODY"
check "the home page has a main navigation" test -s "$WORK/nav"
for l in $LINKS; do
	check "nav links $l" grep -qF "<a href=\"$l\">" "$WORK/nav"
done
# the labels come from the message catalog (the modules' msg.def)
for t in '>Pengaduan' '<summary>Informasi Publik' '>Pengumuman' \
    '>Kinerja Pelayanan' '>Indeks Kepuasan Masyarakat' '>Indeks SPBE' \
    '>Log Transparansi'; do
	check "nav label $t" grep -qF -- "$t" "$WORK/nav"
done
# the information pages sit in one disclosure, Pengaduan outside it
check "one disclosure in the nav" test "$(grep -c '^<details>' "$WORK/nav")" = 1
sed -n '/^<details>/,/^<\/details>/p' "$WORK/nav" >"$WORK/group"
for l in /pengumuman /kinerja /ikm /spbe /log; do
	check "$l is inside Informasi Publik" grep -qF "<a href=\"$l\">" "$WORK/group"
done
check "/pengaduan stands outside the group" sh -c \
    "! grep -qF 'href=\"/pengaduan\"' '$WORK/group'"
check "on the home page only Beranda is marked current" test \
    "$(grep -o 'href="[^"]*" aria-current="page"' "$WORK/nav")" = \
    'href="/" aria-current="page"'

# every linked page answers 200 to an anonymous visitor, and marks itself
for l in $LINKS; do
	expect_status 200 GET "$l"
	nav "$BODY"
	check "$l: link marked aria-current" \
	    grep -qF "<a href=\"$l\" aria-current=\"page\">" "$WORK/nav"
	check "$l: exactly one current link" \
	    test "$(grep -c 'aria-current' "$WORK/nav")" = 1
done
# the second, cached answer of a public page is the same page
expect_status 200 GET /pengaduan
nav "$BODY"
check "cached /pengaduan keeps its current link" \
    grep -qF '<a href="/pengaduan" aria-current="page">' "$WORK/nav"

# signed in: the public links stay, beside the personal ones
JW=$WORK/warga JS=$WORK/super
login warga.demo "$PW" "$JW" && ok "login warga.demo" || fail "login warga.demo"
expect_status 200 GET / -b "$JW"
nav "$BODY"
for l in $LINKS /permohonan /akun; do
	check "warga nav links $l" grep -qF "<a href=\"$l\"" "$WORK/nav"
done
login superadmin "$PW" "$JS" && ok "login superadmin" || fail "login superadmin"
expect_status 200 GET /admin -b "$JS"
nav "$BODY"
for l in $LINKS /admin; do
	check "superadmin nav links $l" grep -qF "<a href=\"$l\"" "$WORK/nav"
done
for l in $LINKS; do
	expect_status 200 GET "$l" -b "$JS"
done

# the page stays well-formed: every list item and the disclosure close
expect_status 200 GET /
nav "$BODY"
check "li opened = li closed" test "$(grep -c '^<li' "$WORK/nav")" = \
    "$(grep -c '^</li' "$WORK/nav")"
check "ul opened = ul closed" test "$(grep -c '^<ul' "$WORK/nav")" = \
    "$(grep -c '^</ul' "$WORK/nav")"
expect_status 200 GET /aset/pamong.css
expect_contains '.nav-info summary' "$BODY"

finish
