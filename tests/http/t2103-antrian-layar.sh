#!/bin/sh
# t2103-antrian-layar.sh: the hall display (issue 16): the event stream
# GET /antrian/layar/MPP-SIAK/acara is text/event-stream with one event
# per call, in order, whose data holds the ticket number, the counter
# number and the spoken sentence; Last-Event-ID and ?sejak= resume after
# an event; the page shows the calls per counter without JavaScript.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
K=$(kios_token)
AUTH="Authorization: Bearer $(token loket.disdukcapil)"
panggil() {
	curl -s -m 20 -H "$CT" -H "$AUTH" -d "{\"lokasi\":\"MPP-SIAK\",\"loket\":$1}" \
	    "$BASE/api/v1/antrian/panggil" | jfield nomor
}
act() {
	curl -s -m 20 -o /dev/null -w '%{http_code}' -H "$CT" -H "$AUTH" \
	    -d "{\"lokasi\":\"MPP-SIAK\",\"loket\":$1,\"nomor\":\"$2\",\"aksi\":\"$3\"}" \
	    "$BASE/api/v1/antrian/aksi"
}

# no call yet: a valid stream with only the retry line
expect_status 200 GET /antrian/layar/MPP-SIAK/acara
expect_header content-type '^[^:]*: *text/event-stream'
expect_eq "empty stream" "$(tr -d '\r' <"$BODY" | grep -c '^event:')" 0
expect_contains 'retry: 1000' "$BODY"
expect_status 404 GET /antrian/layar/TIDAK-ADA/acara

for s in DUK-01 DUK-02 DUK-01 DUK-03; do ambil "$K" $s >/dev/null; done
expect_eq "call A-001 at counter 1" "$(panggil 1)" A-001
expect_eq "call B-001 at counter 2" "$(panggil 2)" B-001
expect_eq "recall A-001" "$(act 1 A-001 ulang)" 200
expect_eq "call A-002 at counter 3" "$(panggil 3)" A-002

# the stream: four events in the order of the calls
expect_status 200 GET /antrian/layar/MPP-SIAK/acara
EV=$WORK/events
node -e '
const t = require("fs").readFileSync(process.argv[1], "utf8");
const ev = t.split("\n\n").filter(b => /^event: panggilan$/m.test(b)).map(b => {
	const id = +(/^id: (\d+)$/m.exec(b) || [])[1];
	const d = JSON.parse(/^data: (.*)$/m.exec(b)[1]);
	return id + " " + d.nomor + " " + d.loket + " " + d.ulang + " " + d.id + "|" + d.kalimat;
});
console.log(ev.join("\n"));' "$BODY" >"$EV"
expect_eq "events in order" "$(cut -d'|' -f1 "$EV" | cut -d' ' -f2-4 | tr '\n' ';')" \
    "A-001 1 false;B-001 2 false;A-001 1 true;A-002 3 false;"
expect_eq "ids increase" "$(cut -d' ' -f1 "$EV" | sort -n -c && echo sorted)" sorted
expect_eq "id field equals data.id" "$(awk -F'[ |]' '$1 != $5' "$EV" | wc -l)" 0
expect_eq "spoken sentence of the last" "$(tail -n 1 "$EV" | cut -d'|' -f2)" \
    "Nomor antrean A nol nol dua, silakan menuju loket tiga"
ID2=$(sed -n 2p "$EV" | cut -d' ' -f1)

# resume after the second event: Last-Event-ID, and ?sejak=
expect_status 200 GET /antrian/layar/MPP-SIAK/acara -H "Last-Event-ID: $ID2"
expect_eq "after Last-Event-ID" "$(grep -o '"nomor":"[^"]*","loket":[0-9]*' "$BODY" | tr '\n' ';')" \
    '"nomor":"A-001","loket":1;"nomor":"A-002","loket":3;'
expect_status 200 GET "/antrian/layar/MPP-SIAK/acara?sejak=$ID2"
expect_eq "after ?sejak" "$(grep -c '^event: panggilan' "$BODY")" 2
expect_status 200 GET /antrian/layar/MPP-SIAK/acara -H "Last-Event-ID: abc"
expect_eq "a bad Last-Event-ID gives today's calls" "$(grep -c '^event: panggilan' "$BODY")" 4

# the page, complete without JavaScript
expect_status 200 GET /antrian/layar/MPP-SIAK
expect_contains 'Mal Pelayanan Publik Kabupaten Siak' "$BODY"
expect_eq "counter 1 shows A-001" "$(tr -d '\n' <"$BODY" | grep -o '<th scope="row">Loket 1</th><td class="nomor"><strong>[^<]*' | sed 's/.*<strong>//')" A-001
expect_eq "counter 3 shows A-002" "$(tr -d '\n' <"$BODY" | grep -o '<th scope="row">Loket 3</th><td class="nomor"><strong>[^<]*' | sed 's/.*<strong>//')" A-002
expect_contains 'data-acara="/antrian/layar/MPP-SIAK/acara"' "$BODY"
expect_contains '<script src="/aset/antrian-layar.js" defer></script>' "$BODY"
expect_contains 'panggilan ulang' "$BODY"
expect_status 200 GET /aset/antrian-layar.js
expect_contains 'EventSource' "$BODY"
finish
