#!/bin/sh
# t1959-kotak-masuk.sh: the operator's inbox at a busy desk (issue 19
# item 10): search by name, NIK, number and tracking code (a NIK search
# recorded in the data-access log); a "Diterima" column; filters by
# service and by deadline (overdue, due within 2 working days); 50 rows a
# page; a printable list; CSV export; verifying several applications at
# once, each in its own transaction with its own audit event, the outcome
# of each listed; status and deadline labelled for a phone; all scoped to
# the officer's unit (another kampung sees and verifies nothing).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"

start_server
J=$WORK/jar
JO=$WORK/jaro	# op.kampungdalam
JR=$WORK/jarr	# op.kampungrempak (another kampung)
JI=$WORK/jari	# inspektur (reads all, acts on nothing)
for u in "warga.demo $J" "op.kampungdalam $JO" "op.kampungrempak $JR" \
    "inspektur $JI"; do
	set -- $u
	login "$1" "$DEMO_PW" "$2" && ok "login $1" || fail "login $1"
done

apply_kpg02 "$J"
N1=$(nomor_of "$APPLY_LOC")
apply_kpg02 "$J"
N2=$(nomor_of "$APPLY_LOC")
A_KTP="@$PNG;type=image/png" apply_kpg02 "$J"
N3=$(nomor_of "$APPLY_LOC")
check "three applications" test -n "$N1" -a -n "$N2" -a -n "$N3"
K1=$(sql "SELECT kode_lacak FROM permohonan WHERE nomor = '$N1'")
NIK=$(sql "SELECT a.nik FROM permohonan p JOIN account a ON a.id = p.pemohon_id WHERE p.nomor = '$N1'")

# The page: a search box, the received column, the deadline filter,
# labels that a phone shows beside each cell, print and CSV links.
expect_status 200 GET /petugas -b "$JO"
expect_contains '<label for="f-cari">Cari</label>' "$BODY"
expect_contains 'Nama pemohon, NIK, nomor registrasi, atau kode lacak.' "$BODY"
expect_contains '<th scope="col">Diterima</th>' "$BODY"
expect_contains '<label for="f-tenggat">Batas waktu</label>' "$BODY"
expect_contains '<option value="terlambat">Terlambat</option>' "$BODY"
expect_contains '<option value="segera">Jatuh tempo dalam 2 hari kerja</option>' "$BODY"
expect_contains '<td data-label="Status">' "$BODY"
expect_contains '<td data-label="Batas waktu">' "$BODY"
expect_contains '<td data-label="Diterima">' "$BODY"
expect_contains ' WIB</td>' "$BODY"
expect_contains 'href="/petugas?cetak=1"' "$BODY"
expect_contains 'href="/petugas/permohonan.csv"' "$BODY"
expect_contains 'Verifikasi yang dipilih' "$BODY"
expect_contains "name=\"nomor\" value=\"$N1\"" "$BODY"

# Search: a part of the name in any case, the whole NIK with spaces, a
# part of the number, the tracking code as typed (lower case, hyphen).
expect_status 200 GET '/petugas?cari=RAHMAWATI' -b "$JO"
expect_contains "$N1" "$BODY"
expect_contains '3 permohonan cocok' "$BODY"
expect_status 200 GET '/petugas?cari=tidak+ada+orang' -b "$JO"
expect_not_contains "$N1" "$BODY"
expect_contains 'Tidak ada permohonan yang cocok' "$BODY"
expect_status 200 GET '/petugas?cari=100%25' -b "$JO"
expect_not_contains "$N1" "$BODY"
SEQ3=$(printf '%s' "$N3" | sed 's|.*/||')
expect_status 200 GET "/petugas?cari=$SEQ3" -b "$JO"
expect_contains "$N3" "$BODY"
expect_not_contains ">$N1<" "$BODY"
KT=$(printf '%s' "$K1" | tr 'A-Z' 'a-z' | sed 's/^\(....\)/\1-/')
expect_status 200 GET "/petugas?cari=$KT" -b "$JO"
expect_contains "$N1" "$BODY"
expect_contains '1 permohonan cocok' "$BODY"
A0=$(sql "SELECT count(*) FROM akses_data WHERE tujuan = 'Pencarian menurut NIK di kotak masuk'")
NIKS=$(printf '%s' "$NIK" | sed 's/^\(....\)\(....\)/\1+\2+/')
expect_status 200 GET "/petugas?cari=$NIKS" -b "$JO"
expect_contains "$N1" "$BODY"
expect_contains "$N2" "$BODY"
expect_contains 'dicatat dalam log akses data warga' "$BODY"
check "a NIK search is in the data-access log, once per application shown" test \
    "$(sql "SELECT count(*) FROM akses_data WHERE tujuan = 'Pencarian menurut NIK di kotak masuk'")" -eq $((A0 + 3))
