#!/bin/sh
# t0301-api-apply.sh: the form declaration of a service, submitting through
# POST /api/v1/permohonan, idempotent replays, reading, listing,
# downloading and tracking; every bad input refused with nothing written.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
check "warga.demo has an API token" test -n "$TW"

# GET /api/v1/layanan/{kode}: enough for a generic client to build the form
expect_status 200 GET /api/v1/layanan/KPG-02
expect_json 'j.isian.map(f => f.nama).join() === "keperluan,alamat,rt_rw,lama_tinggal,status_tinggal"' "$BODY"
expect_json 'j.isian.every(f => Object.keys(f).sort().join() === "jenis,label,nama,pilihan,wajib")' "$BODY"
expect_json 'j.isian.find(f => f.nama === "status_tinggal").pilihan.join("|") === "Milik sendiri|Sewa/kontrak|Menumpang"' "$BODY"
expect_json 'j.isian.find(f => f.nama === "lama_tinggal").jenis === "angka"' "$BODY"
expect_json 'j.persyaratan.length === 4 && j.persyaratan.every(p => Object.keys(p).sort().join() === "kode,nama,wajib")' "$BODY"
expect_json 'j.persyaratan[0].kode === "ktp_el" && j.persyaratan[0].nama === "KTP-el" && j.persyaratan[0].wajib === true' "$BODY"
expect_json 'j.persyaratan[3].wajib === false' "$BODY"

# Submit: 201 with nomor, tracking code and state
snapshot
kpg02 201 "$TW" -F kunci_idempoten=t0301-satu
expect_header content-type '^[^:]*: *application/json'
expect_json 'Object.keys(j).sort().join() === "kode_lacak,nomor,status"' "$BODY"
expect_json '/^14\.08\.01\.1001\/KPG-02\/20\d\d\/\d{5}$/.test(j.nomor)' "$BODY"
expect_json '/^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{12}$/.test(j.kode_lacak)' "$BODY"
expect_json 'j.status === "diajukan"' "$BODY"
N1=$NOMOR L1=$LACAK
check "one application, three documents stored" test \
    "$(sql "SELECT count(*) FROM permohonan_berkas pb JOIN permohonan p ON p.id = pb.permohonan_id WHERE p.nomor = '$N1'")" = 3
check "files under DATA/berkas/ab/<sha256>" test \
    "$(find "$DATA/berkas" -type f -name '????????????????????????????????????????????????????????????????' | wc -l)" = 3
check "uploads recorded in the audit trail" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'berkas.unggah' AND object_id = '$N1'")" = 3

# A double submit with the same key: the same application, 200, no new rows
snapshot
kpg02 200 "$TW" -F kunci_idempoten=t0301-satu
check "replay gives the same nomor" test "$NOMOR" = "$N1"
check "replay gives the same tracking code" test "$LACAK" = "$L1"
unchanged "idempotent replay"
# A new key is a new application, numbered next
kpg02 201 "$TW" -F kunci_idempoten=t0301-dua
N2=$NOMOR
check "next registration number" test "${N2##*/}" = "$(printf %05d $((${N1##*/} + 1)))"
# The same content twice is one stored file
check "content stored once" test "$(find "$DATA/berkas" -type f | wc -l)" = 3

# Read it: by the nomor as one encoded segment, and with its slashes
expect_status 200 GET "/api/v1/permohonan/$(enc "$N1")" -H "Authorization: Bearer $TW"
expect_json 'j.nomor === "'"$N1"'" && j.status.kode === "diajukan" && j.layanan.kode === "KPG-02"' "$BODY"
expect_json 'j.isian.find(f => f.nama === "alamat").nilai === "Jl. Sultan Syarif Kasim No. 7"' "$BODY"
expect_json 'j.berkas.filter(b => b.ada).length === 3 && j.berkas.length === 4' "$BODY"
expect_json 'j.riwayat.length === 1 && j.riwayat[0].ke === "diajukan"' "$BODY"
expect_json 'j.tindakan.map(t => t.kode).join() === "batalkan"' "$BODY"
DL=$(jget 'j.berkas.find(b => b.kode === "ktp_el").unduh')
expect_status 200 GET "/api/v1/permohonan/$N1" -H "Authorization: Bearer $TW"
expect_json 'j.nomor === "'"$N1"'"' "$BODY"
check "an applicant's read is not audited" test \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'permohonan.baca'")" = 0

# Download a document: the same bytes, as an attachment
expect_status 200 GET "$DL" -H "Authorization: Bearer $TW"
expect_header content-type '^[^:]*: *application/pdf'
expect_header content-disposition '^[^:]*: *attachment; filename="surat.pdf"'
check "downloaded bytes are the upload" cmp -s "$BODY" "$PDF"
expect_status 404 GET "/api/v1/permohonan/$(enc "$N1")/berkas/surat_pernyataan_tinggal_bagi_pendatang" -H "Authorization: Bearer $TW"

# List: the citizen's own, with a state filter
expect_status 200 GET /api/v1/permohonan -H "Authorization: Bearer $TW"
expect_json 'j.total === 2 && j.data.length === 2 && j.data[0].nomor === "'"$N2"'"' "$BODY"
expect_status 200 GET '/api/v1/permohonan?status=selesai' -H "Authorization: Bearer $TW"
expect_json 'j.total === 0 && j.data.length === 0' "$BODY"
expect_status 400 GET '/api/v1/permohonan?status=bad%20state' -H "Authorization: Bearer $TW"
expect_status 401 GET /api/v1/permohonan

