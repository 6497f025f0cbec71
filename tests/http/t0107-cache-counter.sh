#!/bin/sh
# t0107-cache-counter.sh: the page cache follows the change counter
# (issue 14).  Public pages warmed in both workers show a write the moment
# its answer was sent, on every worker; a write by the command line (not
# through the server) shows within a poll of the counter; the counter in
# store_versi moves by one per writing transaction.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
JO=$WORK/op.jar
login op.kampungdalam "$PW" "$JO" && ok "op.kampungdalam signs in" ||
    fail "sign in"

# warm NAME URL: fetch URL often enough that both workers cache it
warm() {
	_i=0
	while [ $_i -lt 8 ]; do
		curl -s -o /dev/null -m 20 "$BASE$1"
		_i=$((_i + 1))
	done
}
# eq NAME GOT WANT
eq() {
	if [ "$2" = "$3" ]; then ok "$1"; else fail "$1: got '$2', want '$3'"; fi
}
# every URL TEXT: ten fetches in a row, each has TEXT
every() {
	_n=0
	_i=0
	while [ $_i -lt 10 ]; do
		curl -s -m 20 "$BASE$1" | grep -qF "$2" && _n=$((_n + 1))
		_i=$((_i + 1))
	done
	eq "$1: $2 in 10 of 10 fetches" "$_n" 10
}

TITLE="Pengumuman uji penyegaran cache"
v0=$(sql "SELECT n FROM store_versi")
check "counter starts positive" test "$v0" -gt 0
warm /pengumuman
warm /
curl -s -m 20 "$BASE/pengumuman" >"$WORK/before"
check "not there yet" sh -c "! grep -qF '$TITLE' '$WORK/before'"

# a draft and its publication: two writes through the server
c=$(csrf_from /petugas/pengumuman "$JO")
expect_status 303 POST /petugas/pengumuman -b "$JO" -c "$JO" \
    --data-urlencode "csrf=$c" -d jenis=layanan_baru \
    --data-urlencode "judul=$TITLE" \
    --data-urlencode "isi=Mulai bulan depan layanan ini dapat diajukan daring dari kampung."
ID=$(sql "SELECT id FROM pengumuman WHERE judul = '$TITLE'")
v1=$(sql "SELECT n FROM store_versi")
check "the write moved the counter" test "$v1" -gt "$v0"
warm /pengumuman
c=$(csrf_from /petugas/pengumuman "$JO")
expect_status 303 POST "/petugas/pengumuman/$ID/terbit" -b "$JO" -c "$JO" \
    --data-urlencode "csrf=$c"
# at once, on every worker
every /pengumuman "$TITLE"
every / "$TITLE"
v2=$(sql "SELECT n FROM store_versi")
check "publishing moved it again" test "$v2" -gt "$v1"

# reads move nothing
warm /pengumuman
warm /layanan
v3=$(sql "SELECT n FROM store_versi")
eq "anonymous reads leave the counter" "$v3" "$v2"

# a write by the command line, outside the server
warm /wilayah/14.08.01
printf 'code,name,level,parent_code\n14.08.01.2099,Kampung Uji Penyegaran,desa,14.08.01\n' \
    >"$WORK/w.csv"
"$PAMONG" wilayah import --data "$DATA" "$WORK/w.csv" >"$WORK/out" 2>&1
check "pamong wilayah import" test $? = 0
v4=$(sql "SELECT n FROM store_versi")
check "the command moved the counter" test "$v4" -gt "$v3"
# the workers poll the counter every 250 ms: seen within 2 s at most
i=0
while [ $i -lt 20 ]; do
	curl -s -m 20 "$BASE/wilayah/14.08.01" | grep -qF "Kampung Uji Penyegaran" &&
	    break
	sleep 0.1
	i=$((i + 1))
done
check "the command's write is on the page within 2 s" test $i -lt 20
every /wilayah/14.08.01 "Kampung Uji Penyegaran"

# a cached page goes out as the cache keeps it (sendfile of a memory
# file): the same bytes as rendered, every time, on every worker
warm /layanan
curl -s -m 20 -D "$WORK/h0" -o "$WORK/b0" "$BASE/layanan"
len=$(wc -c <"$WORK/b0")
check "kept page has its body" test "$len" -gt 10000
eq "content-length is the body's" \
    "$(sed -n 's/^content-length: *\([0-9]*\).*/\1/Ip' "$WORK/h0")" "$len"
_n=0
i=0
while [ $i -lt 10 ]; do
	curl -s -m 20 -o "$WORK/b1" "$BASE/layanan"
	cmp -s "$WORK/b0" "$WORK/b1" && _n=$((_n + 1))
	i=$((i + 1))
done
eq "10 of 10 cached fetches give the same bytes" "$_n" 10
# the time a body was kept is no reason for 304: never "not modified"
lm=$(sed -n 's/^last-modified: *//Ip' "$WORK/h0" | tr -d '\r')
_n=0
i=0
while [ $i -lt 4 ]; do
	code=$(curl -s -m 20 -o "$WORK/b1" -w '%{http_code}' \
	    -H "If-Modified-Since: ${lm:-Mon, 07 Dec 2026 00:00:00 GMT}" \
	    "$BASE/layanan")
	[ "$code" = 200 ] && cmp -s "$WORK/b0" "$WORK/b1" && _n=$((_n + 1))
	i=$((i + 1))
done
eq "If-Modified-Since still gets the whole page (4 of 4)" "$_n" 4
expect_status 200 HEAD /layanan

stop_server
finish