check "logged for the citizen, by the officer, with the number" test \
    "$(sql "SELECT a.username, d.objek_type FROM akses_data d JOIN account a ON a.id = d.pembaca_id WHERE d.objek_id = '$N1' AND d.tujuan = 'Pencarian menurut NIK di kotak masuk' ORDER BY d.id DESC LIMIT 1")" \
    = "op.kampungdalam|permohonan"
# another kampung finds nothing, whatever it searches
expect_status 200 GET "/petugas?cari=$KT" -b "$JR"
expect_not_contains "$N1" "$BODY"
expect_status 200 GET "/petugas?cari=$NIKS" -b "$JR"
expect_not_contains "$N1" "$BODY"

# Deadline filters: N2 overdue, N3 due today, N1 later.
sql "UPDATE permohonan SET state_due = '2020-01-02' WHERE nomor = '$N2'"
TODAY=$(TZ=Asia/Jakarta date +%Y-%m-%d)
sql "UPDATE permohonan SET state_due = '$TODAY', due_date = '2099-01-01' WHERE nomor = '$N3'"
sql "UPDATE permohonan SET state_due = '2099-01-01', due_date = '2099-01-01' WHERE nomor = '$N1'"
expect_status 200 GET '/petugas?tenggat=terlambat' -b "$JO"
expect_contains "$N2" "$BODY"
expect_not_contains ">$N1<" "$BODY"
expect_not_contains ">$N3<" "$BODY"
expect_contains '<option value="terlambat" selected>' "$BODY"
expect_contains '<strong class="teks-terlambat">Terlambat</strong>' "$BODY"
expect_status 200 GET '/petugas?tenggat=segera' -b "$JO"
expect_contains "$N3" "$BODY"
expect_not_contains ">$N1<" "$BODY"
expect_not_contains ">$N2<" "$BODY"
expect_status 200 GET '/petugas?tenggat=kemarin' -b "$JO"
expect_contains 'Filter yang tidak dikenal diabaikan' "$BODY"
expect_contains "$N1" "$BODY"
# the service filter keeps the search and the deadline
expect_status 200 GET '/petugas?layanan=KPG-02&tenggat=terlambat&cari=rahmawati' -b "$JO"
expect_contains "$N2" "$BODY"
expect_not_contains ">$N1<" "$BODY"
expect_contains 'href="/petugas/permohonan.csv?cari=rahmawati&amp;layanan=KPG-02&amp;tenggat=terlambat"' "$BODY"
expect_status 200 GET '/petugas?layanan=KEC-01' -b "$JO"
expect_not_contains ">$N1<" "$BODY"

