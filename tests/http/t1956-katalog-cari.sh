#!/bin/sh
# t1956-katalog-cari.sh: the catalog search knows everyday words (issue 19
# item 13): "akte", "ijin usaha", "surat miskin", "kk", "ktp" find the
# right services, through the synonyms of data/sinonim.txt, with services
# whose name matches first; on the page the results come before the
# filters, which fold (<details>), and the search box stays on top.
. "$(dirname "$0")/test-lib.sh"

start_server

# top N CODE...: each CODE among the first N results of the last answer
top() {
	_n=$1
	shift
	for _k in "$@"; do
		expect_json "j.data.slice(0, $_n).some(x => x.kode === '$_k')" "$BODY"
	done
}

expect_status 200 GET '/api/v1/layanan?q=akte'
top 4 DUK-04 DUK-05 DUK-08 DUK-09
expect_json 'j.data.slice(0, 4).every(x => /Akta/.test(x.nama))' "$BODY"

expect_status 200 GET '/api/v1/layanan?q=ijin+usaha'
top 3 PTSP-01 KPG-05

expect_status 200 GET '/api/v1/layanan?q=surat+miskin'
top 2 KPG-04 KEC-01
expect_json 'j.data[0].kode === "KPG-04"' "$BODY"
expect_status 200 GET '/api/v1/layanan?q=SKTM'
top 2 KPG-04 KEC-01

expect_status 200 GET '/api/v1/layanan?q=kk'
top 3 DUK-01
expect_status 200 GET '/api/v1/layanan?q=ktp'
top 3 DUK-02
# names first: every service whose name says KTP before any that only asks for one
expect_json 'j.data.findIndex(x => !/KTP/.test(x.nama)) > j.data.map(x => /KTP/.test(x.nama)).lastIndexOf(true)' "$BODY"
expect_json 'j.data.length > 3' "$BODY"
expect_status 200 GET '/api/v1/layanan?q=akta+lahir'
expect_json 'j.data[0].kode === "DUK-04"' "$BODY"
expect_status 200 GET '/api/v1/layanan?q=imb'
top 1 PTSP-02
# a word beside a synonym: both required
expect_status 200 GET '/api/v1/layanan?q=akte+kematian'
expect_json 'j.data[0].kode === "DUK-05"' "$BODY"
# user syntax is still only separators
expect_status 200 GET '/api/v1/layanan?q=kk%22*)+%3A'
top 3 DUK-01

# the page: the search box, then the results, then the folded filters
expect_status 200 GET '/layanan?q=kk'
expect_contains 'href="/layanan/DUK-01"' "$BODY"
expect_contains '<details class="saring"' "$BODY"
expect_contains 'id="f-q" name="q" type="search"' "$BODY"
pos() { grep -ob -- "$1" "$BODY" | head -n 1 | cut -d: -f1; }
check "search box before the results" test "$(pos 'id="f-q"')" -lt "$(pos 'id="hasil"')"
check "results before the filters" test "$(pos 'id="hasil"')" -lt "$(pos 'id="f-tingkat"')"
# the filter form keeps the words, the search form keeps the filters
expect_status 200 GET '/layanan?q=kk&tingkat=kabupaten'
expect_contains '<input type="hidden" name="q" value="kk">' "$BODY"
expect_contains '<input type="hidden" name="tingkat" value="kabupaten">' "$BODY"
expect_contains '<details class="saring" id="saring" open>' "$BODY"

finish
