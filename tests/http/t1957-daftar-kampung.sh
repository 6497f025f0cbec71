#!/bin/sh
# t1957-daftar-kampung.sh: sign-up asks for the kampung/kelurahan of
# residence (issue 19 item 8): a select grouped by kecamatan, starting at
# "— Pilih —", not required; a code that is no kampung/kelurahan of Siak is
# refused by name and nothing is written; the chosen one is stored on the
# account and preselected on the application and complaint forms.
. "$(dirname "$0")/test-lib.sh"

start_server
J=$WORK/jar
PW=Kebun-Sawit-Tepi-Sungai
# a kampung of another kecamatan than the demo's Kampung Dalam
K=$(sql "SELECT code FROM wilayah WHERE level = 'desa' AND code LIKE '14.08.%' AND code NOT LIKE '14.08.01.%' ORDER BY code LIMIT 1")
check "a kampung outside Kecamatan Siak ($K)" test -n "$K"

expect_status 200 GET /daftar -c "$J" -b "$J"
expect_contains '<label for="f-kampung">Kampung/kelurahan tempat tinggal</label>' "$BODY"
expect_contains '<select id="f-kampung" name="kampung" aria-describedby="h-kampung"><option value="">— Pilih kampung/kelurahan —</option><optgroup label="Kecamatan' "$BODY"
expect_contains "<option value=\"$K\">" "$BODY"
expect_not_contains '<option value="14.08.01">' "$BODY"

signup() {
	_w=$1 _u=$2 _k=$3
	_c=$(csrf_from /daftar "$J")
	expect_status "$_w" POST /daftar -b "$J" -c "$J" --data-urlencode "csrf=$_c" \
	    --data-urlencode "nama=Nurul Aini" --data-urlencode "pengguna=$_u" \
	    --data-urlencode "nik=$4" --data-urlencode "telepon=081234567891" \
	    --data-urlencode "kampung=$_k" --data-urlencode "sandi=$PW" --data-urlencode "sandi2=$PW"
}

# not a kampung (a kecamatan, a made-up code): refused by name, kept, nothing written
for bad in 14.08.01 14.08.99.9999 '<b>'; do
	signup 422 nurul.aini "$bad" 1408015203900011
	expect_contains 'id="e-kampung">Pilih kampung/kelurahan dari daftar.' "$BODY"
	expect_contains 'aria-invalid="true"' "$BODY"
	expect_not_contains '<b>' "$BODY"
done
check "nothing written" test "$(sql "SELECT count(*) FROM account WHERE username = 'nurul.aini'")" = 0

# named: stored, the kept choice shown when another field fails
_c=$(csrf_from /daftar "$J")
expect_status 422 POST /daftar -b "$J" -c "$J" --data-urlencode "csrf=$_c" \
    --data-urlencode "nama=Nurul Aini" --data-urlencode "pengguna=nurul.aini" \
    --data-urlencode "nik=123" --data-urlencode "telepon=081234567891" \
    --data-urlencode "kampung=$K" --data-urlencode "sandi=$PW" --data-urlencode "sandi2=$PW"
expect_contains "<option value=\"$K\" selected>" "$BODY"
signup 303 nurul.aini "$K" 1408015203900011
check "kampung stored" test "$(sql "SELECT kampung_code FROM account WHERE username = 'nurul.aini'")" = "$K"

# the signed-in citizen's forms start at that kampung
expect_status 200 GET /layanan/KPG-02/ajukan -b "$J"
expect_contains "<option value=\"$K\" selected>" "$BODY"
expect_status 200 GET /pengaduan/baru -b "$J"
expect_contains "<option value=\"$K\" selected>" "$BODY"

# not naming one is allowed: nothing stored, the forms start empty
J=$WORK/jar2
signup 303 budi.santoso "" 1408011203900012
check "no kampung stored" test "$(sql "SELECT coalesce(kampung_code, '-') FROM account WHERE username = 'budi.santoso'")" = "-"
expect_status 200 GET /layanan/KPG-02/ajukan -b "$J"
expect_not_contains '" selected>Kampung' "$BODY"

finish