# Paging: 50 rows a page.
sql "INSERT INTO permohonan (nomor, kode_lacak, layanan_id, pemohon_id, pemohon_nik, wilayah_code, unit_id, penerbit_id, state, state_since, created_at, submitted_at, draft) SELECT nomor || '-' || k.n, kode_lacak || k.n, layanan_id, pemohon_id, pemohon_nik, wilayah_code, unit_id, penerbit_id, state, state_since, created_at, submitted_at, 0 FROM permohonan, (WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 60) SELECT n FROM c) k WHERE nomor = '$N1'" >/dev/null
expect_status 200 GET '/petugas' -b "$JO"
expect_contains 'Halaman 1 dari 2.' "$BODY"
expect_contains 'halaman=2" rel="next">Halaman berikutnya</a>' "$BODY"
check "50 rows on the first page" test "$(grep -o 'name="nomor"' "$BODY" | wc -l)" -eq 50
expect_status 200 GET '/petugas?halaman=2' -b "$JO"
check "13 rows on the second page" test "$(grep -o 'name="nomor"' "$BODY" | wc -l)" -eq 13
expect_contains 'rel="prev">Halaman sebelumnya</a>' "$BODY"
expect_status 200 GET '/petugas?halaman=x' -b "$JO"
expect_contains 'Halaman 1 dari 2.' "$BODY"

# The printable list: every row, no forms, the time it was printed.
expect_status 200 GET '/petugas?cetak=1' -b "$JO"
expect_contains 'Dicetak ' "$BODY"
expect_contains 'menu cetak' "$BODY"
check "the printed list has all 63 rows" test "$(grep -o '<td data-label="Nomor">' "$BODY" | wc -l)" -eq 63
expect_not_contains 'name="nomor"' "$BODY"
expect_not_contains 'id="f-cari"' "$BODY"
expect_not_contains 'Halaman berikutnya' "$BODY"

# CSV: the same list, with the filters; another kampung's has none of it.
expect_status 200 GET '/petugas/permohonan.csv?tenggat=terlambat' -b "$JO"
expect_header 'content-type' 'text/csv; charset=utf-8'
expect_header 'content-disposition' 'attachment; filename="kotak-masuk.csv"'
check "CSV header" test "$(head -n 1 "$BODY" | tr -d '\r')" = \
    "nomor,layanan_kode,layanan,pemohon,kampung,unit,status,diterima,batas_waktu_tahap,batas_waktu,terlambat"
expect_contains "$N2,KPG-02,Surat Keterangan Domisili Penduduk,Siti Rahmawati," "$BODY"
check "only the overdue one" test "$(wc -l <"$BODY")" -eq 2
check "received as a date and time, overdue as 1" test -n \
    "$(grep "^$N2," "$BODY" | grep -E ',[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2},2020-01-02,[0-9-]*,1' )"
expect_status 200 GET '/petugas/permohonan.csv' -b "$JR"
expect_not_contains "$N1" "$BODY"
expect_status 403 GET '/petugas/permohonan.csv' -b "$J"
expect_status 200 GET '/petugas/permohonan.csv' -b "$JI"
expect_contains "$N1" "$BODY"
sql "UPDATE permohonan SET state = 'selesai', finished_at = 1 WHERE nomor LIKE '$N1-%'" >/dev/null

# Batch verification: refused without CSRF; another kampung changes
# nothing; an overseer may not; the unit's operator verifies N1 and N2,
# each with its own history and audit event, and the page lists each.
C=$(csrf_from /petugas "$JO")
expect_status 403 POST /petugas/verifikasi -b "$JO" \
    --data-urlencode "nomor=$N1"
CR=$(csrf_from /petugas "$JR")
expect_status 200 POST /petugas/verifikasi -b "$JR" \
    --data-urlencode "csrf=$CR" --data-urlencode "nomor=$N1"
expect_contains '<strong>0</strong> dari 1 permohonan' "$BODY"
expect_contains 'hasil-gagal' "$BODY"
CI=$(csrf_from /petugas "$JI")
expect_status 403 POST /petugas/verifikasi -b "$JI" \
    --data-urlencode "csrf=$CI" --data-urlencode "nomor=$N1"
check "nothing verified by others" test \
    "$(sql "SELECT count(*) FROM permohonan WHERE nomor IN ('$N1', '$N2') AND state = 'diajukan'")" = 2
