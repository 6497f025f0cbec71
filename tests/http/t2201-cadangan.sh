#!/bin/sh
# t2201-cadangan.sh: backup and restore in one command each (issue 21),
# drilled: a server under submission load is backed up; the archive is
# restored into a new directory; every application acknowledged before
# the backup started is there with its files; the restored server starts
# and serves.  Damaged, truncated, foreign and encrypted archives; the
# target that is not empty; options.  On both backends: under make
# test-pg the archive holds a pg_dump and each restore goes into a new,
# empty database (--db).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
DBFILE=pamong.db
[ -n "${PAMONG_TEST_PG:-}" ] && DBFILE=pamong.pgdump
# newdb: print the --db option of a new empty database (nothing on SQLite)
newdb() {
	[ -n "${PAMONG_TEST_PG:-}" ] || return 0
	_n=pamong_p$(od -An -N4 -tx4 /dev/urandom | tr -d ' ')
	_t_pg_createdb "$_n" >/dev/null 2>&1 || fail "create database $_n"
	echo "--db $PAMONG_TEST_PG/$_n"
}
# rsql DIR SQL: a query on a restored installation's database
rsql() {
	if [ -f "$1/db.conf" ]; then
		python3 "$ROOT/tests/http/pgsql.py" "$(cat "$1/db.conf")" "$2"
	else
		sqlite3 -batch "$1/pamong.db" "$2"
	fi
}

T=$(token warga.demo)
check "citizen signs in" test -n "$T"

# acked FILE: submit KPG-02 applications until $WORK/stop exists; the
# nomor of every 201 is appended to FILE
load() {
	while [ ! -e "$WORK/stop" ]; do
		curl -s -m 20 -o "$WORK/load.json" -w '%{http_code}' \
		    -H "Authorization: Bearer $T" -F layanan=KPG-02 \
		    -F wilayah=14.08.01.1001 -F 'isian.keperluan=Uji cadangan' \
		    -F 'isian.alamat=Jl. Sultan Syarif Kasim No. 7' \
		    -F isian.lama_tinggal=12 -F 'isian.status_tinggal=Milik sendiri' \
		    -F isian.rt_rw=001/003 -F "berkas.ktp_el=@$PDF" \
		    -F "berkas.kartu_keluarga=@$PNG" \
		    -F "berkas.surat_pengantar_rt_rw=@$JPG" \
		    "$BASE/api/v1/permohonan" >"$WORK/load.code"
		[ "$(cat "$WORK/load.code")" = 201 ] &&
		    sed -n 's/.*"nomor": *"\([^"]*\)".*/\1/p' "$WORK/load.json" \
		    >>"$1"
	done
}

: >"$WORK/acked"
load "$WORK/acked" &
LOAD=$!
i=0
while [ "$(wc -l <"$WORK/acked")" -lt 5 ] && [ $i -lt 200 ]; do
	sleep 0.1
	i=$((i + 1))
done
cp "$WORK/acked" "$WORK/before"
nbefore=$(wc -l <"$WORK/before")
check "applications acknowledged before the backup ($nbefore)" \
    test "$nbefore" -ge 5

ARC=$WORK/cadangan.tar.gz
"$PAMONG" cadangkan --data "$DATA" --ke "$ARC" >"$WORK/out" 2>&1
rc=$?
touch "$WORK/stop"
wait $LOAD
check "pamong cadangkan under load: exit 0" test $rc = 0
check "it reports the archive" grep -q "arsip *$ARC" "$WORK/out"
check "submissions went on during the backup" \
    test "$(wc -l <"$WORK/acked")" -gt "$nbefore"
check "no temporary files beside the archive" \
    test "$(ls "$WORK" | grep -c 'cadangan.tar.gz.tmp')" = 0

# what is inside: keys and files, never the root key, db.conf or the live db
tar tzf "$ARC" >"$WORK/list" 2>/dev/null
for f in $DBFILE secret.key log.key pki/ica.key pki/tsa.key manifest.json; do
	check "archive holds $f" grep -qx "$f" "$WORK/list"
done
check "archive holds the uploaded documents" grep -q '^berkas/' "$WORK/list"
for f in pki/root.key pamong.db-wal pamong.db-shm db.conf kore.conf; do
	check "archive leaves out $f" sh -c "! grep -qx '$f' '$WORK/list'"
done
check "manifest is the last member" test "$(tail -n 1 "$WORK/list")" = manifest.json

# restore into a new directory
NEW=$WORK/pulih/data
mkdir -p "$WORK/pulih"
# shellcheck disable=SC2046
"$PAMONG" pulihkan --dari "$ARC" --data "$NEW" $(newdb) >"$WORK/out" 2>&1
check "pamong pulihkan: exit 0" test $? = 0 || cat "$WORK/out" >&2
check "it says verified" grep -q "terverifikasi" "$WORK/out"
check "no staging directory left" \
    test "$(ls "$WORK/pulih" | grep -c pulih-)" = 0
check "restored audit chain verifies" \
    sh -c "'$PAMONG' audit verify --data '$NEW' >/dev/null"
