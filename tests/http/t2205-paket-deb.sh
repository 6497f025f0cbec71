#!/bin/sh
# t2205-paket-deb.sh: the Debian package (issue 21).  pamong(1) has a
# section for every subcommand of src/cmd/pamong.c; `deploy/deb/build.sh`
# (what `make deb` runs) builds the package from the normal build, its
# Depends name packages of the Debian mirror; then, as root, the package
# is installed in a clean root that leaves the host untouched: a mount,
# network and PID namespace (`unshare`, no network but loopback) with an
# overlay over the host's / whose changes live in a tmpfs.  There: dpkg
# -i, the files, user and modes, `systemd-analyze verify` of the units,
# `pamong init` as the operator would, the service started with the
# unit's ExecStart line (no systemd inside) and reached over https on
# loopback, workers running as pamong, the daily backup keeping the
# newest N, then dpkg -r and --purge keeping the data.  Needs root
# (skipped otherwise, as t2204 is).
. "$(dirname "$0")/test-lib.sh"

DEB_DIR=$ROOT/deploy/deb
# --- the man page: every subcommand (no root needed) ---
cmds=$(sed -n 's/^	{ "\([a-z]*\)", cmd_.*/\1/p' "$ROOT/src/cmd/pamong.c")
check "the subcommand table was read ($(echo $cmds | wc -w) commands)" \
    test "$(echo $cmds | wc -w)" -ge 15
missing=
for c in $cmds; do
	grep -qx "\.SS pamong $c" "$DEB_DIR/pamong.1" || missing="$missing $c"
done
check "pamong(1) has a section for every subcommand (missing:${missing:- none})" \
    test -z "$missing"
if command -v groff >/dev/null 2>&1; then
	groff -man -ww -z "$DEB_DIR/pamong.1" >"$WORK/groff.log" 2>&1
	check "pamong(1) formats without a warning" test ! -s "$WORK/groff.log"
fi

# the operator's first step with a wrong --base-url: refused before
# anything is made (it left a half-made data directory before)
"$PAMONG" init --data "$WORK/salah" --base-url https://layanan.contoh/ \
    >"$WORK/salah.log" 2>&1
rc=$?
check "init with a bad --base-url: refused (2) and nothing made" \
    test "$rc" = 2 -a ! -e "$WORK/salah"
check "it says why in Indonesian" grep -q "Alamat dasar (base URL)" "$WORK/salah.log"

if [ "$(id -u)" -ne 0 ] || [ -n "${PAMONG_TEST_PG:-}" ]; then
	ok "skipped: installing a package needs root (and runs on SQLite)"
	finish
fi
for t in unshare dpkg-deb chroot; do
	if ! command -v $t >/dev/null 2>&1; then
		ok "skipped: $t is not installed"
		finish
	fi
done

# --- the package, from the normal build beside $PAMONG's ---
B=$(dirname "$PAMONG")
case $B in */san) B=$(dirname "$B") ;; esac
if ! DEB=$(sh "$DEB_DIR/build.sh" "$B" "$WORK/deb" 0.0.1 2>"$WORK/build.log")
then
	cat "$WORK/build.log" >&2
	fail "deploy/deb/build.sh builds the package"
	finish
fi
check "pamong_0.0.1_amd64.deb is built" \
    test "$(basename "$DEB")" = pamong_0.0.1_amd64.deb
dpkg-deb -f "$DEB" Depends >"$WORK/depends"
echo "# Depends: $(cat "$WORK/depends")"
for p in kore libsqlite3-0 libsodium23 libjansson4 libarchive13 libpq5 \
    libhpdf-2.3.0 libqrencode4 libcurl4 libc6; do
	grep -q "\(^\|, \)$p\( \|,\|$\)" "$WORK/depends" ||
	    fail "Depends names $p"
done
ok "Depends names kore and the libraries pamong and pamong.so link"
nodeb=
for p in $(tr ',' '\n' <"$WORK/depends" | sed 's/(.*//; s/|.*//' | tr -d ' ')
do
	apt-cache policy "$p" 2>/dev/null | grep -q 'Candidate: [0-9]' ||
	    nodeb="$nodeb $p"