# Tracking: public, no personal data
expect_status 200 GET "/api/v1/lacak/$L1"
expect_json 'Object.keys(j).sort().join() === "jatuh_tempo,jatuh_tempo_tahap,kode_layanan,layanan,riwayat,status,status_label,terlambat"' "$BODY"
expect_json 'j.layanan === "Surat Keterangan Domisili Penduduk" && j.status === "diajukan" && j.terlambat === false' "$BODY"
expect_json '/^\d{4}-\d\d-\d\d$/.test(j.jatuh_tempo)' "$BODY"
expect_json 'j.riwayat.length === 1 && Object.keys(j.riwayat[0]).sort().join() === "label,status,waktu"' "$BODY"
expect_not_contains "1408014507900001" "$BODY"
expect_not_contains "Siti" "$BODY"
LOWER=$(printf %s "$L1" | tr 'A-Z' 'a-z')
expect_status 200 GET "/api/v1/lacak/$LOWER"
expect_status 404 GET /api/v1/lacak/0000000000ZZ
expect_status 404 GET /api/v1/lacak/pendek

# --- bad input: each refused with its message, nothing written ---------
snapshot
K_RT=omit kpg02 422 "$TW"
expect_json 'j.galat.kode === "isian_tidak_sah" && j.galat.isian["isian.rt_rw"] === "Wajib diisi."' "$BODY"
unchanged "missing required field"
K_LAMA=sepuluh kpg02 422 "$TW"
expect_json 'typeof j.galat.isian["isian.lama_tinggal"] === "string"' "$BODY"
unchanged "a number field with words"
K_KTP=$FAKE kpg02 422 "$TW"
expect_json '/bukan PDF, JPEG, atau PNG/.test(j.galat.isian["berkas.ktp_el"])' "$BODY"
unchanged "a .pdf that is really text"
head -c 5300000 /dev/zero >"$WORK/besar.pdf"
{ printf '%%PDF-1.4\n'; head -c 5300000 /dev/zero; printf '\n%%%%EOF\n'; } >"$WORK/besar.pdf"
K_KTP=$WORK/besar.pdf kpg02 422 "$TW"
expect_json '/5 MB/.test(j.galat.isian["berkas.ktp_el"])' "$BODY"
unchanged "an upload over 5 MB"
K_LAYANAN=KPG-99 kpg02 422 "$TW"
expect_json 'typeof j.galat.isian.layanan === "string"' "$BODY"
unchanged "an unknown service"
K_WILAYAH=14.08.01.9999 kpg02 422 "$TW"
expect_json 'j.galat.isian.wilayah === "Kampung/kelurahan tidak ditemukan di Kabupaten Siak."' "$BODY"
unchanged "an unknown kampung"
kpg02 422 "$TW" -F isian.tidak_dikenal=x
expect_json 'typeof j.galat.isian["isian.tidak_dikenal"] === "string"' "$BODY"
unchanged "an undeclared field"
kpg02 422 "$TW" -F kunci_idempoten='bukan kunci!'
expect_json 'typeof j.galat.isian.kunci_idempoten === "string"' "$BODY"
unchanged "a malformed idempotency key"
submit 415 "$TW" -d layanan=KPG-02
unchanged "not multipart"
expect_status 400 POST /api/v1/permohonan -H "Authorization: Bearer $TW" \
    -H 'Content-Type: multipart/form-data; boundary=xyz' --data-binary 'rusak'
unchanged "a malformed multipart body"
TO=$(token op.kampungdalam)
kpg02 403 "$TO"
unchanged "an officer cannot apply"
kpg02 401 ""
unchanged "not signed in"
kpg02 422 "$TW" -F "berkas.ktp_el=@$PDF"
expect_json 'typeof j.galat.isian["berkas.ktp_el"] === "string"' "$BODY"
unchanged "a document sent twice"
# 21.5 MB in one body reaches the application: five documents of 4.3 MB
# are each allowed, together over 20 MB
for i in 1 2 3 4 5; do
	{ printf '%%PDF-1.4\n'; head -c 4300000 /dev/urandom; printf '\n%%%%EOF\n'; } >"$WORK/b$i.pdf"
done
set -- -F layanan=SOS-01 -F wilayah=14.08.01.1001 -F isian.keperluan=Berobat
for d in ktp_el kartu_keluarga sktm_dari_kampung_kelurahan \
    terdaftar_dtks_dtsen_atau_diusulkan surat_keterangan_rawat_dari_faskes_jika; do
	i=$((${i:-0} % 5 + 1))
	set -- "$@" -F "berkas.$d=@$WORK/b$i.pdf"
done
submit 422 "$TW" "$@"
expect_json '/20 MB/.test(j.galat.isian.berkas)' "$BODY"
unchanged "over 20 MB per application"
# the same with one document small enough: accepted, 4 new files
rm -f "$WORK/b5.pdf"
cp "$PDF" "$WORK/b5.pdf"
submit 201 "$TW" "$@"
check "four new big files (the small one is stored already)" test "$(find "$DATA/berkas" -type f | wc -l)" = 7
finish
