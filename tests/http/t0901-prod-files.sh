#!/bin/sh
# t0901-prod-files.sh: file modes and production start checks (issue 12
# items 9 and 10).
#  - pamong.db and its -wal and -shm are created 0600, and `pamong migrate`
#    tightens an older 0644 database;
#  - `serve --prod` refuses a pamong.so that anyone but root can change
#    (the file, its owner, a directory above it), and refuses to start
#    while pki/root.key is still in the data directory (the workers'
#    chroot); each time with an Indonesian reason and exit status 1.
. "$(dirname "$0")/test-lib.sh"

# --- item 10: database file modes (any user) --------------------------------
D1=$WORK/d1
"$PAMONG" init --data "$D1" >"$WORK/init1.log" 2>&1 || fail "pamong init"
check "a new pamong.db is 0600" test "$(stat -c %a "$D1/pamong.db")" = 600
for f in pamong.db-wal pamong.db-shm; do
	[ -e "$D1/$f" ] || continue
	check "a new $f is 0600" test "$(stat -c %a "$D1/$f")" = 600
done
check "secret.key stays 0600" test "$(stat -c %a "$D1/secret.key")" = 600
check "log.key stays 0600" test "$(stat -c %a "$D1/log.key")" = 600
# an install made before the fix: 0644 files are tightened on the next open
chmod 644 "$D1/pamong.db"
: >"$D1/pamong.db-wal"
chmod 644 "$D1/pamong.db-wal"
"$PAMONG" migrate --data "$D1" >"$WORK/mig.log" 2>&1 || fail "pamong migrate"
check "pamong migrate tightens pamong.db to 0600" \
    test "$(stat -c %a "$D1/pamong.db")" = 600
# SQLite removes the -wal when the last connection closes; if it stays,
# it must be 0600 as well
check "and an existing -wal to 0600 (or SQLite removed it)" sh -c \
    "! test -e '$D1/pamong.db-wal' || test \"\$(stat -c %a '$D1/pamong.db-wal')\" = 600"

# --- item 9: serve --prod (root only) ---------------------------------------
prod_prepare
check "openssl made a certificate" prod_newcert
cp "$TLS/cert.pem" "$WORK/ca.pem"
export CURL_CA_BUNDLE="$WORK/ca.pem"
check "init --demo made pamong.db 0600" test "$(stat -c %a "$DATA/pamong.db")" = 600

# refused CLI ARGS...: `CLI serve --prod` exits 1 at once, before Kore runs
refused() {
	_cli=$1
	shift
	timeout 20 "$_cli" serve --data "$DATA" --prod --cert "$TLS/cert.pem" \
	    --key "$TLS/key.pem" --user "$PUSER" --run-dir "$RUN" \
	    --listen 127.0.0.1:1 >"$WORK/refuse" 2>&1
	_rc=$?
	check "refused with exit status 1 (got $_rc)" test "$_rc" = 1
}

# the root CA key in the data directory
cp "$WORK/root.key" "$DATA/pki/root.key"
chown "$PUSER": "$DATA/pki/root.key"
refused "$(_t_prod_pamong)"
expect_contains "kunci root CA" "$WORK/refuse"
expect_contains "shred -u $(cd "$DATA" && pwd -P)/pki/root.key" "$WORK/refuse"
rm -f "$DATA/pki/root.key"

# a copy of the program with its module, in a root-owned directory
B=$WORK/modtest/bin
mkdir -p "$B"
chmod 755 "$WORK/modtest" "$B"
cp "$PAMONG" "$(dirname "$PAMONG")/pamong.so" "$B/"
chown -R root:root "$WORK/modtest"
chmod 755 "$B/pamong" "$B/pamong.so"
RB=$(cd "$B" && pwd -P)

chmod 775 "$B/pamong.so"
refused "$B/pamong"
expect_contains "Modul $RB/pamong.so dimiliki uid 0 dengan izin 0775" "$WORK/refuse"
expect_contains "chown root:root $RB/pamong.so && chmod go-w $RB/pamong.so" "$WORK/refuse"
chmod 755 "$B/pamong.so"

chown "$PUSER" "$B/pamong.so"
refused "$B/pamong"
expect_contains "Modul $RB/pamong.so dimiliki uid $PUID" "$WORK/refuse"
chown root "$B/pamong.so"

chmod 777 "$B"
refused "$B/pamong"
expect_contains "Direktori $RB dimiliki uid 0 dengan izin 0777" "$WORK/refuse"
chmod 755 "$B"

chown "$PUSER" "$WORK/modtest"
refused "$B/pamong"
expect_contains "Direktori $(dirname "$RB") dimiliki uid $PUID" "$WORK/refuse"
chown root "$WORK/modtest"

# a symlink to the module is followed and the target checked
mv "$B/pamong.so" "$WORK/modtest/real.so"
ln -s ../real.so "$B/pamong.so"
chmod 666 "$WORK/modtest/real.so"
refused "$B/pamong"
expect_contains "Modul $(dirname "$RB")/real.so" "$WORK/refuse"
chmod 755 "$WORK/modtest/real.so"

# all in order: the copy starts and serves (sticky /tmp above is fine)
rm -f "$B/pamong.so"
mv "$WORK/modtest/real.so" "$B/pamong.so"
PAMONG=$B/pamong start_prod_server
expect_status 200 GET /
sleep 1
check "pamong.db is still 0600 under the server" \
    test "$(stat -c %a "$DATA/pamong.db")" = 600
for f in pamong.db-wal pamong.db-shm; do
	[ -e "$DATA/$f" ] || continue
	check "$f is 0600 under the server" test "$(stat -c %a "$DATA/$f")" = 600
done
finish
