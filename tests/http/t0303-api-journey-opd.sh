#!/bin/sh
# t0303-api-journey-opd.sh: the other default workflows through the API:
# kecamatan services (layanan-kecamatan), a simple OPD service
# (opd-sederhana), the multi-step OPD service with a kecamatan
# recommendation (opd-bertahap) and the DPMPTSP licence whose review needs
# an upload (perizinan-dpmptsp).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)

# unit_of NOMOR: the code of the unit handling it now
unit_of() {
	sql "SELECT u.code FROM permohonan p JOIN unit u ON u.id = p.unit_id WHERE p.nomor = '$1'"
}

# --- kecamatan: KEC-01 at Kecamatan Siak ----------------------------------
TK=$(token op.kecsiak)
TC=$(token camat.siak)
TO=$(token op.kampungdalam)
submit 201 "$TW" -F layanan=KEC-01 -F wilayah=14.08.01.1001 \
    -F 'isian.keperluan=Pengajuan beasiswa' \
    -F "berkas.surat_pengantar_keterangan_penghulu_atau=@$PDF" \
    -F "berkas.fotokopi_ktp_el=@$JPG" -F "berkas.fotokopi_kartu_keluarga=@$PNG"
N=$NOMOR
check "registered at the kecamatan" test "${N%%/*}" = 14.08.01
check "handled by Kecamatan Siak" test "$(unit_of "$N")" = 14.08.01
act 404 "$TO" "$N" verifikasi
act 200 "$TK" "$N" verifikasi
act 403 "$TK" "$N" setujui
act 200 "$TC" "$N" setujui
expect_json 'j.status === "selesai"' "$BODY"
# and a correction round at the kecamatan
submit 201 "$TW" -F layanan=KEC-01 -F wilayah=14.08.01.1001 \
    -F 'isian.keperluan=Pengajuan beasiswa' \
    -F "berkas.surat_pengantar_keterangan_penghulu_atau=@$PDF" \
    -F "berkas.fotokopi_ktp_el=@$JPG" -F "berkas.fotokopi_kartu_keluarga=@$PNG"
N=$NOMOR
act 200 "$TK" "$N" kembalikan "Surat pengantar belum ditandatangani penghulu."
act 200 "$TW" "$N" ajukan_ulang
check "back at the kecamatan" test "$(unit_of "$N")" = 14.08.01
act 200 "$TK" "$N" tolak "Tidak memenuhi syarat."
expect_json 'j.status === "ditolak"' "$BODY"

# --- OPD, simple: DUK-01 at Disdukcapil -----------------------------------
TD=$(token op.disdukcapil)
TKD=$(token kadis.disdukcapil)
submit 201 "$TW" -F layanan=DUK-01 -F wilayah=14.08.01.1001 \
    -F 'isian.keperluan=Perubahan data KK' \
    -F "berkas.formulir_f_1_01_f_1_02=@$PDF" \
    -F "berkas.kk_lama_untuk_perubahan=@$PNG" \
    -F "berkas.buku_nikah_akta_perkawinan_atau_sptjm_pe=@$JPG" \
    -F "berkas.dokumen_bukti_perubahan_data_akta_kelahi=@$PDF"
N=$NOMOR
check "registered at Disdukcapil" test "${N%%/*}" = DISDUKCAPIL
act 404 "$TK" "$N" verifikasi
act 200 "$TD" "$N" verifikasi
act 403 "$TD" "$N" setujui
act 200 "$TKD" "$N" setujui
expect_json 'j.status === "selesai"' "$BODY"

# --- OPD, several steps: SOS-01 (kecamatan recommendation, Dinas Sosial) ---
# issue 12 item 5: staff act only with a verified NIK (the CLI vouches)
add_user op.dinsos operator,verifikator DINSOSP3A 1408010101810001
add_user kadis.dinsos kepala,penandatangan DINSOSP3A 1408010101810002
# issue 4: approving signs the letter: enrol the new signer (demo passphrase)
echo Siak-TTE-Demo-2026 | "$PAMONG" pki enroll --data "$DATA" \
    --username kadis.dinsos --passphrase-stdin >/dev/null 2>&1
