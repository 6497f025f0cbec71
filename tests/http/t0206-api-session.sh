#!/bin/sh
# t0206-api-session.sh: POST /api/v1/sesi tokens and GET /api/v1/pengguna.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
CT='Content-Type: application/json'

# token USER: sign in through the API and print the token.
token() {
	curl -s -m 20 -H "$CT" -d "{\"pengguna\":\"$1\",\"sandi\":\"$PW\"}" \
	    "$BASE/api/v1/sesi" | node -e \
	    'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).token||"")}catch(e){}})'
}

# A good login: 201, a token and an ISO 8601 UTC expiry 12 hours ahead.
expect_status 201 POST /api/v1/sesi -H "$CT" \
    -d '{"pengguna":"superadmin","sandi":"Siak-Demo-2026"}'
expect_header content-type '^[^:]*: *application/json'
expect_header cache-control 'no-store'
expect_json '/^[A-Za-z0-9_-]{43}$/.test(j.token)' "$BODY"
expect_json '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(j.kedaluwarsa)' "$BODY"
expect_json 'Math.abs(Date.parse(j.kedaluwarsa) - Date.now() - 12*3600e3) < 120e3' "$BODY"
check "an api session row" test "$(sql "SELECT count(*) FROM session WHERE kind = 'api'")" = 1
TS=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).token)' "$BODY")

# The token works as a Bearer token for a superadmin.
expect_status 200 GET /api/v1/pengguna -H "Authorization: Bearer $TS"
expect_json 'Array.isArray(j.data) && j.data.length >= 14' "$BODY"
expect_json 'j.data.some(u => u.pengguna === "warga.demo" && u.unit === null && u.peran[0] === "warga" && u.aktif === true)' "$BODY"
expect_json 'j.data.some(u => u.pengguna === "admin.kominfo" && u.unit === "DISKOMINFO" && u.peran.includes("koordinator_spbe"))' "$BODY"
expect_json 'j.data.every(u => Object.keys(u).sort().join() === "aktif,nama,pengguna,peran,unit")' "$BODY"
expect_not_contains 'argon2' "$BODY"
expect_not_contains '"nik"' "$BODY"
expect_json '!/\d{16}/.test(JSON.stringify(j))' "$BODY"
expect_status 200 GET '/api/v1/pengguna?unit=DISDUKCAPIL&status=aktif' -H "Authorization: Bearer $TS"
expect_json 'j.data.length >= 1 && j.data.every(u => u.unit === "DISDUKCAPIL")' "$BODY"
expect_status 400 GET '/api/v1/pengguna?peran=raja' -H "Authorization: Bearer $TS"
expect_json 'j.galat.kode === "filter_tidak_sah"' "$BODY"

# A warga token: 403.  No token or a bad one: 401.  All JSON.
TW=$(token warga.demo)
check "warga.demo gets a token" test -n "$TW"
expect_status 403 GET /api/v1/pengguna -H "Authorization: Bearer $TW"
expect_json 'j.galat.kode === "ditolak"' "$BODY"
expect_status 401 GET /api/v1/pengguna
expect_header content-type '^[^:]*: *application/json'
expect_json 'j.galat.kode === "belum_masuk"' "$BODY"
expect_status 401 GET /api/v1/pengguna -H "Authorization: Bearer bukan-token"
# a browser session cookie is no API credential
J=$WORK/jar
login superadmin "$PW" "$J" && ok "login superadmin (cookie)" || fail "login superadmin (cookie)"
expect_status 401 GET /api/v1/pengguna -b "$J"

# A unit admin sees their own unit's staff only.
TK=$(token admin.kominfo)
expect_status 200 GET /api/v1/pengguna -H "Authorization: Bearer $TK"
expect_json 'j.data.length >= 1 && j.data.every(u => u.unit === "DISKOMINFO")' "$BODY"
expect_status 403 GET '/api/v1/pengguna?unit=DISDUKCAPIL' -H "Authorization: Bearer $TK"

# Bad requests: not JSON, not an object, missing fields, wrong type.
expect_status 400 POST /api/v1/sesi -H "$CT" -d '{"pengguna":'
expect_json 'j.galat.kode === "json_tidak_sah" && typeof j.galat.pesan === "string"' "$BODY"
expect_status 400 POST /api/v1/sesi -H "$CT" -d '["superadmin"]'
expect_json 'typeof j.galat.kode === "string"' "$BODY"
expect_status 415 POST /api/v1/sesi -d 'pengguna=superadmin&sandi=x'
expect_json 'j.galat.kode === "jenis_konten"' "$BODY"
expect_status 422 POST /api/v1/sesi -H "$CT" -d '{"pengguna":"superadmin"}'
expect_json 'j.galat.kode === "isian_tidak_sah"' "$BODY"
expect_status 422 POST /api/v1/sesi -H "$CT" -d '{"pengguna":"superadmin","sandi":12345}'

# Wrong credentials: 401 kredensial_salah, the same for unknown users.
expect_status 401 POST /api/v1/sesi -H "$CT" \
    -d '{"pengguna":"op.dpmptsp","sandi":"salah-sandi"}'
expect_json 'j.galat.kode === "kredensial_salah"' "$BODY"
expect_json 'j.galat.pesan === "Nama pengguna atau kata sandi salah."' "$BODY"
expect_status 401 POST /api/v1/sesi -H "$CT" \
    -d '{"pengguna":"tidak.ada","sandi":"salah-sandi"}'
expect_json 'j.galat.kode === "kredensial_salah"' "$BODY"

# Throttled like the form: 4 more failures, then 429 with Retry-After.
for i in 2 3 4 5; do
	curl -s -o /dev/null -H "$CT" -d '{"pengguna":"op.dpmptsp","sandi":"salah"}' \
	    "$BASE/api/v1/sesi"
done
expect_status 429 POST /api/v1/sesi -H "$CT" \
    -d '{"pengguna":"op.dpmptsp","sandi":"Siak-Demo-2026"}'
expect_json 'j.galat.kode === "terlalu_banyak"' "$BODY"
expect_header retry-after '^[^:]*: *[0-9]+'
# the form shares the count
JD=$WORK/jd
login op.dpmptsp "$PW" "$JD" && fail "form login throttled too" || ok "form login throttled too"

# An API session ends with its account.
sql "UPDATE account SET disabled = 1 WHERE username = 'warga.demo'"
expect_status 401 GET /api/v1/pengguna -H "Authorization: Bearer $TW"

finish
