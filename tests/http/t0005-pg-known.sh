#!/bin/sh
# t0005-pg-known.sh: the known-failing list of make test-pg
# (tests/pg/known.sh).  Every id of the list is known, wherever it
# stands in the file; ids that are not listed, or only a prefix of one,
# are not.  The CI of the fifth session failed because the second id of the list
# was not recognised.
. "$(dirname "$0")/test-lib.sh"
. "$ROOT/tests/pg/known.sh"

cat >"$WORK/known" <<'LIST'
# comment line, not an id
known_failing t0901 the first reason
known_failing t2207 the second reason, with known_failing t9999 inside
known_failing t3000-name a third, given with its name
LIST
ids=$(known_ids "$WORK/known")
for id in t0901 t2207 t3000; do
	if known_has "$ids" "$id"; then
		ok "known: $id is on the list"
	else
		fail "known: $id is on the list (ids: [$ids])"
	fi
done
for id in t9999 t090 t0902 comment "#" ""; do
	if known_has "$ids" "$id"; then
		fail "known: '$id' is not on the list (ids: [$ids])"
	else
		ok "known: '$id' is not on the list"
	fi
done
check "known: the reason of the second id" test \
    "$(known_why "$WORK/known" t2207)" = \
    "the second reason, with known_failing t9999 inside"
check "known: no reason for an id not listed" test \
    -z "$(known_why "$WORK/known" t9999)"
# the project's own list names each id once
dup=$(sed -n 's/^known_failing \([^ ]*\).*/\1/p' \
    "$ROOT/tests/pg/known-failing" | sort | uniq -d)
check "known: tests/pg/known-failing names each id once" test -z "$dup"
finish
