#!/bin/sh
# run.sh: PAdES signing throughput, Pamong's own signer against poppler's
# `pdfsig -add-signature`, in the same run on the same letters.
#
# 1. Builds the normal (-O2) objects (make B=$B build) and links
#    bench_sign.c against them (every object but src/cmd/).
# 2. bench_sign DIR N: renders N distinct letters, signs all N as PAdES
#    B-B and all N as B-T (time-stamp from Pamong's own TSA in-process,
#    pki_tsa_cb), verifies every B-T result; one process, one thread.
# 3. pdfsig: the same signer certificate and key imported into an NSS
#    database (pk12util), then `pdfsig -nssdir DB -add-signature -nick
#    budi unsigned.pdf out.pdf` once per document until PDFSIG_N
#    succeeded (one process per document, as a command-line signer is
#    used).  pdfsig 22.12 often fails with "signDocument: unable update
#    signature" on these ECDSA-signed letters; a failed run did the same
#    work, so every run counts as one document and failures are printed.
# 4. Prints docs/s for each, per core (CPU time), and the ratio
#    Pamong B-T / pdfsig, and checks one B-T result with pdfsig.
# Results are not recorded automatically: copy them into bench/README.md.
#
# Environment: B (build directory, default build), N (2000), PDFSIG_N (20).
set -u

cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
B=${B:-build}
N=${N:-2000}
PDFSIG_N=${PDFSIG_N:-20}
HERE=$ROOT/bench/p0003-sign
WORK=$(mktemp -d "${TMPDIR:-/tmp}/pamong-bench-sign.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

die() { echo "bench: $*" >&2; exit 1; }
for t in pdfsig certutil pk12util openssl cc; do
	command -v $t >/dev/null || die "$t missing (scripts/install-deps.sh test)"
done

make -s B="$B" -j2 build >"$WORK/make.log" 2>&1 ||
    { tail -20 "$WORK/make.log"; die "make build failed"; }
# shellcheck disable=SC2046
cc -std=c11 -D_GNU_SOURCE -O2 -Isrc -Isrc/mod/dokumen/tests \
    -o "$WORK/bench_sign" "$HERE/bench_sign.c" \
    $(find "$B/obj" -name '*.o' ! -path '*/obj/src/cmd/*') \
    -lsqlite3 -lsodium -ljansson -lcrypto -lhpdf -lqrencode ||
    die "cannot link bench_sign"

echo "== Pamong: N=$N letters, one process, one thread ($(nproc) cores)"
mkdir -p "$WORK/pki" "$WORK/data"
"$WORK/bench_sign" "$WORK" "$N" >"$WORK/ours.txt" ||
    { cat "$WORK/ours.txt"; die "bench_sign failed"; }
cat "$WORK/ours.txt"

# NSS database: root trusted, the same signer key and certificate as "budi"
PKI=$WORK/pki
DB=$WORK/nssdb
mkdir -p "$DB"
certutil -N -d "sql:$DB" --empty-password >/dev/null 2>&1 &&
    certutil -A -d "sql:$DB" -n root -t "CT,C,C" -a -i "$PKI/root.pem" &&
    openssl pkcs12 -export -inkey "$PKI/signer.key" -in "$PKI/signer.pem" \
    -certfile "$PKI/ica.pem" -name budi -passout pass:bench \
    -out "$WORK/signer.p12" &&
    pk12util -i "$WORK/signer.p12" -d "sql:$DB" -W bench -K "" \
    >/dev/null 2>&1 || die "NSS database setup failed"

echo "== pdfsig -add-signature: $PDFSIG_N documents, one process each"
mkdir -p "$WORK/pdfsig"
s=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o "$WORK/pdfsig.cpu" sh -c '
	i=0 tries=0 failed=0
	while [ $i -lt "$1" ] && [ $tries -lt $(($1 * 5)) ]; do
		tries=$((tries + 1))
		if pdfsig -nssdir "sql:$2" -add-signature -nick budi \
		    "$3" "$4/$i.pdf" >/dev/null 2>&1; then
			i=$((i + 1))
		else
			failed=$((failed + 1))
		fi
	done
	echo "$tries $failed" >"$4/tries"' sh "$PDFSIG_N" "$DB" \
    "$WORK/unsigned.pdf" "$WORK/pdfsig"
e=$(date +%s.%N)
read -r TRIES FAILED <"$WORK/pdfsig/tries"
[ -f "$WORK/pdfsig/0.pdf" ] || die "pdfsig -add-signature never succeeded"
echo "pdfsig runs: $TRIES, of which $FAILED failed with \"signDocument:" \
    "unable update signature\" (each run counts as one document below)"
pdfsig -nssdir "sql:$DB" "$WORK/pdfsig/0.pdf" 2>/dev/null |
    grep -q "Signature is Valid." || die "pdfsig's own signature is not valid"
pdfsig -nssdir "sql:$DB" "$WORK/bt.pdf" >"$WORK/check.txt" 2>/dev/null
for t in "ETSI.CAdES.detached" "Total document signed" \
    "Signature is Valid." "Certificate is Trusted."; do
	grep -qF "$t" "$WORK/check.txt" || die "pdfsig on Pamong's B-T: no '$t'"
done
echo "pdfsig on a Pamong B-T document: ETSI.CAdES.detached, Total document" \
    "signed, Valid, Trusted"

awk -v n="$TRIES" -v s="$s" -v e="$e" -v size="$(wc -c <"$WORK/pdfsig/0.pdf")" \
    -v cpu="$(cat "$WORK/pdfsig.cpu")" '
BEGIN {
	split(cpu, c, " ")
	wall = n / (e - s); percore = n / (c[1] + c[2])
	printf "%-8s %6d docs  %8.1f docs/s (wall)  %8.1f docs/s per core (CPU)  %6.3f ms/doc  %d bytes\n",
	    "pdfsig", n, wall, percore, 1000 * (c[1] + c[2]) / n, size
	print wall, percore > "/dev/stderr"
}' 2>"$WORK/pdfsig.rate"

read -r pw pc <"$WORK/pdfsig.rate"
awk -v pw="$pw" -v pc="$pc" '$1 == "B-T" {
	printf "ratio B-T/pdfsig: %.1fx (wall), %.1fx (per core, CPU)\n",
	    $4 / pw, $7 / pc
	printf "target >= 500 B-T docs/s per core: %s; >= 20x pdfsig: %s\n",
	    ($7 >= 500 ? "met" : "NOT met"), ($7 / pc >= 20 ? "met" : "NOT met")
}' "$WORK/ours.txt"
