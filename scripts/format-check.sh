#!/bin/sh
# format-check.sh: every C file of src/, tests/unit/ and fuzz/ is as
# clang-format (.clang-format at the root) would write it.  `make format`
# rewrites them; `make format-check` runs this, and so does make test
# (tests/run-all.sh).
#
# Prints one "not ok" line per file that differs (with the first lines of
# the difference), the count of files, and ends with "1 passed, 0 failed"
# (or "0 passed, 1 failed") like every layer: the tree is one check.
set -u
cd "$(dirname "$0")/.." || exit 1
CF=${CLANG_FORMAT:-clang-format}
if ! command -v "$CF" >/dev/null 2>&1; then
	echo "not ok - $CF is installed (scripts/install-deps.sh test)"
	echo "0 passed, 1 failed"
	exit 1
fi
pass=0
fail=0
for f in $(git ls-files 'src/*.[ch]' 'tests/unit/*.[ch]' 'fuzz/*.[ch]' \
    2>/dev/null || find src tests/unit fuzz -name '*.[ch]'); do
	if "$CF" --style=file "$f" | cmp -s - "$f"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		echo "not ok - $f is formatted (make format)"
		"$CF" --style=file "$f" | diff -u "$f" - | sed -n '3,12p' |
		    sed 's/^/    /'
	fi
done
# one check for the whole tree, so the suite's totals count tests, not files
echo "$pass files as clang-format writes them, $fail not"
if [ "$fail" -eq 0 ]; then
	echo "1 passed, 0 failed"
else
	echo "0 passed, 1 failed"
	exit 1
fi
