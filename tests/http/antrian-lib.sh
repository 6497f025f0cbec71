# antrian-lib.sh: helpers of the MPP queue scripts (t21NN, issue 16).
# Sourced after test-lib.sh and start_server.
PW=Siak-Demo-2026
CT='Content-Type: application/json'
LOK=MPP-SIAK

# expect_eq DESC GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}

# token USER: sign in through the API and print the Bearer token.
token() {
	curl -s -m 20 -H "$CT" -d "{\"pengguna\":\"$1\",\"sandi\":\"$PW\"}" \
	    "$BASE/api/v1/sesi" | jfield token
}

# jfield NAME: print member NAME of the JSON object on stdin ("" if none).
jfield() {
	node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{const v=JSON.parse(s)[process.argv[1]];console.log(v===undefined||v===null?"":v)}catch(e){console.log("")}})' "$1"
}

# kios_token: register a kiosk of MPP-SIAK and print its token.
kios_token() {
	"$PAMONG" antrian kios add --data "$DATA" --lokasi "$LOK"
}

# ambil KIOSKTOKEN LAYANAN [PRIORITAS]: take a ticket; prints its number.
ambil() {
	_p=false
	[ -n "${3:-}" ] && _p=true
	curl -s -m 20 -H "$CT" -H "Authorization: Bearer $1" \
	    -d "{\"lokasi\":\"$LOK\",\"layanan\":\"$2\",\"prioritas\":$_p}" \
	    "$BASE/api/v1/antrian/tiket" | jfield nomor
}

# status_of NOMOR: today's ticket state in the database
status_of() {
	sql "SELECT status || '@' || coalesce((SELECT nomor FROM antrian_loket k WHERE k.id = t.loket_id), 0) || '#' || panggil_n FROM antrian_tiket t WHERE nomor = '$1' ORDER BY id DESC LIMIT 1"
}
