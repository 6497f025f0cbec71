#!/bin/sh
# t0003-cli-options.sh: the pamong command line refuses what it does not
# know.  For every subcommand an unknown option, a missing value, a
# repeated option or a stray word is an error: "pamong: MESSAGE", the
# command's usage lines, exit 2, and nothing done.  `pamong help` prints
# the usage (exit 0), an unknown command is exit 2.
. "$(dirname "$0")/test-lib.sh"

OUT=$WORK/out
ERR=$WORK/err
D=$WORK/none		# must never be created
F=$WORK/none.csv	# a file argument (never read)

# refused MESSAGE USAGE ARGS...: pamong ARGS exits 2, stderr has
# "pamong: MESSAGE" and the usage line USAGE, stdout is empty.
refused() {
	_msg=$1 _use=$2
	shift 2
	"$PAMONG" "$@" >"$OUT" 2>"$ERR" </dev/null
	_rc=$?
	if [ "$_rc" = 2 ] && grep -qF -- "pamong: $_msg" "$ERR" &&
	    grep -qF -- "$_use" "$ERR" && grep -qF "Penggunaan:" "$ERR" &&
	    [ ! -s "$OUT" ]; then
		ok "pamong $* -> exit 2, $_msg"
	else
		fail "pamong $*: exit $_rc, want 2 with '$_msg' and '$_use';" \
		    "stderr: $(head -c 400 "$ERR")"
	fi
}

# each subcommand: its words, valid options (split on spaces), an option
# that takes a value, and its usage line (from the table in
# src/cmd/pamong.c).  Fields are separated by '|'.
while IFS='|' read -r words rest opt use; do
	[ -n "$words" ] || continue
	# shellcheck disable=SC2086
	set -- $words $rest
	refused "opsi tidak dikenal: --dbx" "$use" "$@" --dbx URL
	refused "opsi tidak dikenal: --bogus" "$use" "$@" --bogus
	refused "argumen tidak dikenal: sisa" "$use" "$@" sisa
	# shellcheck disable=SC2086
	set -- $words
	refused "opsi $opt memerlukan nilai" "$use" "$@" "$opt"
	refused "opsi $opt memerlukan nilai" "$use" "$@" "$opt" --demo
	refused "opsi $opt diberikan lebih dari sekali" "$use" "$@" \
	    "$opt" a "$opt" b
done <<EOF
init|--data $D|--data|pamong init --data DIR [--demo]
migrate|--data $D|--data|pamong migrate --data DIR
db copy|--data $D --to postgresql://u@127.0.0.1:1/db|--to|pamong db copy --data DIR --to postgresql://USER@HOST:PORT/DB
serve|--data $D|--listen|pamong serve --data DIR [--listen HOST:PORT]
user add|--data $D --username u --role operator --password-stdin|--role|pamong user add --data DIR --username NAME --role ROLE
user list|--data $D|--data|pamong user list --data DIR
wilayah import|--data $D $F|--data|pamong wilayah import --data DIR FILE.csv
demo remove|--data $D|--data|pamong demo remove --data DIR
tick|--data $D|--now|pamong tick --data DIR [--now YYYY-MM-DD]
audit verify|--data $D|--head|pamong audit verify --data DIR [--head ID:HASH]
audit head|--data $D|--data|pamong audit head --data DIR
pki init|--data $D|--base-url|pamong pki init --data DIR [--rsa]
pki root|--data $D|--data|pamong pki root --data DIR
pki enroll|--data $D --username u --passphrase-stdin|--username|pamong pki enroll --data DIR --username NAME
pki revoke|--data $D --serial 01 --reason 1|--why|pamong pki revoke --data DIR --serial HEX
pki list|--data $D|--data|pamong pki list --data DIR
verify|$WORK/none.pdf --data $D|--data|pamong verify FILE.pdf [--data DIR]
spbe skor|$F|--kerangka|pamong spbe skor FILE.csv [--kerangka FILE]
ikm|--csv $F|--bobot|pamong ikm --csv FILE [--bobot 0.11]
log verify|--data $D|--checkpoint|pamong log verify --data DIR [--checkpoint FILE]
log verify|--url http://127.0.0.1:1|--url|pamong log verify --url URL
log checkpoint|--data $D|--data|pamong log checkpoint --data DIR
sampel|--seed 00 --periode 2025-03 --data $D|--jumlah|pamong sampel --seed HEX --periode YYYY-MM --data DIR
nik periksa|--data $D --petugas p --akun a --lahir 2000-01-01|--lahir|pamong nik periksa --data DIR --petugas NAMA
EOF