TS=$(token op.dinsos)
TSK=$(token kadis.dinsos)
check "Dinas Sosial accounts sign in" test -n "$TS" -a -n "$TSK"
set -- -F layanan=SOS-01 -F wilayah=14.08.01.1001 -F isian.keperluan=Berobat
for d in ktp_el kartu_keluarga sktm_dari_kampung_kelurahan \
    terdaftar_dtks_dtsen_atau_diusulkan surat_keterangan_rawat_dari_faskes_jika; do
	set -- "$@" -F "berkas.$d=@$PDF"
done
submit 201 "$TW" "$@"
N=$NOMOR
check "first at the applicant's kecamatan" test "$(unit_of "$N")" = 14.08.01
act 404 "$TS" "$N" rekomendasi
act 200 "$TK" "$N" rekomendasi
expect_json 'j.status === "direkomendasikan"' "$BODY"
check "then at Dinas Sosial" test "$(unit_of "$N")" = DINSOSP3A
# the kecamatan keeps read access to what it handled, but cannot act
expect_status 400 GET "/api/v1/permohonan/$(enc "$N")" -H "Authorization: Bearer $TK"
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")?tujuan=tindak_lanjut" -H "Authorization: Bearer $TK"
expect_json 'j.tindakan.length === 0' "$BODY"
act 403 "$TK" "$N" verifikasi
expect_json '/unit lain/.test(j.galat.pesan)' "$BODY"
act 200 "$TS" "$N" verifikasi
act 422 "$TSK" "$N" kaji
act 200 "$TSK" "$N" kaji "Layak menerima PBI daerah."
act 200 "$TSK" "$N" setujui
expect_json 'j.status === "selesai"' "$BODY"
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")" -H "Authorization: Bearer $TW"
expect_json 'j.riwayat.map(r => r.ke).join() === "diajukan,direkomendasikan,diverifikasi,dikaji,selesai"' "$BODY"

# --- licence: PTSP-06 at DPMPTSP, review needs an upload -------------------
TP=$(token op.dpmptsp)
TPK=$(token kadis.dpmptsp)
set -- -F layanan=PTSP-06 -F wilayah=14.08.01.1001 -F 'isian.keperluan=Reklame toko' \
    -F 'isian.lokasi_reklame=Jl. Sultan Ismail No. 3' \
    -F 'isian.jenis_reklame=Neon box' -F isian.ukuran_m2=2,5 \
    -F isian.mulai_tayang=2027-01-04
for d in permohonan_bermaterai ktp_el pas_foto bukti_lunas_pajak_reklame \
    foto_rencana_lokasi_reklame surat_kesepakatan_dengan_pemilik_lahan_b \
    desain_materi_reklame jaminan_konstruksi_billboard_neonbox_vid; do
	set -- "$@" -F "berkas.$d=@$PNG"
done
submit 422 "$TW" "$@" -F isian.mulai_tayang=2027-02-30
submit 201 "$TW" "$@"
N=$NOMOR
check "registered at DPMPTSP" test "${N%%/*}" = DPMPTSP
act 200 "$TP" "$N" verifikasi
act 422 "$TP" "$N" kaji "Lokasi sesuai."
expect_json '/unggahan dokumen/.test(j.galat.pesan)' "$BODY"
expect_status 200 POST "/api/v1/permohonan/$(enc "$N")/tindakan" \
    -H "Authorization: Bearer $TP" -F tindakan=kaji \
    -F 'catatan=Lokasi sesuai tata ruang.' -F "berkas.kajian_teknis=@$PDF"
expect_json 'j.status === "dikaji"' "$BODY"
act 200 "$TPK" "$N" setujui
expect_json 'j.status === "selesai"' "$BODY"
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")" -H "Authorization: Bearer $TW"
expect_json 'j.berkas.some(b => b.kode === "kajian_teknis" && b.ada)' "$BODY"
finish
