#!/bin/sh
# t0404-track.sh: the public tracking page shows the service, status, due
# date, lateness and timeline, and nothing personal; codes are forgiving
# of case and hyphens; unknown codes and drafts are not found.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"

start_server
J=$WORK/jar
JO=$WORK/jaro
login warga.demo "$DEMO_PW" "$J" && ok "login warga.demo" || fail "login warga.demo"
login op.kampungdalam "$DEMO_PW" "$JO" && ok "login op.kampungdalam" || fail "login op.kampungdalam"
apply_kpg02 "$J"
N=$(nomor_of "$APPLY_LOC")
E=$(enc "$N")
K=$(sql "SELECT kode_lacak FROM permohonan WHERE nomor = '$N'")
check "tracking code is 12 Crockford base32 characters ($K)" \
    sh -c "printf '%s' '$K' | grep -Eq '^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}\$'"

# The form, and a code typed loosely.
expect_status 200 GET /lacak
expect_contains '<label for="f-kode">Kode lacak</label>' "$BODY"
LOOSE=$(printf '%s' "$K" | tr 'A-Z' 'a-z' | sed 's/^\(....\)\(....\)/\1-\2-/')
expect_status 303 GET "/lacak?kode=$LOOSE"
expect_header location " /lacak/$K\$"
expect_status 422 GET '/lacak?kode=abc'
expect_contains 'Kode lacak terdiri atas 12 huruf dan angka' "$BODY"
expect_contains 'aria-invalid="true"' "$BODY"

# The public page (no session): status and timeline only.
expect_status 200 GET "/lacak/$K"
expect_contains 'Surat Keterangan Domisili Penduduk' "$BODY"
expect_contains 'Diajukan, menunggu verifikasi' "$BODY"
expect_contains 'Batas waktu penyelesaian' "$BODY"
expect_contains 'Dalam batas waktu.' "$BODY"
expect_contains 'class="riwayat"' "$BODY"
for private in 1408014507900001 'Siti Rahmawati' 081234567890 \
    'Jl. Sultan Syarif Kasim' "$N" 'Kampung Dalam' 'Rahmat Hidayat' \
    surat.pdf /berkas/; do
	expect_not_contains "$private" "$BODY"
done
# a code in lower case goes to its canonical form
expect_status 303 GET "/lacak/$(printf '%s' "$K" | tr 'A-Z' 'a-z')"
expect_header location " /lacak/$K\$"
expect_status 404 GET /lacak/ZZZZZZZZZZZZ
expect_contains 'Kode lacak tersebut tidak ditemukan.' "$BODY"
expect_status 404 GET /lacak/abc

# After the operator returns it with a note: the note stays private.
C=$(csrf_from "/petugas/permohonan/$E" "$JO")
expect_status 303 POST "/petugas/permohonan/$E/tindakan" -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "tindakan=kembalikan" \
    --data-urlencode "catatan=Alamat RT tidak sesuai KK"
expect_status 200 GET "/lacak/$K"
expect_contains 'Perlu perbaikan oleh pemohon' "$BODY"
expect_not_contains 'Alamat RT tidak sesuai' "$BODY"

# Late: flagged.
sql "UPDATE permohonan SET due_date = '2020-01-02', state_due = '2020-01-02' WHERE nomor = '$N'"
expect_status 200 GET "/lacak/$K"
expect_contains 'Terlambat' "$BODY"

# A draft cannot be tracked.
A_SIMPAN=draf apply_kpg02 "$J"
KD=$(sql "SELECT kode_lacak FROM permohonan WHERE draft = 1")
check "a draft exists" test -n "$KD"
expect_status 404 GET "/lacak/$KD"

finish
