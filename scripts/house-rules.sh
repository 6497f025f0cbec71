#!/bin/sh
# house-rules.sh: check the shape of the tree (issue 13, doc/architecture.md).
#
# Enforced rules (a break fails `make test`):
#   kore      only src/http/kore.c includes Kore's headers
#   mods      every folder under src/mod/ has its descriptor (module.c
#             defining `const struct module mod_<name>`)
#   migr      migrations live only in src/mod/*/migrations/, numbered once
#   jobs      timed jobs run only through jobs_run() (kernel/jobs.c): the
#             server and `pamong tick` call no job function directly
#             (`pamong log checkpoint` signs one on request, not a job)
#   msgs      src/lib/msg.def holds no module-prefixed message
#   cross     a module includes another module only by its headers (never
#             its .c files)
#   sql       only src/store/ and src/mod/*/sql.c hold SQL text
# Open rules (reported with their count until they reach zero, then made
# enforced):
#   kernel    includes of src/mod/ from src/kernel, src/http, src/store
#
# Prints one "ok"/"FAIL" line per enforced rule, "open" lines, and ends
# with "N passed, N failed" (read by tests/run-all.sh).
set -u
cd "$(dirname "$0")/.." || exit 1
pass=0
fail=0
rule() {	# rule NAME DESCRIPTION COMMAND...: COMMAND prints offenders
	_n=$1 _d=$2
	shift 2
	_out=$("$@")
	if [ -z "$_out" ]; then
		echo "ok   $_n: $_d"
		pass=$((pass + 1))
	else
		echo "FAIL $_n: $_d"
		echo "$_out" | sed 's/^/     /'
		fail=$((fail + 1))
	fi
}

kore() {
	grep -rlE '#include <kore/' src | grep -v '^src/http/kore.c$'
}
mods() {
	for d in src/mod/*/; do
		n=$(basename "$d")
		grep -q "^const struct module mod_$n = {" "$d/module.c" \
		    2>/dev/null || echo "$d: no mod_$n in module.c"
	done
}
migr() {
	find src -name '*.sql' | grep -v '^src/mod/[a-z_]*/migrations/[0-9]\{4\}-[a-z0-9-]*\.sql$'
	find src/mod -name '[0-9][0-9][0-9][0-9]-*.sql' | sed 's|.*/||' |
	    cut -c1-4 | sort | uniq -d | sed 's/^/duplicate number /'
}
jobs() {
	grep -nE '\b(application_tick|pengaduan_tick|tlog_checkpoint_refresh|pki_crl_refresh)\(' \
	    src/http/*.c src/cmd/tick.c
}
msgs() {
	grep -nE '^MSG\((SPBE|PKI|DOKUMEN|PENGADUAN|IKM|WF|NIKV|PADES|ACC|CAT|LOG|ACT|APP|HOL|NOTIF|PW|AKSES|KASUS|LOGIN|KINERJA|BK|WIL|TTD|TRACK|SIGNUP|LOGOUT|INBOX|AP|DOC)_' \
	    src/lib/msg.def
}
cross() {
	grep -rnE '#include "(\.\./)*mod/[a-z_]+/[a-z_]+\.c"' src
}
sql() {
	grep -rlE '"(SELECT|INSERT|UPDATE|DELETE|CREATE|BEGIN|PRAGMA|WITH|ALTER|DROP) ' \
	    src --include=*.c | grep -vE '^src/store/|^src/mod/[a-z_]+/sql\.c$'
}

echo "== house rules (scripts/house-rules.sh)"
rule kore "only src/http/kore.c includes Kore" kore
rule mods "every module folder has its descriptor" mods
rule migr "migrations only in src/mod/*/migrations, numbered once" migr
rule jobs "the server and pamong tick run one job list" jobs
rule msgs "module messages live in their module" msgs
rule cross "modules include each other only by headers" cross
rule sql "only src/store and src/mod/*/sql.c hold SQL text" sql

kern=$(grep -rlE '#include "mod/' src/kernel src/http src/store src/lib | wc -l)
echo "open kernel: $kern files of src/kernel, src/http, src/store, src/lib include a module"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
