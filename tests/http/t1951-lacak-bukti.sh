#!/bin/sh
# t1951-lacak-bukti.sh: tracking and verification are found, and the
# receipt exists (issue 19 item 4): /lacak and /verifikasi on the home page
# and in every page's footer; after submitting, the applicant's printable
# "Bukti Permohonan" (number, tracking code with a QR code that zbarimg
# reads back as the /lacak/{kode} address, service, date, deadline, next
# steps, the office's contact), for the applicant alone; the tracking help
# names where that receipt is.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/qr-lib.sh"

start_server
JW=$WORK/jar-w JB=$WORK/jar-b
login warga.demo "$PW" "$JW" || fail "login warga.demo"

# found: the home page and the footer of any page
expect_status 200 GET /
expect_contains '<a href="/lacak">Lacak permohonan</a>' "$BODY"
expect_contains '<a href="/verifikasi">Verifikasi dokumen</a>' "$BODY"
for p in / /layanan /pengaduan; do
	expect_status 200 GET "$p"
	expect_contains '<ul class="kaki-tautan"><li><a href="/lacak">Lacak Permohonan</a></li><li><a href="/verifikasi">Verifikasi Dokumen</a></li></ul>' "$BODY"
done
expect_status 200 GET /lacak
expect_contains '<ul class="kaki-tautan"><li><a href="/lacak" aria-current="page">' "$BODY"
# the help names where the code is printed
expect_contains 'tertera pada Bukti Permohonan (di halaman permohonan Anda' "$BODY"
expect_not_contains 'tertera pada bukti permohonan, misalnya' "$BODY"

# a submitted application and its receipt
TW=$(token warga.demo)
kpg02 201 "$TW" || fail "submit KPG-02"
S=$(enc "$NOMOR")
expect_status 200 GET "/permohonan/$S" -b "$JW"
expect_contains "href=\"/permohonan/$S/bukti\">Lihat dan cetak Bukti Permohonan</a>" "$BODY"
expect_status 200 GET "/permohonan/$S/bukti" -b "$JW"
expect_contains '<h1>Bukti Permohonan</h1>' "$BODY"
expect_contains "<strong>$NOMOR</strong>" "$BODY"
expect_contains "<strong class=\"kode\">$LACAK</strong>" "$BODY"
expect_contains 'Surat Keterangan Domisili' "$BODY"
expect_contains '<dt>Diajukan</dt>' "$BODY"
expect_contains '<dt>Batas waktu penyelesaian</dt>' "$BODY"
expect_contains '<h2>Langkah selanjutnya</h2>' "$BODY"
expect_contains 'href="tel:' "$BODY"
expect_contains '<svg class="qr"' "$BODY"
expect_contains "/lacak/$LACAK</figcaption>" "$BODY"
# the QR code says the tracking address (rasterised, read by zbarimg)
URL=$(sed -n 's|.*Pindai untuk melacak: \([^<]*\)</figcaption>.*|\1|p' "$BODY")
QR=$(qr_read "$BODY")
check "QR reads back as $URL ($QR)" test -n "$URL" -a "$QR" = "$URL"
case $URL in
*"/lacak/$LACAK") ok "QR names /lacak/$LACAK" ;;
*) fail "QR names /lacak/$LACAK ($URL)" ;;
esac
expect_status 200 GET "/lacak/$LACAK"
expect_contains 'Surat Keterangan Domisili' "$BODY"
expect_not_contains '1408014507900001' "$BODY"

# the applicant's alone: anonymous to the login, another citizen 404
expect_status 303 GET "/permohonan/$S/bukti"
USER2=warga.b$$
add_user "$USER2" warga "" 1408011203900003
login "$USER2" "$PW" "$JB" || fail "login $USER2"
expect_status 404 GET "/permohonan/$S/bukti" -b "$JB"
expect_status 404 GET "/petugas/permohonan/$S/bukti" -b "$JW"
finish