done
check "every package in Depends is in the Debian archive (not:${nodeb:- none})" \
    test -z "$nodeb"
dpkg-deb -c "$DEB" >"$WORK/contents"
for f in ./usr/bin/pamong ./usr/lib/pamong/pamong.so \
    ./usr/lib/pamong/cadangan-harian ./usr/share/man/man1/pamong.1.gz \
    ./lib/systemd/system/pamong.service \
    ./lib/systemd/system/pamong-cadangan.service \
    ./lib/systemd/system/pamong-cadangan.timer ./etc/pamong/pamong.conf \
    ./usr/share/pamong/data/wilayah-1408.csv; do
	grep -q " root/root .* $f\$" "$WORK/contents" || fail "package holds $f"
done
ok "the package holds the program, module, units, man page and data, root's"
check "nothing is installed under /var/lib/pamong (postinst makes it, empty)" \
    sh -c "! grep -q ' ./var/lib/pamong' '$WORK/contents'"

# --- the clean root: a namespace with an overlay over / ---
host_before=$(getent passwd pamong; dpkg-query -W -f='${Status}' pamong 2>&1)
NS=$WORK/ns
mkdir -p "$NS"
# a machine (or container) that cannot mount an overlay over / in a mount
# namespace cannot give a clean root: said and skipped, as without root
if ! unshare --mount sh -c "mount --make-rprivate / &&
    mount -t tmpfs -o size=16m tmpfs '$NS' && mkdir '$NS/u' '$NS/w' '$NS/r' &&
    mount -t overlay overlay -o lowerdir=/,upperdir='$NS/u',workdir='$NS/w' \
	'$NS/r'" >"$WORK/probe.log" 2>&1; then
	echo "# $(cat "$WORK/probe.log")"
	ok "skipped: no overlay over / in a mount namespace here (the package was built and checked above)"
	finish
fi
cat >"$WORK/inner.sh" <<'INNER'
#!/bin/sh
# inside the chroot: ok/FAIL lines as test-lib.sh prints them
ok() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; }
check() { _d=$1; shift; if "$@"; then ok "$_d"; else fail "$_d"; fi; }
mode() { stat -c '%a %U:%G' "$1"; }
ip link set lo up
check "dpkg -i installs the package" \
    sh -c 'dpkg -i /pamong-test/pamong.deb >/pamong-test/dpkg.log 2>&1'
check "/usr/bin/pamong 755 root" test "$(mode /usr/bin/pamong)" = "755 root:root"
check "/usr/lib/pamong/pamong.so 644 root" \
    test "$(mode /usr/lib/pamong/pamong.so)" = "644 root:root"
check "the system user pamong exists, no login shell" \
    sh -c 'getent passwd pamong | grep -q ":/var/lib/pamong:/usr/sbin/nologin$" &&
	test "$(id -u pamong)" -lt 1000'
check "/var/lib/pamong 700 pamong" \
    test "$(mode /var/lib/pamong)" = "700 pamong:pamong"
check "postinst made no data (no demo data, no database)" \
    test -z "$(ls -A /var/lib/pamong)"
check "/var/backups/pamong 700 pamong" \
    test "$(mode /var/backups/pamong)" = "700 pamong:pamong"
check "/etc/pamong/tls 700 root" test "$(mode /etc/pamong/tls)" = "700 root:root"
if command -v man >/dev/null 2>&1; then
	check "man pamong finds the page" sh -c 'man -w pamong | grep -q pamong.1'
fi
if command -v systemd-analyze >/dev/null 2>&1; then
	systemd-analyze verify /lib/systemd/system/pamong.service \
	    /lib/systemd/system/pamong-cadangan.service \
	    /lib/systemd/system/pamong-cadangan.timer \
	    >/pamong-test/verify.log 2>&1
	check "systemd-analyze verify: the units are valid" \
	    sh -c '! grep -v "^$" /pamong-test/verify.log | grep -q .'
	cat /pamong-test/verify.log | sed 's/^/# /'
