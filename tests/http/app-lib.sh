# app-lib.sh: helpers for the application page tests (t04NN), sourced
# after test-lib.sh.  Not a test itself.
#
#	signup_warga USER NIK JAR	sign up a citizen through /daftar
#	form_value NAME FILE		value of the (hidden) input NAME in FILE
#	enc NOMOR			NOMOR as one URL path segment (/ -> %2F)
#	apply_kpg02 JAR [ARGS...]	fill and POST the KPG-02 form (Surat
#					Keterangan Domisili Penduduk) for Kampung
#					Dalam with three PDFs; extra curl ARGS
#					are added.  Variables change a field:
#					A_WILAYAH, A_LAMA, A_KTP (a -F file spec),
#					A_SIMPAN (ajukan|draf), A_CSRF, A_KEY.
#					Leaves $APPLY_CODE, $APPLY_LOC, $APPLY_KEY
#					and the response in $BODY/$HEADERS.
#	loc				Location of the last response (no host)
#	nomor_of LOC			the nomor in /permohonan/<nomor>?...

PDF=$ROOT/tests/fixtures/berkas/surat.pdf
FAKE_PDF=$ROOT/tests/fixtures/berkas/palsu.pdf
PNG=$ROOT/tests/fixtures/berkas/kk.png
DEMO_PW=Siak-Demo-2026
KAMPUNG_DALAM=14.08.01.1001
: >"$WORK/empty"

signup_warga() {
	_c=$(csrf_from /daftar "$3")
	_code=$(curl -s -m 20 -o /dev/null -w '%{http_code}' -b "$3" -c "$3" \
	    --data-urlencode "csrf=$_c" --data-urlencode "nik=$2" \
	    --data-urlencode "nama=Warga Uji $1" \
	    --data-urlencode "telepon=081200000000" \
	    --data-urlencode "email=" --data-urlencode "pengguna=$1" \
	    --data-urlencode "sandi=Sandi-Warga-Uji-2026" \
	    --data-urlencode "sandi2=Sandi-Warga-Uji-2026" "$BASE/daftar")
	[ "$_code" = 303 ]
}

form_value() {
	sed -n "s/.*name=\"$1\" value=\"\([^\"]*\)\".*/\1/p" "$2" | head -n 1
}

enc() {
	printf '%s' "$1" | sed 's|/|%2F|g'
}

loc() {
	grep -i '^location:' "$HEADERS" | tr -d '\r' | sed 's/^[Ll]ocation: *//'
}

nomor_of() {
	printf '%s' "$1" | sed 's|^/permohonan/||; s|?.*||; s|%2F|/|g'
}

apply_kpg02() {
	_j=$1
	shift
	curl -s -m 20 -b "$_j" -c "$_j" -o "$WORK/form.html" \
	    "$BASE/layanan/KPG-02/ajukan"
	_c=${A_CSRF-$(form_value csrf "$WORK/form.html")}
	_k=${A_KEY-$(form_value kunci_idempoten "$WORK/form.html")}
	APPLY_KEY=$_k
	: >"$BODY"
	APPLY_CODE=$(curl -s -m 30 -o "$BODY" -D "$HEADERS" -w '%{http_code}' \
	    -b "$_j" -c "$_j" -F "csrf=$_c" -F "kunci_idempoten=$_k" \
	    -F "wilayah=${A_WILAYAH-$KAMPUNG_DALAM}" \
	    -F "isian.keperluan=Persyaratan melamar pekerjaan" \
	    -F "isian.alamat=Jl. Sultan Syarif Kasim No. 5" \
	    -F "isian.rt_rw=002/003" -F "isian.lama_tinggal=${A_LAMA-4}" \
	    -F "isian.status_tinggal=Milik sendiri" \
	    -F "berkas.ktp_el=${A_KTP-@$PDF;type=application/pdf}" \
	    -F "berkas.kartu_keluarga=@$PDF;type=application/pdf" \
	    -F "berkas.surat_pengantar_rt_rw=@$PDF;type=application/pdf" \
	    -F "berkas.surat_pernyataan_tinggal_bagi_pendatang=@$WORK/empty;filename=" \
	    -F "simpan=${A_SIMPAN-ajukan}" "$@" "$BASE/layanan/KPG-02/ajukan")
	APPLY_LOC=$(loc)
}
