#!/bin/sh
# t1601-log-endpoints.sh: the transparency log's public endpoints.  Final
# decisions land in the log; the checkpoint is a C2SP signed note whose
# signature verifies with stock OpenSSL (Ed25519) under the key from
# /log/kunci; entries, inclusion proofs and consistency proofs verify with
# an independent RFC 9162 verifier (tlog-check.js); bad parameters are
# 400 with a galat message; /log explains it all.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
CHK="node $ROOT/tests/http/tlog-check.js"

start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
# approve one application: a final decision, and a signed document
decide() {
	kpg02 201 "$TW" && act 200 "$TO" "$NOMOR" verifikasi &&
	    expect_status 200 POST "/api/v1/permohonan/$(enc "$NOMOR")/tindakan" \
	    -H "Authorization: Bearer $TP" -H 'Content-Type: application/json' \
	    -d '{"tindakan":"setujui","passphrase":"Siak-TTE-Demo-2026"}'
}
decide
decide
decide
check "final decisions are logged" test "$(sql "SELECT count(*) FROM tlog_entry WHERE CAST(entry AS TEXT) LIKE '%\"jenis\":\"keputusan\"%'")" -ge 3
check "every entry has its node hashes" test "$(sql "SELECT count(*) FROM tlog_node WHERE level = 0")" = "$(sql "SELECT count(*) FROM tlog_entry")"

# --- the key and the checkpoint -------------------------------------------
expect_status 200 GET /log/kunci
expect_header Content-Type '^text/plain'
VKEY=$(cat "$BODY")
check "vkey is name+hash+base64" sh -c "printf '%s\n' '$VKEY' | grep -Eq '^siakkab\.go\.id/pamong/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}\$'"
check "the vkey's key ID is SHA-256(name || 0x0A || 0x01 || key)" sh -c "$CHK pem '$VKEY' >'$WORK/pub.pem'"

sleep 1.1	# a checkpoint signed in this second is not re-issued
expect_status 200 GET /log/checkpoint
expect_header Content-Type '^text/plain'
cp "$BODY" "$WORK/cp1"
SIZE1=$(sed -n 2p "$WORK/cp1")
N=$(sql "SELECT count(*) FROM tlog_entry")
check "checkpoint covers the whole log ($N)" test "$SIZE1" = "$N"
check "line 1 is the origin" test "$(sed -n 1p "$WORK/cp1")" = siakkab.go.id/pamong/log
check "line 3 is a base64 hash" sh -c "sed -n 3p '$WORK/cp1' | grep -Eq '^[A-Za-z0-9+/]{43}=\$'"
check "a blank line, then one signature line" test "$(sed -n 4p "$WORK/cp1")" = "" -a "$(wc -l <"$WORK/cp1")" = 5
check "signature line: em dash, name, base64" sh -c "sed -n 5p '$WORK/cp1' | grep -Eq '^— siakkab\.go\.id/pamong/log [A-Za-z0-9+/]{91}=\$'"
check "checkpoint kept in history" test "$(sql "SELECT count(*) FROM tlog_checkpoint WHERE size = $SIZE1")" = 1

# Ed25519 signature over the first three lines (with their newlines)
head -n 3 "$WORK/cp1" >"$WORK/msg"
sed -n 5p "$WORK/cp1" | cut -d' ' -f3 | base64 -d >"$WORK/sigid"
check "the signature starts with the key ID" test "$(head -c 4 "$WORK/sigid" | od -An -tx1 | tr -d ' \n')" = "$(printf '%s' "$VKEY" | cut -d+ -f2)"
tail -c 64 "$WORK/sigid" >"$WORK/sig"
check "openssl pkeyutl verifies the checkpoint signature" \
    openssl pkeyutl -verify -pubin -inkey "$WORK/pub.pem" -rawin \
    -in "$WORK/msg" -sigfile "$WORK/sig"
sed 's/^[0-9]*$/999/' "$WORK/msg" >"$WORK/msg2"
check "openssl rejects a changed tree size" sh -c "! openssl pkeyutl -verify -pubin -inkey '$WORK/pub.pem' -rawin -in '$WORK/msg2' -sigfile '$WORK/sig' >/dev/null 2>&1"

