#!/bin/sh
# install-deps.sh: install the Debian packages Pamong needs to build, run and test.
# With no argument: build + run packages. With "test": also the test and bench tools.
# With "fuzz": also clang and its libFuzzer/sanitizer runtimes (make fuzz).
# With "ha": also Patroni, etcd, HAProxy and nftables (make test-ha, deploy/ha/).
# Uses apt-get when run as root; otherwise prints the one sudo line to run.
set -eu

RUN_PKGS="kore libcurl4-openssl-dev libhpdf-dev libqrencode-dev libxlsxwriter-dev espeak-ng libsqlite3-dev sqlite3 libpq-dev libsodium-dev libjansson-dev libssl-dev libarchive-dev pkg-config gcc make curl openssl"
FUZZ_PKGS="clang libclang-rt-14-dev llvm"
HA_PKGS="patroni python3-psycopg2 python3-etcd python3-etcd3 etcd-server etcd-client haproxy nftables"
TEST_PKGS="libcmocka-dev python3-aiosmtpd postgresql-15 clang-format nginx-light wrk chromium nodejs npm poppler-utils libnss3-tools qpdf zbar-tools libxml2-utils age dpkg-dev groff-base iproute2 faketime pgbackrest"

pkgs=$RUN_PKGS
[ "${1:-}" = "test" ] && pkgs="$pkgs $TEST_PKGS"
[ "${1:-}" = "fuzz" ] && pkgs="$pkgs $FUZZ_PKGS"
[ "${1:-}" = "ha" ] && pkgs="$pkgs $TEST_PKGS $HA_PKGS"

missing=""
for p in $pkgs; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
# node/npm may come from elsewhere (nodesource, nvm); accept a working binary.
case "$missing" in *" nodejs"*|*" npm"*)
	if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
		missing=$(echo "$missing" | sed 's/ nodejs//; s/ npm//')
	fi ;;
esac

[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
	echo "pamong: memasang paket:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	apt-get install -y -qq --no-install-recommends $missing
else
	echo "pamong: paket yang belum terpasang. Jalankan:"
	echo "  sudo apt-get install -y$missing"
	exit 1
fi
