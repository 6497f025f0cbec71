#!/bin/sh
# t2107-antrian-suara.sh: the spoken call as audio (issue 16): `pamong
# antrian suara siapkan` records every word once with espeak-ng
# (Indonesian voice); GET /antrian/suara/{nomor}/{loket} joins the words
# of the sentence into one WAV, cached per sentence, the same bytes for
# every display, but only for a call that happened (made-up numbers are
# answered without filling the disk); the event stream names it.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
# before the words are recorded: 503 with what to run
expect_status 503 GET /antrian/suara/A-007/3
expect_contains 'pamong antrian suara siapkan' "$BODY"

"$PAMONG" antrian suara siapkan --data "$DATA" >"$WORK/out" 2>"$WORK/err"
expect_eq "siapkan exits 0" $? 0
expect_contains 'direkam: 47 baru, 47 seluruhnya' "$WORK/out"
expect_eq "47 word files" "$(ls "$DATA/suara/kata" | grep -c '\.wav$')" 47
check "tujuh.wav is a PCM WAV" sh -c "file '$DATA/suara/kata/tujuh.wav' | grep -q 'WAVE audio, Microsoft PCM'"
"$PAMONG" antrian suara siapkan --data "$DATA" >"$WORK/out"
expect_contains 'direkam: 0 baru' "$WORK/out"
"$PAMONG" antrian suara siapkan --data "$DATA" --espeak /bin/false >/dev/null 2>&1
expect_eq "nothing to record: still 0" $? 0
rm "$DATA/suara/kata/zet.wav"
"$PAMONG" antrian suara siapkan --data "$DATA" --espeak /bin/false >/dev/null 2>"$WORK/err"
expect_eq "a failing program exits 1" $? 1
expect_contains 'gagal merekam "zet"' "$WORK/err"
"$PAMONG" antrian suara siapkan --data "$DATA" >/dev/null
"$PAMONG" antrian suara --data "$DATA" >/dev/null 2>&1
expect_eq "suara without siapkan exits 2" $? 2

expect_status 200 GET /antrian/suara/A-007/3
expect_header content-type '^[^:]*: *audio/wav'
cp "$BODY" "$WORK/a.wav"
check "a PCM WAV" sh -c "file '$WORK/a.wav' | grep -q 'WAVE audio, Microsoft PCM, 16 bit, mono'"
# its length: the ten words plus the pause after the comma (200 ms)
SUM=0
for w in nomor antrean a nol nol tujuh silakan menuju loket tiga; do
	n=$(node -e 'const b=require("fs").readFileSync(process.argv[1]);let o=12;while(o+8<=b.length){const id=b.toString("latin1",o,o+4),n=b.readUInt32LE(o+4);if(id==="data"){console.log(Math.min(n,b.length-o-8));break}o+=8+n+(n&1)}' "$DATA/suara/kata/$w.wav")
	SUM=$((SUM + n))
done
RATE=$(node -e 'console.log(require("fs").readFileSync(process.argv[1]).readUInt32LE(24))' "$WORK/a.wav")
expect_eq "data size = words + pause" \
    "$(node -e 'const b=require("fs").readFileSync(process.argv[1]);console.log(b.readUInt32LE(40)+" "+(b.length-44))' "$WORK/a.wav")" \
    "$((SUM + RATE / 5 * 2)) $((SUM + RATE / 5 * 2))"
H=$(printf '%s' "Nomor antrean A nol nol tujuh, silakan menuju loket tiga" | sha256sum | cut -c1-64)
check "no call A-007 at counter 3: not cached" test ! -e "$DATA/suara/$H.wav"
expect_status 200 GET /antrian/suara/A-007/3
check "the same bytes again" cmp -s "$WORK/a.wav" "$BODY"
expect_status 200 GET /antrian/suara/KB-120/12
check "another call, another file" sh -c "! cmp -s '$WORK/a.wav' '$BODY'"
expect_status 404 GET /antrian/suara/A-007/0
expect_status 404 GET /antrian/suara/A-007/3x
expect_status 404 GET "/antrian/suara/A%2F..%2F..%2Fx/3"
expect_eq "no stray files" "$(ls "$DATA/suara" | grep -vc '^kata$\|^[0-9a-f]\{64\}\.wav$')" 0

# the event stream names the audio of each call
K=$(kios_token)
ambil "$K" DUK-01 >/dev/null
curl -s -m 20 -H "$CT" -H "Authorization: Bearer $(token loket.disdukcapil)" \
    -d '{"lokasi":"MPP-SIAK","loket":3}' "$BASE/api/v1/antrian/panggil" >/dev/null
expect_status 200 GET /antrian/layar/MPP-SIAK/acara
expect_contains '"suara":"/antrian/suara/A-001/3"' "$BODY"
H1=$(printf '%s' "Nomor antrean A nol nol satu, silakan menuju loket tiga" | sha256sum | cut -c1-64)
check "not cached before it is asked for" test ! -e "$DATA/suara/$H1.wav"
expect_status 200 GET /antrian/suara/A-001/3
cp "$BODY" "$WORK/b.wav"
check "a real call is cached per sentence" cmp -s "$WORK/b.wav" "$DATA/suara/$H1.wav"
expect_status 200 GET /antrian/suara/A-001/3
check "every display gets the same bytes" cmp -s "$WORK/b.wav" "$BODY"
expect_eq "only that file cached" "$(ls "$DATA/suara" | grep -c '\.wav$')" 1
finish