# --- entries and inclusion proofs -----------------------------------------
expect_status 200 GET "/log/entri?mulai=0&akhir=$SIZE1"
expect_header Content-Type '^application/json'
expect_json "j.data.length === $SIZE1 && j.data.every((e, i) => e.indeks === i && typeof e.entri === 'string')" "$BODY"
expect_json "j.data.some(e => /^\\{\"jenis\":\"keputusan\"/.test(Buffer.from(e.entri, 'base64').toString()) || /\"jenis\":\"keputusan\"/.test(Buffer.from(e.entri, 'base64').toString()))" "$BODY"
cp "$BODY" "$WORK/entries"
check "entries recompute the checkpoint's root" $CHK root "$WORK/entries" "$SIZE1" "$WORK/cp1"
check "no personal data in entries" sh -c "! node -e 'const d=JSON.parse(require(\"fs\").readFileSync(process.argv[1])).data;for(const e of d)console.log(Buffer.from(e.entri,\"base64\").toString())' '$WORK/entries' | grep -E '1408014507900001|warga'"
i=0
while [ "$i" -lt "$SIZE1" ]; do
	E=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).data[process.argv[2]].entri)' "$WORK/entries" "$i")
	expect_status 200 GET "/log/bukti-inklusi?indeks=$i&ukuran=$SIZE1"
	expect_json 'Array.isArray(j.jalur) && Object.keys(j).join() === "jalur"' "$BODY"
	check "inclusion proof of entry $i verifies independently" $CHK inclusion "$E" "$i" "$SIZE1" "$BODY" "$WORK/cp1"
	i=$((i + 1))
done
expect_status 200 GET "/log/bukti-inklusi?indeks=1&ukuran=$SIZE1"
FAKE=$(printf '{"jenis":"palsu"}' | base64)
check "other bytes do not verify at index 1" sh -c "! $CHK inclusion '$FAKE' 1 '$SIZE1' '$BODY' '$WORK/cp1'"

# --- the log grows: a new checkpoint, consistent with the first -----------
decide
sleep 1.1
expect_status 200 GET /log/checkpoint
cp "$BODY" "$WORK/cp2"
SIZE2=$(sed -n 2p "$WORK/cp2")
check "a new checkpoint after growth ($SIZE1 -> $SIZE2)" test "$SIZE2" -gt "$SIZE1"
check "both checkpoints kept" test "$(sql "SELECT count(*) FROM tlog_checkpoint WHERE size IN ($SIZE1, $SIZE2)")" = 2
expect_status 200 GET "/log/bukti-konsistensi?ukuran1=$SIZE1&ukuran2=$SIZE2"
check "consistency proof verifies independently" $CHK consistency "$SIZE1" "$SIZE2" "$WORK/cp1" "$WORK/cp2" "$BODY"
check "it does not prove a different old size" sh -c "! $CHK consistency $((SIZE1 - 1)) '$SIZE2' '$WORK/cp1' '$WORK/cp2' '$BODY'"
expect_status 200 GET "/log/bukti-konsistensi?ukuran1=$SIZE2&ukuran2=$SIZE2"
expect_json 'j.jalur.length === 0' "$BODY"
expect_status 200 GET "/log/bukti-konsistensi?ukuran1=0&ukuran2=$SIZE2"
expect_json 'j.jalur.length === 0' "$BODY"
expect_status 200 GET "/log/checkpoint"
check "not grown: the same checkpoint" cmp -s "$BODY" "$WORK/cp2"

# --- bad parameters: 400 with a galat message, nothing else --------------
for q in "/log/entri" "/log/entri?mulai=0" "/log/entri?mulai=x&akhir=2" \
    "/log/entri?mulai=-1&akhir=2" "/log/entri?mulai=2&akhir=2" \
    "/log/entri?mulai=0&akhir=$((SIZE2 + 1))" \
    "/log/entri?mulai=0&akhir=99999999999999999999" \
    "/log/bukti-inklusi?indeks=0" "/log/bukti-inklusi?indeks=$SIZE2&ukuran=$SIZE2" \
    "/log/bukti-inklusi?indeks=0&ukuran=$((SIZE2 + 1))" \
    "/log/bukti-inklusi?indeks=1.5&ukuran=3" \
    "/log/bukti-konsistensi?ukuran1=3&ukuran2=2" \
    "/log/bukti-konsistensi?ukuran1=1&ukuran2=$((SIZE2 + 1))" \
    "/log/bukti-konsistensi?ukuran2=2"; do
	expect_status 400 GET "$q"
	expect_json 'typeof j.galat.pesan === "string" && j.galat.pesan.length > 10' "$BODY"
done
expect_status 405 POST /log/checkpoint -d x=1

# --- the public page -------------------------------------------------------
expect_status 200 GET /log
expect_contains "Log Transparansi" "$BODY"
expect_contains "siakkab.go.id/pamong/log" "$BODY"
expect_contains "$(printf '%s' "$VKEY" | cut -d+ -f2)" "$BODY"
expect_contains "keputusan" "$BODY"
expect_contains "/log/bukti-inklusi" "$BODY"
finish
