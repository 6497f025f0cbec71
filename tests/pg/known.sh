# known.sh: the known-failing list of the PostgreSQL layer
# (tests/pg/known-failing), sourced by run.sh and by its test t0005.
# Each line "known_failing tNNNN reason".

# known_ids FILE: the ids of FILE (tNNNN, a name after a dash is
# dropped), one space apart, with a space at
# each end, so that " $id " matches any of them.  (The CI of the fifth session failed
# on t2207: its id followed a newline, not a space, and did not match.)
known_ids() {
	printf ' %s ' "$(sed -n 's/^known_failing \([^ -]*\).*/\1/p' "$1" |
	    tr '\n' ' ')"
}

# known_why FILE ID: the reason given for ID, empty if it is not listed.
known_why() {
	sed -n "s/^known_failing $2[^ ]* *//p" "$1" | head -n 1
}

# known_has IDS ID: true if ID is one of IDS (as known_ids prints them).
known_has() {
	[ -n "$2" ] || return 1
	case " $1 " in
	*" $2 "*) return 0 ;;
	*) return 1 ;;
	esac
}
