#!/bin/sh
# build.sh B OUTDIR VERSION: pamong_VERSION_amd64.deb from $B/pamong and
# $B/pamong.so (`make build`) with dpkg-deb, into OUTDIR; prints its path.
# Called by `make deb`.  Nothing is downloaded.  Depends: is computed
# from the two ELF files with dpkg-shlibdeps (dpkg-dev), else with ldd
# and dpkg -S, plus what Pamong runs (kore) and what postinst uses.
set -eu
B=${1:?B}
OUT=${2:?OUTDIR}
VERSION=${3:?VERSION}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
case $B in /*) ;; *) B=$ROOT/$B ;; esac
for f in "$B/pamong" "$B/pamong.so"; do
	[ -f "$f" ] || { echo "build.sh: $f tidak ada; jalankan make build" >&2; exit 1; }
done
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
ST=$(mktemp -d "${TMPDIR:-/tmp}/pamong-deb.XXXXXX")
trap 'rm -rf "$ST"' EXIT
P=$ST/pkg
umask 022

install -d "$P/DEBIAN" "$P/usr/bin" "$P/usr/lib/pamong" \
    "$P/usr/share/pamong/data" "$P/usr/share/man/man1" \
    "$P/usr/share/doc/pamong" "$P/lib/systemd/system" "$P/etc/pamong"
install -m 0755 "$B/pamong" "$P/usr/bin/pamong"
install -m 0644 "$B/pamong.so" "$P/usr/lib/pamong/pamong.so"
install -m 0755 "$HERE/cadangan-harian" "$P/usr/lib/pamong/cadangan-harian"
# debug information stays in the build tree
strip --strip-debug "$P/usr/bin/pamong" "$P/usr/lib/pamong/pamong.so"
for f in "$ROOT"/data/*; do
	install -m 0644 "$f" "$P/usr/share/pamong/data/"
done
gzip -9n <"$HERE/pamong.1" >"$P/usr/share/man/man1/pamong.1.gz"
chmod 0644 "$P/usr/share/man/man1/pamong.1.gz"
for f in "$ROOT"/doc/*.md; do
	install -m 0644 "$f" "$P/usr/share/doc/pamong/"
done
install -m 0644 "$HERE/copyright" "$P/usr/share/doc/pamong/copyright"
for u in pamong.service pamong-cadangan.service pamong-cadangan.timer; do
	install -m 0644 "$HERE/$u" "$P/lib/systemd/system/$u"
done
install -m 0644 "$HERE/pamong.conf" "$P/etc/pamong/pamong.conf"
for s in postinst prerm postrm; do
	install -m 0755 "$HERE/$s" "$P/DEBIAN/$s"
done
echo /etc/pamong/pamong.conf >"$P/DEBIAN/conffiles"

# the shared libraries' packages, with the versions their symbols need
shlibs=
if command -v dpkg-shlibdeps >/dev/null 2>&1; then
	mkdir -p "$ST/src/debian"
	printf 'Source: pamong\n\nPackage: pamong\nArchitecture: amd64\n' \
	    >"$ST/src/debian/control"
	shlibs=$(cd "$ST/src" && dpkg-shlibdeps -O \
	    "$P/usr/bin/pamong" "$P/usr/lib/pamong/pamong.so" 2>/dev/null |
	    sed -n 's/^shlibs:Depends=//p')
fi
if [ -z "$shlibs" ]; then
	shlibs=$(ldd "$P/usr/bin/pamong" "$P/usr/lib/pamong/pamong.so" |
	    awk '$2 == "=>" && $3 ~ /^\// { print $3 }' | sort -u |
	    while read -r lib; do
		dpkg -S "$(readlink -f "$lib")" 2>/dev/null ||
		    dpkg -S "$lib" 2>/dev/null || true
	    done | cut -d: -f1 | sort -u | paste -sd, - | sed 's/,/, /g')
fi
[ -n "$shlibs" ] || { echo "build.sh: Depends tidak dapat dihitung" >&2; exit 1; }
DEPENDS="$shlibs, kore, passwd, util-linux"
SIZE=$(du -sk --exclude=DEBIAN "$P" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$SIZE/" \
    -e "s/@DEPENDS@/$DEPENDS/" "$HERE/control.in" >"$P/DEBIAN/control"
(cd "$P" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' |
    sort -z | xargs -0 md5sum) >"$P/DEBIAN/md5sums"
DEB=$OUT/pamong_${VERSION}_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$P" "$DEB" >/dev/null
echo "$DEB"
