#!/bin/sh
# t1603-log-sampel.sh: the Inspektorat's commit-reveal audit sample.  The
# commitment SHA-256(seed) goes into the transparency log before anyone
# can know the seed; the reveal publishes the seed; the sample is the K
# completed applications of the period with the smallest
# HMAC-SHA256(seed, nomor), recomputed here with openssl and by
# `pamong sampel`; one Inspektorat case per sampled application.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
NOS=
for i in 1 2 3 4; do
	kpg02 201 "$TW" && act 200 "$TO" "$NOMOR" verifikasi &&
	    expect_status 200 POST "/api/v1/permohonan/$(enc "$NOMOR")/tindakan" \
	    -H "Authorization: Bearer $TP" -H 'Content-Type: application/json' \
	    -d '{"tindakan":"setujui","passphrase":"Siak-TTE-Demo-2026"}'
	NOS="$NOS $NOMOR"
done
# completed in March 2025 (WIB): 2025-03-15 10:00 WIB; one on 1 April
# 00:30 WIB, which is still 31 March in UTC but belongs to April
sql "UPDATE permohonan SET finished_at = 1742007600 WHERE state = 'selesai'"
LAST=$(echo $NOS | awk '{print $4}')
sql "UPDATE permohonan SET finished_at = 1743442200 WHERE nomor = '$LAST'"

JI=$WORK/jar-i JW=$WORK/jar-w
login inspektur "$PW" "$JI"
login warga.demo "$PW" "$JW"
expect_status 200 GET /inspektorat/sampel -b "$JI"
expect_contains "Sampel Audit Acak" "$BODY"
expect_status 403 GET /inspektorat/sampel -b "$JW"
expect_status 303 GET /inspektorat/sampel
C=$(csrf_from /inspektorat/sampel "$JI")

# invalid input: 422 with a message, nothing written
before=$(sql "SELECT count(*) FROM tlog_entry")
expect_status 422 POST /inspektorat/sampel -b "$JI" -d "csrf=$C&periode=2025-13&jumlah=2"
expect_contains "TTTT-BB" "$BODY"
expect_status 422 POST /inspektorat/sampel -b "$JI" -d "csrf=$C&periode=2099-01&jumlah=2"
expect_status 422 POST /inspektorat/sampel -b "$JI" -d "csrf=$C&periode=2025-03&jumlah=0"
expect_contains "1 sampai 500" "$BODY"
expect_status 422 POST /inspektorat/sampel -b "$JI" -d "csrf=$C&periode=2025-03&jumlah=abc"
expect_status 403 POST /inspektorat/sampel -b "$JI" -d "periode=2025-03&jumlah=2"
expect_status 403 POST /inspektorat/sampel -b "$JW" -d "csrf=$C&periode=2025-03&jumlah=2"
check "bad input wrote nothing" test "$(sql "SELECT count(*) FROM tlog_entry")" = "$before"

# commit
expect_status 303 POST /inspektorat/sampel -b "$JI" -d "csrf=$C&periode=2025-03&jumlah=2"
K=$(sql "SELECT komitmen FROM tlog_sampel WHERE periode = '2025-03'")
SEED=$(sql "SELECT lower(hex(benih)) FROM tlog_sampel WHERE periode = '2025-03'")
check "the commitment is SHA-256(seed)" test "$(printf '%s' "$SEED" | xxd -r -p | openssl dgst -sha256 -binary | od -An -tx1 | tr -d ' \n')" = "$K"
check "the commitment is the newest log entry" test "$(sql "SELECT CAST(entry AS TEXT) FROM tlog_entry ORDER BY idx DESC LIMIT 1")" = "{\"jenis\":\"sampel_komitmen\",\"jumlah\":2,\"komitmen\":\"$K\",\"periode\":\"2025-03\"}"
check "the commit is audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'sampel.komitmen' AND object_id = '2025-03'")" = 1
expect_status 200 GET /inspektorat/sampel -b "$JI"
expect_contains "$K" "$BODY"
expect_not_contains "$SEED" "$BODY"
expect_contains "Dirahasiakan" "$BODY"
expect_status 422 POST /inspektorat/sampel -b "$JI" -d "csrf=$C&periode=2025-03&jumlah=3"
expect_contains "sudah ada" "$BODY"

# reveal
expect_status 404 POST /inspektorat/sampel/buka -b "$JI" -d "csrf=$C&periode=2024-01"
expect_status 303 POST /inspektorat/sampel/buka -b "$JI" -d "csrf=$C&periode=2025-03"
check "the seed is the newest log entry" test "$(sql "SELECT CAST(entry AS TEXT) FROM tlog_entry ORDER BY idx DESC LIMIT 1")" = "{\"benih\":\"$SEED\",\"jenis\":\"sampel_buka\",\"periode\":\"2025-03\"}"
expect_status 422 POST /inspektorat/sampel/buka -b "$JI" -d "csrf=$C&periode=2025-03"

# the sample, independently: HMAC-SHA256(seed, nomor), smallest two, of the
# three completed in March 2025 WIB
for n in $(sql "SELECT nomor FROM permohonan WHERE state = 'selesai' AND finished_at >= 1740762000 AND finished_at < 1743440400"); do
	printf '%s %s\n' "$(printf '%s' "$n" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$SEED" -r | cut -d' ' -f1)" "$n"
done | sort | head -n 2 | awk '{print NR "\t" $2}' >"$WORK/want"
check "three candidates in March (WIB)" test "$(sql "SELECT count(*) FROM permohonan WHERE state = 'selesai' AND finished_at >= 1740762000 AND finished_at < 1743440400")" = 3
"$PAMONG" sampel --seed "$SEED" --periode 2025-03 --data "$DATA" >"$WORK/got" 2>"$WORK/err"
check "pamong sampel recomputes the same sample" cmp -s "$WORK/got" "$WORK/want"
expect_contains "cocok" "$WORK/err"
"$PAMONG" sampel --seed "$(printf '%064d' 0)" --periode 2025-03 --data "$DATA" >/dev/null 2>&1
check "a wrong seed does not match the commitment (exit 2)" test $? = 2
"$PAMONG" sampel --seed "$SEED" --periode 2025-04 --jumlah 5 --data "$DATA" >"$WORK/april"
check "April has the one completed on 1 April WIB" test "$(cut -f2 "$WORK/april")" = "$LAST"
expect_status 200 GET "/inspektorat/sampel?periode=2025-03" -b "$JI"
for n in $(cut -f2 "$WORK/want"); do
	expect_contains "$n" "$BODY"
done
expect_contains "$SEED" "$BODY"
check "one Inspektorat case per sampled application" test "$(sql "SELECT count(*) FROM kasus WHERE sumber = 'sampel_audit'")" = 2
check "the cases name the sampled applications" test "$(sql "SELECT group_concat(ref_id, ' ') FROM (SELECT ref_id FROM kasus WHERE sumber = 'sampel_audit' ORDER BY ref_id)")" = "$(cut -f2 "$WORK/want" | sort | tr '\n' ' ' | sed 's/ $//')"
"$PAMONG" log verify --data "$DATA" >"$WORK/out" 2>&1
check "the log still verifies" grep -q "log OK" "$WORK/out"
finish