# options of one subcommand are not options of its sibling
refused "opsi tidak dikenal: --head" "pamong audit head --data DIR" \
    audit head --data "$D" --head 1:ab
refused "opsi tidak dikenal: --url" "pamong log checkpoint --data DIR" \
    log checkpoint --url http://127.0.0.1:1
refused "opsi tidak dikenal: --rsa" "pamong pki root --data DIR" \
    pki root --data "$D" --rsa
refused "opsi tidak dikenal: --password" "--password-stdin" \
    user add --data "$D" --username u --role operator --password rahasia
refused "opsi tidak dikenal: --data=$D" "pamong migrate --data DIR" \
    migrate --data="$D"
refused "opsi tidak dikenal: -d" "pamong init --data DIR" init -d "$D"

# init --db takes only a postgresql:// URL, checked before anything is made
refused "opsi --db harus URL postgresql://USER@HOST:PORT/DB: URL" \
    "pamong init --data DIR [--demo]" init --data "$D" --db URL
refused "opsi --db harus URL postgresql://" "pamong init --data DIR" \
    init --data "$D" --db "sqlite:///tmp/x"
# a second positional word, and a missing one
refused "argumen tidak dikenal: b.csv" "pamong spbe skor FILE.csv" \
    spbe skor a.csv b.csv
refused "argumen tidak dikenal: b.csv" "pamong wilayah import --data DIR" \
    wilayah import --data "$D" a.csv b.csv
refused "berkas FILE.csv wajib" "pamong wilayah import --data DIR" \
    wilayah import --data "$D"
refused "berkas FILE.csv wajib" "pamong spbe skor FILE.csv" spbe skor
refused "berkas FILE.pdf wajib" "pamong verify FILE.pdf" verify --data "$D"

# subcommand words
for c in user wilayah demo audit pki spbe log nik; do
	refused "subperintah wajib" "pamong $c " "$c"
	refused "subperintah tidak dikenal: frob" "pamong $c " "$c" frob
done
refused "subperintah tidak dikenal: --data" "pamong user list --data DIR" \
    user --data "$D"

# unknown commands and help
refused "perintah tidak dikenal: frob" "pamong nik periksa" frob
refused "perintah tidak dikenal: --data" "pamong init --data DIR" \
    --data "$D"
"$PAMONG" >"$OUT" 2>"$ERR"
check "pamong without a command is exit 2" test $? = 2
expect_contains "pamong init --data DIR" "$ERR"
for h in help --help -h; do
	"$PAMONG" $h >"$OUT" 2>"$ERR"
	check "pamong $h is exit 0" test $? = 0
	expect_contains "pamong serve --prod --data DIR" "$OUT"
	check "pamong $h: nothing on stderr" test ! -s "$ERR"
done
"$PAMONG" pki --help >"$OUT" 2>"$ERR"
check "pamong pki --help is exit 0" test $? = 0
"$PAMONG" init --data "$D" --help >"$OUT" 2>"$ERR"
check "pamong init --data D --help is exit 0" test $? = 0
expect_contains "pamong init --data DIR [--demo]" "$OUT"

# nothing was done by any of the refused commands
check "init --data D --db URL created nothing (no $D)" test ! -e "$D"
check "no file argument was created" test ! -e "$F"

finish