expect_status 422 POST /petugas/verifikasi -b "$JO" --data-urlencode "csrf=$C"
expect_contains 'Tidak ada permohonan yang dipilih' "$BODY"
V0=$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.verifikasi'")
expect_status 200 POST /petugas/verifikasi -b "$JO" --data-urlencode "csrf=$C" \
    --data-urlencode "nomor=$N1" --data-urlencode "nomor=$N2" \
    --data-urlencode "nomor=$N1" --data-urlencode "nomor=14.08.01.1001/KPG-02/2020/99999"
expect_contains '<h1>Hasil verifikasi</h1>' "$BODY"
expect_contains '<strong>2</strong> dari 3 permohonan terverifikasi.' "$BODY"
expect_contains "<td>$N1</td><td class=\"hasil-ok\">Terverifikasi.</td>" "$BODY"
expect_contains "<td>$N2</td><td class=\"hasil-ok\">Terverifikasi.</td>" "$BODY"
expect_contains '<td class="hasil-gagal">' "$BODY"
check "both verified" test \
    "$(sql "SELECT count(*) FROM permohonan WHERE nomor IN ('$N1', '$N2') AND state = 'diverifikasi'")" = 2
check "N3 untouched" test "$(sql "SELECT state FROM permohonan WHERE nomor = '$N3'")" = diajukan
check "one audit event each" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.verifikasi'")" -eq $((V0 + 2))
check "one history row each, by the operator" test \
    "$(sql "SELECT count(*) FROM permohonan_riwayat r JOIN permohonan p ON p.id = r.permohonan_id JOIN account a ON a.id = r.actor_id WHERE p.nomor IN ('$N1', '$N2') AND r.action = 'verifikasi' AND a.username = 'op.kampungdalam'")" = 2
# again: already past verification, said per application
expect_status 200 POST /petugas/verifikasi -b "$JO" --data-urlencode "csrf=$C" \
    --data-urlencode "nomor=$N1"
expect_contains '<strong>0</strong> dari 1 permohonan' "$BODY"
expect_contains 'Tidak dapat diverifikasi oleh Anda pada tahap ini' "$BODY"

# Uploads open in the page: a PDF in a frame, a photo as an image, both
# folded until asked for; served inline (framed by Pamong's own pages
# only) with ?lihat=1, as an attachment otherwise; another kampung: 404.
E1=$(enc "$N1")
E3=$(enc "$N3")
expect_status 200 GET "/petugas/permohonan/$E1" -b "$JO"
expect_contains '<details class="pratinjau"><summary>Lihat surat.pdf</summary>' "$BODY"
expect_contains "<iframe src=\"/berkas/$E1/ktp_el?lihat=1\" title=\"Isi surat.pdf\" loading=\"lazy\"></iframe>" "$BODY"
expect_contains "href=\"/berkas/$E1/ktp_el?lihat=1\">Buka surat.pdf saja</a>" "$BODY"
expect_contains "href=\"/berkas/$E1/ktp_el\">Unduh surat.pdf</a>" "$BODY"
expect_status 200 GET "/petugas/permohonan/$E3" -b "$JO"
expect_contains "<img src=\"/berkas/$E3/ktp_el?lihat=1\" alt=\"Isi " "$BODY"
expect_status 200 GET "/berkas/$E1/ktp_el?lihat=1" -b "$JO"
expect_header 'content-type' 'application/pdf'
expect_header 'content-disposition' 'inline; filename="surat.pdf"'
expect_header 'x-frame-options' 'SAMEORIGIN'
expect_header 'content-security-policy' "frame-ancestors 'self'"
expect_status 200 GET "/berkas/$E3/ktp_el?lihat=1" -b "$JO"
expect_header 'content-type' 'image/png'
expect_status 200 GET "/berkas/$E1/ktp_el" -b "$JO"
expect_header 'content-disposition' 'attachment; filename="surat.pdf"'
expect_header 'x-frame-options' 'DENY'
expect_status 404 GET "/berkas/$E1/ktp_el?lihat=1" -b "$JR"
expect_status 200 GET "/permohonan/$E1" -b "$J"
expect_contains "<iframe src=\"/berkas/$E1/ktp_el?lihat=1\"" "$BODY"

check_server_log
finish
