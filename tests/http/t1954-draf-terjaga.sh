#!/bin/sh
# t1954-draf-terjaga.sh: an error on the application form keeps every
# file sent (issue 19 item 5).  A submission refused for its fields or
# documents is stored at once as the citizen's draft, with every document
# that passed and every valid value; the answer (422) names what is wrong,
# shows each kept file as attached ("Terlampir: name (size)") and the
# values typed, and posts to the draft, where one file can be replaced and
# the application submitted without sending the others again.  A refused
# file is left out, the others kept.  Without a kampung nothing can be
# kept (the form as before); the API keeps refusing without a draft.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/app-lib.sh"

start_server
J=$WORK/jar
login warga.demo "$DEMO_PW" "$J" && ok "login warga.demo" || fail "login warga.demo"

form() {
	curl -s -b "$J" -o "$WORK/form.html" "$BASE/layanan/KPG-02/ajukan"
	C=$(form_value csrf "$WORK/form.html")
	K=$(form_value kunci_idempoten "$WORK/form.html")
}

# 1. Two documents given, one required field and one document missing.
form
expect_status 422 POST /layanan/KPG-02/ajukan -b "$J" -F "csrf=$C" \
    -F "kunci_idempoten=$K" -F "wilayah=$KAMPUNG_DALAM" \
    -F "isian.alamat=Jl. Lupa No. 7" -F "isian.rt_rw=003/004" \
    -F "isian.lama_tinggal=12" -F "isian.status_tinggal=Menumpang" \
    -F "berkas.ktp_el=@$PDF;type=application/pdf;filename=ktp saya.pdf" \
    -F "berkas.kartu_keluarga=@$PNG;type=image/png;filename=kk.png" \
    -F "simpan=ajukan"
cp "$BODY" "$WORK/kept.html"
ID=$(sql "SELECT id FROM permohonan")
check "kept as the applicant's draft" test \
    "$(sql "SELECT draft, nomor IS NULL, a.username FROM permohonan p JOIN account a ON a.id = p.pemohon_id")" = "1|1|warga.demo"
check "both documents stored with the draft" test \
    "$(sql "SELECT group_concat(doc_code, ',') FROM (SELECT doc_code FROM permohonan_berkas WHERE permohonan_id = $ID ORDER BY doc_code) x")" = \
    "kartu_keluarga,ktp_el"
check "the values stored" test \
    "$(sql "SELECT value FROM permohonan_isian WHERE permohonan_id = $ID AND name = 'alamat'")" = "Jl. Lupa No. 7"
expect_contains 'Isian dan dokumen yang diterima tidak hilang' "$WORK/kept.html"
expect_contains 'href="#f-berkas.surat_pengantar_rt_rw">' "$WORK/kept.html"
expect_contains 'href="#f-isian.keperluan">' "$WORK/kept.html"
expect_contains 'Terlampir: ktp saya.pdf (' "$WORK/kept.html"
expect_contains 'Terlampir: kk.png (' "$WORK/kept.html"
expect_contains 'Pilih berkas lain hanya untuk menggantinya' "$WORK/kept.html"
expect_contains 'value="Jl. Lupa No. 7"' "$WORK/kept.html"
expect_contains "action=\"/permohonan/draf-$ID/tindakan\"" "$WORK/kept.html"
check "the kept files are not required again" sh -c \
    "! tr '>' '\n' <'$WORK/kept.html' | grep 'name=\"berkas.ktp_el\"' | grep -q required"
check "an audit event for the draft and each document" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE object_id = 'draf-$ID' AND action IN ('permohonan.draf', 'berkas.unggah')")" = 3

# the same form sent again (a refresh): the same draft, nothing new
expect_status 303 POST /layanan/KPG-02/ajukan -b "$J" -F "csrf=$C" \
    -F "kunci_idempoten=$K" -F "wilayah=$KAMPUNG_DALAM" -F "simpan=ajukan"
check "one application" test "$(sql "SELECT count(*) FROM permohonan")" = 1

# 2. Replace one kept file and submit with only the missing ones.
C=$(csrf_from "/permohonan/draf-$ID" "$J")
expect_status 303 POST "/permohonan/draf-$ID/tindakan" -b "$J" -F "csrf=$C" \
    -F "tindakan=ajukan" -F "isian.keperluan=Syarat beasiswa" \
    -F "isian.alamat=Jl. Lupa No. 7" -F "isian.rt_rw=003/004" \
    -F "isian.lama_tinggal=12" -F "isian.status_tinggal=Menumpang" \
    -F "berkas.kartu_keluarga=@$PDF;type=application/pdf;filename=kk-baru.pdf" \
    -F "berkas.surat_pengantar_rt_rw=@$PDF;type=application/pdf"
check "submitted: numbered, three documents, the KK replaced" test \
    "$(sql "SELECT p.draft, p.nomor IS NOT NULL, (SELECT count(*) FROM permohonan_berkas WHERE permohonan_id = p.id), (SELECT filename FROM permohonan_berkas WHERE permohonan_id = p.id AND doc_code = 'kartu_keluarga'), (SELECT filename FROM permohonan_berkas WHERE permohonan_id = p.id AND doc_code = 'ktp_el') FROM permohonan p")" = \
    "0|1|3|kk-baru.pdf|ktp saya.pdf"

# 3. A refused file is left out; the good one is kept.
form
expect_status 422 POST /layanan/KPG-02/ajukan -b "$J" -F "csrf=$C" \
    -F "kunci_idempoten=$K" -F "wilayah=$KAMPUNG_DALAM" \
    -F "berkas.ktp_el=@$FAKE_PDF;type=application/pdf;filename=palsu.pdf" \
    -F "berkas.kartu_keluarga=@$PNG;type=image/png;filename=kk.png" \
    -F "simpan=ajukan"
ID2=$(sql "SELECT max(id) FROM permohonan")
check "a second draft with only the good file" test \
    "$(sql "SELECT draft FROM permohonan WHERE id = $ID2")|$(sql "SELECT group_concat(doc_code, ',') FROM permohonan_berkas WHERE permohonan_id = $ID2")" = \
    "1|kartu_keluarga"
expect_contains 'href="#f-berkas.ktp_el">' "$BODY"
expect_contains 'Terlampir: kk.png (' "$BODY"
expect_not_contains 'Terlampir: palsu.pdf' "$BODY"

# 4. Without a kampung there is no draft: the form again, as before.
form
N=$(sql "SELECT count(*) FROM permohonan")
expect_status 422 POST /layanan/KPG-02/ajukan -b "$J" -F "csrf=$C" \
    -F "kunci_idempoten=$K" -F "wilayah=" \
    -F "berkas.ktp_el=@$PDF;type=application/pdf" -F "simpan=ajukan"
expect_contains 'action="/layanan/KPG-02/ajukan"' "$BODY"
check "nothing stored without a kampung" test \
    "$(sql "SELECT count(*) FROM permohonan")" = "$N"
finish
