# adu-lib.sh: helpers for the complaint tests (t14NN), sourced after
# test-lib.sh and api-app-lib.sh.  Not a test itself.
#
#	adu_json [OVERRIDES]	a valid complaint body (JSON); OVERRIDES is
#				a JS object literal merged in, e.g.
#				'{anonim: true, kategori: "pungutan_liar"}'
#	adu_file CODE TOKEN [OVERRIDES]
#				POST /api/v1/pengaduan (JSON), expect CODE;
#				sets $NOMOR and $LACAK on 201
#	adu_act CODE TOKEN NOMOR TINDAKAN [CATATAN] [UNIT] [NILAI]
#				POST /api/v1/pengaduan/NOMOR/tindakan
#	adu_status NOMOR	the stored status
#	adu_batas NOMOR		the stored deadline of the current step

adu_json() {
	node -e 'const o = Object.assign({jenis: "pengaduan",
	    judul: "Petugas meminta uang di kantor kampung",
	    isi: "Saat mengurus surat keterangan domisili, petugas meminta uang Rp50.000 di luar biaya resmi.",
	    kategori: "pelayanan_lambat", wilayah: "14.08.01.1001",
	    anonim: false, rahasia: false},
	    (0, eval)("(" + (process.argv[1] || "{}") + ")"));
	    console.log(JSON.stringify(o))' "${1:-}"
}

adu_file() {
	_want=$1 _tok=$2
	NOMOR= LACAK=
	expect_status "$_want" POST /api/v1/pengaduan \
	    -H "Authorization: Bearer $_tok" -H 'Content-Type: application/json' \
	    --data-binary "$(adu_json "${3:-}")" || {
		head -c 600 "$BODY" >&2
		echo >&2
		return 1
	}
	if [ "$_want" = 201 ]; then
		NOMOR=$(jget j.nomor)
		LACAK=$(jget j.kode_lacak)
	fi
	return 0
}

adu_act() {
	_b=$(node -e 'const o = {tindakan: process.argv[1]};
	    if (process.argv[2]) o.catatan = process.argv[2];
	    if (process.argv[3]) o.unit = process.argv[3];
	    if (process.argv[4]) o.nilai = Number(process.argv[4]);
	    console.log(JSON.stringify(o))' "$4" "${5:-}" "${6:-}" "${7:-}")
	expect_status "$1" POST "/api/v1/pengaduan/$3/tindakan" \
	    -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
	    --data-binary "$_b" || {
		head -c 400 "$BODY" >&2
		echo >&2
		return 1
	}
}

adu_status() {
	sql "SELECT status FROM pengaduan WHERE nomor = '$1'"
}

adu_batas() {
	sql "SELECT batas FROM pengaduan WHERE nomor = '$1'"
}
