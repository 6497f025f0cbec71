#!/bin/sh
# p1001-tsa: in-process time-stamps per second and the cost of opening an
# officer's key, P-256 and RSA-3072.  Uses the objects of $B (default
# build; run `make build` first).  Knob: N (tokens, default 2000).
set -e
cd "$(dirname "$0")/../.."
B=${B:-build}
N=${N:-2000}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
OBJS=$(find "$B/obj" -name '*.o' ! -path "$B/obj/src/cmd/*")
cc -std=c11 -D_GNU_SOURCE -O2 -Isrc -o "$T/tsa_bench" \
    bench/p1001-tsa/tsa_bench.c $OBJS \
    -lsqlite3 -lsodium -ljansson -lcrypto -lhpdf -lqrencode
mkdir "$T/ec" "$T/rsa"
"$T/tsa_bench" "$T/ec" "$N" 0
"$T/tsa_bench" "$T/rsa" "$N" 1
