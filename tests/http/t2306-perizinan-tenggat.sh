#!/bin/sh
# t2306-perizinan-tenggat.sh: the legal deadline clock of a permit
# application and fiktif positif (issue 17, PP 28/2025):
#  - the applicant and the officer see the days left (5 working days for
#    a reklame);
#  - the clock stops while the application waits for the applicant's
#    correction;
#  - `pamong tick --now DATE` (the clock moved in the test) warns the unit
#    once when one working day is left, then marks the application fiktif
#    positif once (row izin_tenggat, audit izin.fiktif_positif, notices to
#    the unit and the applicant); a stopped clock is never marked; a
#    second run changes nothing;
#  - the unit's page and the applicant's status page show it, and the
#    public figures count it per permit type (/api/v1/perizinan/kinerja).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
TP=$(token op.dpmptsp)

expect_eq() { # DESC GOT WANT
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
reklame() { # TOKEN: a complete PTSP-06 application; sets NOMOR
	_tok=$1
	set -- -F layanan=PTSP-06 -F wilayah=14.08.01.1001 \
	    -F 'isian.keperluan=Reklame toko' \
	    -F 'isian.lokasi_reklame=Jl. Sultan Ismail No. 3' \
	    -F 'isian.jenis_reklame=Neon box' -F isian.ukuran_m2=4 \
	    -F isian.mulai_tayang=2027-01-04
	for d in permohonan_bermaterai ktp_el pas_foto bukti_lunas_pajak_reklame \
	    foto_rencana_lokasi_reklame surat_kesepakatan_dengan_pemilik_lahan_b \
	    desain_materi_reklame jaminan_konstruksi_billboard_neonbox_vid; do
		set -- "$@" -F "berkas.$d=@$PNG"
	done
	submit 201 "$_tok" "$@"
}
tick() { # DATE
	"$PAMONG" tick --data "$DATA" --now "$1" >"$WORK/tick.out" 2>&1 ||
	    fail "tick --now $1: $(cat "$WORK/tick.out")"
}
marks() { # NOMOR KIND
	sql "SELECT count(*) FROM izin_tenggat t JOIN permohonan p ON p.id = t.permohonan_id WHERE p.nomor = '$1' AND t.jenis = '$2'"
}

reklame "$TW"
N1=$NOMOR
reklame "$TW"
N2=$NOMOR
check "two reklame applications ($N1, $N2)" test -n "$N1" -a -n "$N2"

expect_status 200 GET "/api/v1/perizinan/permohonan?nomor=$(enc "$N1")" \
    -H "Authorization: Bearer $TP"
expect_json "j.tenggat.batas_hari_kerja === 5 && j.tenggat.sisa_hari_kerja === 5 - j.tenggat.hari_terpakai && j.tenggat.jam === 'berjalan' && j.tenggat.fiktif_positif === false" "$BODY"
login warga.demo "$PW" "$WORK/jw" >/dev/null
expect_status 200 GET "/perizinan/status?nomor=$(enc "$N1")" -b "$WORK/jw"
expect_contains "dari 5 hari kerja" "$BODY"

# the second waits for the applicant's correction: its clock stops
act 200 "$TP" "$N2" kembalikan "Foto lokasi kurang jelas."
expect_status 200 GET "/api/v1/perizinan/permohonan?nomor=$(enc "$N2")" \
    -H "Authorization: Bearer $TW"
expect_json "j.tenggat.jam === 'berhenti' && /perbaikan/.test(j.tenggat.sebab_berhenti)" "$BODY"

# --- the timer, day by day over four weeks -----------------------------------
a0=$(sql "SELECT count(*) FROM audit_event WHERE action = 'izin.fiktif_positif'")
i=1
while [ $i -le 28 ]; do
	tick "$(TZ=Asia/Jakarta date -d "+$i day" +%F)"
	[ "$(marks "$N1" fiktif_positif)" = 1 ] && break
	i=$((i + 1))
done
expect_eq "warned once before the deadline" "$(marks "$N1" peringatan)" 1
expect_eq "marked fiktif positif" "$(marks "$N1" fiktif_positif)" 1
check "the warning came before the mark" test \
    "$(sql "SELECT (SELECT at FROM izin_tenggat t JOIN permohonan p ON p.id = t.permohonan_id WHERE p.nomor = '$N1' AND t.jenis = 'peringatan') < (SELECT at FROM izin_tenggat t JOIN permohonan p ON p.id = t.permohonan_id WHERE p.nomor = '$N1' AND t.jenis = 'fiktif_positif')")" = 1
expect_eq "marked after 6 working days used" \
    "$(sql "SELECT hari_terpakai FROM izin_tenggat t JOIN permohonan p ON p.id = t.permohonan_id WHERE p.nomor = '$N1' AND t.jenis = 'fiktif_positif'")" 6
expect_eq "audited once" \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'izin.fiktif_positif'")" $((a0 + 1))
check "the applicant was told" \
    test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'warga.demo' AND n.text LIKE '%$N1%fiktif positif%'")" -ge 1
check "the unit was told" \
    test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'op.dpmptsp' AND n.text LIKE '%$N1%fiktif positif%'")" -ge 1
expect_eq "a stopped clock is not marked" "$(marks "$N2" fiktif_positif)" 0
tick "$(TZ=Asia/Jakarta date -d "+40 day" +%F)"
expect_eq "a second run changes nothing" \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'izin.fiktif_positif'")" $((a0 + 1))
expect_eq "still one mark" "$(marks "$N1" fiktif_positif)" 1

# --- shown to the unit and the applicant -------------------------------------
login op.dpmptsp "$PW" "$WORK/jp" >/dev/null
expect_status 200 GET /perizinan/kelola -b "$WORK/jp"
expect_contains "$N1" "$BODY"
expect_contains "Fiktif positif" "$BODY"
expect_contains "menunggu perbaikan oleh pemohon" "$BODY"
expect_status 200 GET "/perizinan/status?nomor=$(enc "$N1")" -b "$WORK/jw"
expect_contains "Fiktif positif" "$BODY"
expect_status 200 GET "/api/v1/perizinan/permohonan?nomor=$(enc "$N1")" \
    -H "Authorization: Bearer $TW"
expect_json "j.tenggat.fiktif_positif === true" "$BODY"
# counted per permit type in the public figures (no login)
expect_status 200 GET /api/v1/perizinan/kinerja
expect_json "j.data.find(t => t.jenis_kode === 'reklame').fiktif_positif === 1 && j.data.find(t => t.jenis_kode === 'pbg').fiktif_positif === 0 && j.data.find(t => t.jenis_kode === 'reklame').batas_hari_kerja === 5 && j.data.length === 8" "$BODY"
# another citizen sees nothing of it
add_user warga.lain warga "" 1408010101900009
TL=$(token warga.lain)
expect_status 404 GET "/api/v1/perizinan/permohonan?nomor=$(enc "$N1")" \
    -H "Authorization: Bearer $TL"

finish
