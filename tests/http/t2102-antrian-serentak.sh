#!/bin/sh
# t2102-antrian-serentak.sh: tickets issued at the same time by many
# kiosks (two server workers) get the numbers 001..N of their service
# exactly: none duplicated, none skipped; the numbering row agrees.
# Without a kiosk token the same call is throttled per address.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
K=$(kios_token)
check "kiosk token" test -n "$K"
N=50
i=0
PIDS=
while [ $i -lt $N ]; do
	curl -s -m 30 -o "$WORK/t$i.json" -w '%{http_code}\n' -H "$CT" \
	    -H "Authorization: Bearer $K" \
	    -d '{"lokasi":"MPP-SIAK","layanan":"DUK-02"}' \
	    "$BASE/api/v1/antrian/tiket" >"$WORK/c$i" &
	PIDS="$PIDS $!"
	i=$((i + 1))
done
wait $PIDS	# not the server
expect_eq "every answer 201" "$(cat "$WORK"/c* | sort | uniq -c | sed 's/^ *//')" "$N 201"
GOT=$(cat "$WORK"/t*.json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const n=s.trim().split("\n").map(l=>JSON.parse(l).nomor).sort();console.log(n.join(" "))})')
WANT=$(seq -f 'B-%03g' 1 $N | tr '\n' ' ' | sed 's/ $//')
expect_eq "numbers B-001..B-050, each once" "$GOT" "$WANT"
expect_eq "stored numbers, each once" "$(sql "SELECT count(DISTINCT nomor) || '/' || count(*) || '/' || min(urut) || '-' || max(urut) FROM antrian_tiket WHERE nomor LIKE 'B-%'")" "$N/$N/1-$N"
expect_eq "numbering row" "$(sql "SELECT terakhir FROM antrian_urut u JOIN antrian_layanan l ON l.id = u.layanan_id WHERE l.kode = 'DUK-02'")" $N
# di_depan counts the tickets issued before each one
expect_eq "people ahead 0..49, each once" \
    "$(cat "$WORK"/t*.json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const n=s.trim().split("\n").map(l=>JSON.parse(l).di_depan).sort((a,b)=>a-b);console.log(n.every((v,i)=>v===i)?"ok":n.join(","))})')" ok
expect_eq "kiosk tickets never throttled" "$(sql "SELECT count(*) FROM antrian_batas")" 0

# without a kiosk token: throttled per address after 5 an hour
i=0
while [ $i -lt 5 ]; do
	expect_status 201 POST /api/v1/antrian/tiket -H "$CT" -d '{"lokasi":"MPP-SIAK","layanan":"DUK-03"}'
	i=$((i + 1))
done
expect_status 429 POST /api/v1/antrian/tiket -H "$CT" -d '{"lokasi":"MPP-SIAK","layanan":"DUK-03"}'
expect_json 'j.galat.kode === "terlalu_sering"' "$BODY"
expect_header retry-after '^[^:]*: *3600'
expect_eq "the throttled call wrote nothing" "$(sql "SELECT count(*) FROM antrian_tiket WHERE nomor LIKE 'C-%'")" 5
# an unknown token is no kiosk: throttled as well
expect_status 429 POST /api/v1/antrian/tiket -H "$CT" -H "Authorization: Bearer xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" -d '{"lokasi":"MPP-SIAK","layanan":"DUK-03"}'
# the kiosk still gets its ticket
expect_eq "kiosk after the throttle" "$(ambil "$K" DUK-03)" C-006
finish