check "restored transparency log verifies" \
    sh -c "'$PAMONG' log verify --data '$NEW' >/dev/null"
missing=0
while read -r n; do
	c=$(rsql "$NEW" "SELECT count(*) FROM permohonan p
	    JOIN permohonan_berkas pb ON pb.permohonan_id = p.id
	    WHERE p.nomor = '$n'")
	[ "$c" = 3 ] || missing=$((missing + 1))
done <"$WORK/before"
check "every application acknowledged before the backup is restored with 3 documents" \
    test "$missing" = 0
rsql "$NEW" "SELECT DISTINCT b.sha256 FROM permohonan_berkas pb
    JOIN berkas b ON b.sha256 = pb.sha256" >"$WORK/shas"
bad=0
while read -r h; do
	f=$NEW/berkas/$(echo "$h" | cut -c1-2)/$h
	[ "$(sha256sum <"$f" 2>/dev/null | cut -d' ' -f1)" = "$h" ] ||
	    bad=$((bad + 1))
done <"$WORK/shas"
check "every document file is restored intact ($(wc -l <"$WORK/shas"))" \
    test "$bad" = 0

# the restored installation starts and serves
S1=$SERVER_PID B1=$BASE PORT1=$PORT
_t_serve "$WORK/server2.log" http 100 env LD_PRELOAD="$(_t_preload)" \
    PAMONG_WORKERS=1 "$PAMONG" serve --data "$NEW"
P2=$PORT S2=$SERVER_PID
SERVER_PID=$S1 BASE=$B1 PORT=$PORT1
n=$(head -n 1 "$WORK/before")
check "restored server serves /layanan" \
    sh -c "curl -s -m 10 'http://127.0.0.1:$P2/layanan' | grep -q 'KPG-02'" ||
    tail -n 20 "$WORK/server2.log" >&2
T2=$(curl -s -m 20 -H 'Content-Type: application/json' \
    -d "{\"pengguna\":\"warga.demo\",\"sandi\":\"$PW\"}" \
    "http://127.0.0.1:$P2/api/v1/sesi" | sed -n 's/.*"token": *"\([^"]*\)".*/\1/p')
check "the citizen signs in on the restored server" test -n "$T2"
check "and sees an application from before the backup" \
    sh -c "curl -s -m 10 -H 'Authorization: Bearer $T2' \
    'http://127.0.0.1:$P2/api/v1/permohonan/$(enc "$n")' | grep -qF '$n'"
# stopped as test-lib stops its own (a worker that hangs is killed)
SERVER_PID=$S2
stop_server
SERVER_PID=$S1

# refusals: each exit 1, nothing left behind
refused() { # NAME ARCHIVE TARGET [ARGS]: refused, target absent, no staging
	_n=$1 _a=$2 _t=$3
	shift 3
	"$PAMONG" pulihkan --dari "$_a" --data "$_t" "$@" >"$WORK/out" 2>&1
	check "$_n: refused (exit 1)" test $? = 1
	check "$_n: a message in Indonesian" grep -q "pamong: pemulihan ditolak" "$WORK/out"
	check "$_n: nothing restored" test ! -e "$_t"
	check "$_n: no staging left" \
	    test "$(ls "$(dirname "$_t")" | grep -c pulih-)" = 0
}
sz=$(wc -c <"$ARC")
head -c $((sz / 2)) "$ARC" >"$WORK/half.tar.gz"
EMPTY=$(newdb)
# shellcheck disable=SC2086
refused "truncated archive" "$WORK/half.tar.gz" "$WORK/r1" $EMPTY
head -c $((sz - 8)) "$ARC" >"$WORK/tail.tar.gz"
# shellcheck disable=SC2086
refused "archive without its last bytes" "$WORK/tail.tar.gz" "$WORK/r2" $EMPTY
cp "$ARC" "$WORK/flip.tar.gz"
printf '\377\377\377\377' | dd of="$WORK/flip.tar.gz" bs=1 seek=$((sz / 3)) \
    conv=notrunc 2>/dev/null
# shellcheck disable=SC2086
refused "archive with damaged bytes" "$WORK/flip.tar.gz" "$WORK/r3" $EMPTY
tar czf "$WORK/other.tar.gz" -C "$ROOT" README.md
# shellcheck disable=SC2086
refused "an archive that is not a backup" "$WORK/other.tar.gz" "$WORK/r4" $EMPTY
# a member changed and the archive rebuilt: its hash betrays it
mkdir "$WORK/x"
tar xzf "$ARC" -C "$WORK/x"
echo 'palsu' >>"$WORK/x/secret.key"
(cd "$WORK/x" && tar czf "$WORK/edited.tar.gz" $(cat "$WORK/list"))
# shellcheck disable=SC2086
refused "a member edited after the backup" "$WORK/edited.tar.gz" "$WORK/r5" $EMPTY
check "and the message names the file" grep -q "secret.key" "$WORK/out"
if [ -z "${PAMONG_TEST_PG:-}" ]; then
	# a row deleted in the copied database, its size and hash in the
	# manifest made to match: the row counts no longer do
	rm -rf "$WORK/x" && mkdir "$WORK/x" && tar xzf "$ARC" -C "$WORK/x"
	sqlite3 "$WORK/x/pamong.db" "DELETE FROM notifikasi WHERE id = (SELECT max(id) FROM notifikasi)"
	node -e 'const fs = require("fs"), c = require("crypto");
	    const d = process.argv[1];
	    const m = JSON.parse(fs.readFileSync(d + "/manifest.json"));
	    const b = fs.readFileSync(d + "/pamong.db");
	    for (const e of m.berkas) if (e.jalur === "pamong.db") {
	        e.ukuran = b.length;
	        e.sha256 = c.createHash("sha256").update(b).digest("hex"); }
	    fs.writeFileSync(d + "/manifest.json", JSON.stringify(m));' "$WORK/x"
	(cd "$WORK/x" && tar czf "$WORK/rows.tar.gz" $(cat "$WORK/list"))
	refused "a database changed after the backup" "$WORK/rows.tar.gz" "$WORK/r6"
	check "and the message names the table" grep -q "notifikasi" "$WORK/out"
else
	# the target database is not empty (the server's own): refused, kept
	before_n=$(sql "SELECT count(*) FROM permohonan")
	refused "a database that is not empty" "$ARC" "$WORK/r6" \
	    --db "$(cat "$DATA/db.conf")"
	check "and it says so" grep -q "tidak kosong" "$WORK/out"
	check "that database is untouched" \
	    test "$(sql "SELECT count(*) FROM permohonan")" = "$before_n"
	refused "PostgreSQL archive without --db" "$ARC" "$WORK/r6b"
	check "it asks for --db" grep -q -- "--db" "$WORK/out"
fi
mkdir "$WORK/full" && touch "$WORK/full/x"
"$PAMONG" pulihkan --dari "$ARC" --data "$WORK/full" >"$WORK/out" 2>&1
check "a target that is not empty: refused" test $? = 1
check "the target is untouched" test "$(ls "$WORK/full")" = x
"$PAMONG" cadangkan --data "$DATA" --ke "$ARC" >"$WORK/out" 2>&1
check "an existing archive is never overwritten" test $? = 1
check "it says so" grep -q "sudah ada" "$WORK/out"

# options
"$PAMONG" cadangkan --data "$DATA" >/dev/null 2>&1
check "cadangkan without --ke: exit 2" test $? = 2
"$PAMONG" cadangkan --data "$DATA" --ke "$WORK/y.tgz" --kemana x >/dev/null 2>&1
check "cadangkan with an unknown option: exit 2" test $? = 2
"$PAMONG" pulihkan --dari "$ARC" >/dev/null 2>&1
check "pulihkan without --data: exit 2" test $? = 2
"$PAMONG" cadangkan --data "$DATA" --ke "$WORK/y.age" --penerima age1salah \
    >/dev/null 2>&1
check "a malformed age recipient: exit 2" test $? = 2
check "and no archive" test ! -e "$WORK/y.age"

# encrypted with age
if command -v age-keygen >/dev/null; then
	age-keygen -o "$WORK/id" 2>/dev/null
	age-keygen -o "$WORK/id2" 2>/dev/null
	R=$(age-keygen -y "$WORK/id")
	"$PAMONG" cadangkan --data "$DATA" --ke "$WORK/c.age" --penerima "$R" \
	    >"$WORK/out" 2>&1
	check "encrypted backup: exit 0" test $? = 0
	check "the archive is age-encrypted" \
	    sh -c "head -c 21 '$WORK/c.age' | grep -q age-encryption.org"
	check "no clear copy of the database in it" \
	    sh -c "! grep -aq 'SQLite format\\|PGDMP' '$WORK/c.age'"
	# shellcheck disable=SC2086
	refused "encrypted, no identity" "$WORK/c.age" "$WORK/r7" $EMPTY
	check "it asks for --identitas" grep -q -- "--identitas" "$WORK/out"
	# shellcheck disable=SC2086
	refused "encrypted, wrong identity" "$WORK/c.age" "$WORK/r8" \
	    --identitas "$WORK/id2" $EMPTY
	sz=$(wc -c <"$WORK/c.age")
	head -c $((sz - 30)) "$WORK/c.age" >"$WORK/ct.age"
	# shellcheck disable=SC2086
	refused "encrypted and truncated" "$WORK/ct.age" "$WORK/r9" \
	    --identitas "$WORK/id" $EMPTY
	# shellcheck disable=SC2046
	"$PAMONG" pulihkan --dari "$WORK/c.age" --data "$WORK/r10" \
	    --identitas "$WORK/id" $(newdb) >"$WORK/out" 2>&1
	check "encrypted, right identity: restored and verified" test $? = 0
	check "its audit chain verifies" \
	    sh -c "'$PAMONG' audit verify --data '$WORK/r10' >/dev/null"
else
	fail "age missing (scripts/install-deps.sh test)"
fi

stop_server
finish
