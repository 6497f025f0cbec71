# api-app-lib.sh: helpers for the application API tests (t03NN), sourced
# after test-lib.sh.  Not a test itself.
#
#	token USER			sign in through POST /api/v1/sesi, print
#					the Bearer token (demo password)
#	jget EXPR [FILE]		print a JSON value (expression over j) of
#					FILE (default $BODY)
#	enc NOMOR			NOMOR as one URL path segment (/ -> %2F)
#	submit CODE TOKEN ARGS...	POST /api/v1/permohonan (multipart, curl
#					-F ARGS), expect status CODE; sets $NOMOR
#					and $LACAK on 200/201
#	kpg02 CODE TOKEN [ARGS...]	submit a complete KPG-02 (Surat
#					Keterangan Domisili) for Kampung Dalam;
#					K_LAYANAN, K_WILAYAH, K_LAMA, K_KTP (a
#					path) and K_RT (omit: left out) change it
#	act CODE TOKEN NOMOR ACTION [NOTE]
#					POST .../tindakan, expect status CODE
#					(setujui: with the demo signers' signing
#					passphrase unless ACT_NOPASS is set)
#	snapshot			remember the row counts and stored files
#	unchanged DESC			check nothing was added since snapshot
#	add_user USER ROLES UNIT [NIK]	create an account with `pamong user add`

PW=Siak-Demo-2026
FIX=$ROOT/tests/fixtures/berkas
PDF=$FIX/surat.pdf
PNG=$FIX/kk.png
JPG=$FIX/foto.jpg
FAKE=$FIX/palsu.pdf

token() {
	curl -s -m 20 -H 'Content-Type: application/json' \
	    -d "{\"pengguna\":\"$1\",\"sandi\":\"${2:-$PW}\"}" \
	    "$BASE/api/v1/sesi" | node -e \
	    'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).token||"")}catch(e){}})'
}

jget() {
	node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
	    const v = (0, eval)("(j) => (" + process.argv[2] + ")")(j);
	    console.log(v === undefined || v === null ? "" : v)' \
	    "${2:-$BODY}" "$1" 2>/dev/null
}

enc() {
	printf '%s' "$1" | sed 's|/|%2F|g'
}

submit() {
	_want=$1 _tok=$2
	shift 2
	NOMOR= LACAK=
	set -- -H "Authorization: Bearer $_tok" "$@"
	expect_status "$_want" POST /api/v1/permohonan "$@" || {
		head -c 600 "$BODY" >&2
		echo >&2
		return 1
	}
	case $_want in
	200|201)
		NOMOR=$(jget j.nomor)
		LACAK=$(jget j.kode_lacak)
		;;
	esac
	return 0
}

kpg02() {
	_c=$1 _t=$2
	shift 2
	set -- -F "layanan=${K_LAYANAN-KPG-02}" \
	    -F "wilayah=${K_WILAYAH-14.08.01.1001}" \
	    -F 'isian.keperluan=Melamar pekerjaan' \
	    -F 'isian.alamat=Jl. Sultan Syarif Kasim No. 7' \
	    -F "isian.lama_tinggal=${K_LAMA-12}" \
	    -F 'isian.status_tinggal=Milik sendiri' \
	    -F "berkas.ktp_el=@${K_KTP-$PDF}" -F "berkas.kartu_keluarga=@$PNG" \
	    -F "berkas.surat_pengantar_rt_rw=@$JPG" "$@"
	[ "${K_RT-x}" = omit ] || set -- -F "isian.rt_rw=${K_RT-001/003}" "$@"
	submit "$_c" "$_t" "$@"
}

act() {
	_want=$1 _tok=$2 _n=$3 _a=$4
	if [ $# -ge 5 ]; then
		_body=$(node -e 'console.log(JSON.stringify({tindakan: process.argv[1], catatan: process.argv[2]}))' "$_a" "$5")
	else
		_body="{\"tindakan\":\"$_a\"}"
	fi
	# issue 4: approving signs the letter with the demo signing passphrase
	[ "$_a" = setujui ] && [ -z "${ACT_NOPASS-}" ] &&
	    _body="{\"tindakan\":\"setujui\",\"passphrase\":\"Siak-TTE-Demo-2026\"}"
	expect_status "$_want" POST "/api/v1/permohonan/$(enc "$_n")/tindakan" \
	    -H "Authorization: Bearer $_tok" -H 'Content-Type: application/json' \
	    -d "$_body" || { head -c 400 "$BODY" >&2; echo >&2; return 1; }
}

_counts() {
	echo "$(sql 'SELECT (SELECT count(*) FROM permohonan) || "," ||
	    (SELECT count(*) FROM berkas) || "," ||
	    (SELECT count(*) FROM permohonan_berkas) || "," ||
	    (SELECT count(*) FROM permohonan_isian) || "," ||
	    (SELECT count(*) FROM permohonan_riwayat)'),$(find "$DATA/berkas" \
	    -type f 2>/dev/null | wc -l)"
}

snapshot() {
	SNAP=$(_counts)
}

unchanged() {
	_now=$(_counts)
	if [ "$_now" = "$SNAP" ]; then
		ok "nothing written: $1"
	else
		fail "nothing written: $1 (rows,files $SNAP -> $_now)"
	fi
}

add_user() {
	echo "$PW" | "$PAMONG" user add --data "$DATA" --username "$1" \
	    --role "$2" ${3:+--unit "$3"} ${4:+--nik "$4" --phone 081200000002} \
	    --name "Uji $1" --password-stdin >/dev/null
}

# reklame TOKEN: a complete PTSP-06 (reklame permit) application by the
# citizen of TOKEN, submitted; sets NOMOR (t2305, t2308).
reklame() {
	set -- "$1" -F layanan=PTSP-06 -F wilayah=14.08.01.1001 \
	    -F 'isian.keperluan=Reklame toko' \
	    -F 'isian.lokasi_reklame=Jl. Sultan Ismail No. 3' \
	    -F 'isian.jenis_reklame=Neon box' -F isian.ukuran_m2=2,5 \
	    -F isian.mulai_tayang=2027-01-04
	_tok=$1
	shift
	for d in permohonan_bermaterai ktp_el pas_foto bukti_lunas_pajak_reklame \
	    foto_rencana_lokasi_reklame surat_kesepakatan_dengan_pemilik_lahan_b \
	    desain_materi_reklame jaminan_konstruksi_billboard_neonbox_vid; do
		set -- "$@" -F "berkas.$d=@$PNG"
	done
	submit 201 "$_tok" "$@"
}