fi
grep -q '^ProtectSystem=strict$' /lib/systemd/system/pamong.service &&
    grep -q '^NoNewPrivileges=yes$' /lib/systemd/system/pamong.service &&
    grep -q '^PrivateTmp=yes$' /lib/systemd/system/pamong.service &&
    grep -q '^ReadWritePaths=/var/lib/pamong$' /lib/systemd/system/pamong.service &&
    ok "the unit is hardened (ProtectSystem=strict, NoNewPrivileges, PrivateTmp)" ||
    fail "the unit is hardened"

# the operator's steps (doc/operations.md, "Installation")
check "pamong init as the service user" sh -c 'runuser -u pamong -- pamong init \
    --data /var/lib/pamong --base-url https://localhost:8443 >/pamong-test/init.log 2>&1'
check "init took its seed data from /usr/share/pamong/data" \
    grep -q "/usr/share/pamong/data" /pamong-test/init.log
check "no demo mark" test ! -e /var/lib/pamong/DEMO
mv /var/lib/pamong/pki/root.key /root/root.key
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout /etc/pamong/tls/privkey.pem -out /etc/pamong/tls/fullchain.pem \
    -days 2 -subj /CN=localhost \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" >/dev/null 2>&1
chmod 600 /etc/pamong/tls/privkey.pem
sed -i 's/^PAMONG_LISTEN=.*/PAMONG_LISTEN=127.0.0.1:8443/;
    s/^#PAMONG_WORKERS=.*/PAMONG_WORKERS=2/' /etc/pamong/pamong.conf

# the unit's ExecStart, as systemd runs it: EnvironmentFile, UMask,
# RUNTIME_DIRECTORY
exec_start=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/pamong.service)
echo "# ExecStart=$exec_start"
mkdir -m 0755 /run/pamong
(
	set -a
	. /etc/pamong/pamong.conf
	set +a
	umask 077
	export RUNTIME_DIRECTORY=/run/pamong
	eval "exec $exec_start" >/pamong-test/server.log 2>&1
) &
SPID=$!
i=0
code=000
while [ $i -lt 150 ] && kill -0 $SPID 2>/dev/null; do
	code=$(curl -s -o /pamong-test/sehat.json -w '%{http_code}' -m 5 \
	    --cacert /etc/pamong/tls/fullchain.pem https://localhost:8443/sehat)
	[ "$code" = 200 ] && break
	sleep 0.2
	i=$((i + 1))
done
check "the service started by the unit's command answers GET /sehat 200 over https" \
    test "$code" = 200
[ "$code" = 200 ] || sed 's/^/# /' /pamong-test/server.log
check "/sehat: the database answers" grep -q '"basis_data"' /pamong-test/sehat.json
check "the home page is served" sh -c 'curl -sf -m 10 \
    --cacert /etc/pamong/tls/fullchain.pem https://localhost:8443/ | grep -q Pamong'
check "Kore's workers run as pamong" \
    sh -c 'ps -eo user:20,args | grep "^pamong .*kore" | grep -qv grep'
check "the configuration went to RUNTIME_DIRECTORY" test -f /run/pamong/kore-8443.conf

# the daily backup of pamong-cadangan.service, with 2 kept
for n in 1 2 3; do
	runuser -u pamong -- env PAMONG_CADANGAN_SIMPAN=2 \
	    PAMONG_CADANGAN_DIR=/var/backups/pamong \
	    /usr/lib/pamong/cadangan-harian /var/lib/pamong \
	    >>/pamong-test/cadangan.log 2>&1 || fail "cadangan-harian run $n"
	sleep 1
done
check "the daily backup keeps the newest 2 archives" \
    test "$(ls /var/backups/pamong | grep -c '^pamong-.*\.tar\.gz$')" = 2
check "the backup removed the oldest" grep -q "dihapus" /pamong-test/cadangan.log
check "a kept archive restores and verifies" sh -c 'runuser -u pamong -- pamong \
    pulihkan --dari "$(ls -1 /var/backups/pamong/*.tar.gz | tail -1)" \
    --data /var/backups/pamong/uji >/pamong-test/pulihkan.log 2>&1'
rm -rf /var/backups/pamong/uji

kill $SPID
i=0
while kill -0 $SPID 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
check "the service stops on SIGTERM" sh -c "! kill -0 $SPID 2>/dev/null"

# reinstalling over the data: postinst migrates (nothing pending), data kept
check "dpkg -i over an installation (postinst runs pamong migrate)" \
    sh -c 'dpkg -i /pamong-test/pamong.deb >/pamong-test/dpkg2.log 2>&1'
check "dpkg -r removes the program" \
    sh -c 'dpkg -r pamong >/pamong-test/dpkg-r.log 2>&1 && test ! -e /usr/bin/pamong'
check "dpkg -r keeps the data, the backups and the configuration" \
    sh -c 'test -f /var/lib/pamong/pamong.db && test -f /etc/pamong/pamong.conf &&
	test "$(ls /var/backups/pamong | wc -l)" = 2'
check "dpkg --purge removes the configuration" \
    sh -c 'dpkg --purge pamong >/pamong-test/dpkg-p.log 2>&1 &&
	test ! -e /etc/pamong/pamong.conf'
check "dpkg --purge keeps the data, the backups, the TLS files and the user" \
    sh -c 'test -f /var/lib/pamong/pamong.db && test -f /var/lib/pamong/secret.key &&
	test -f /etc/pamong/tls/privkey.pem && getent passwd pamong >/dev/null'
# apt resolves what the package needs from the Debian archive: with kore
# gone from this root, apt would install it with the package
dpkg --purge kore >/dev/null 2>&1
apt-get -s -o Debug::NoLocking=1 install /pamong-test/pamong.deb \
    >/pamong-test/apt.log 2>&1
check "apt install ./pamong_*.deb pulls kore from the archive" \
    sh -c 'grep -q "^Inst kore " /pamong-test/apt.log &&
	grep -q "^Inst pamong " /pamong-test/apt.log'
INNER
cat >"$WORK/ns.sh" <<NSEOF
set -e
mount --make-rprivate /
mount -t tmpfs -o size=1g tmpfs "$NS"
mkdir "$NS/up" "$NS/wk" "$NS/root"
mount -t overlay overlay -o lowerdir=/,upperdir=$NS/up,workdir=$NS/wk "$NS/root"
mount -t proc proc "$NS/root/proc"
mount --rbind /dev "$NS/root/dev"
mount -t tmpfs -o mode=0755 tmpfs "$NS/root/run"
mount -t tmpfs -o mode=1777 tmpfs "$NS/root/tmp"
# a root of the host's packages without this one (an earlier install)
mkdir -p "$NS/root/pamong-test"
cp "$DEB" "$NS/root/pamong-test/pamong.deb"
cp "$WORK/inner.sh" "$NS/root/pamong-test/inner.sh"
set +e
env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    chroot "$NS/root" sh /pamong-test/inner.sh
for f in dpkg.log init.log cadangan.log pulihkan.log apt.log; do
	echo "# --- \$f"
	sed 's/^/# /' "$NS/root/pamong-test/\$f" 2>/dev/null | tail -n 15
done
NSEOF
unshare --mount --net --pid --fork sh "$WORK/ns.sh" >"$WORK/ns.log" 2>&1
cat "$WORK/ns.log"
np=$(grep -c '^ok   - ' "$WORK/ns.log")
nf=$(grep -c '^FAIL - ' "$WORK/ns.log")
T_PASS=$((T_PASS + np))
T_FAIL=$((T_FAIL + nf))
check "the clean root ran its checks (at least 25)" test "$np" -ge 25
host_after=$(getent passwd pamong; dpkg-query -W -f='${Status}' pamong 2>&1)
check "the host is unchanged (no user pamong added, package state as before)" \
    test "$host_before" = "$host_after"
finish
