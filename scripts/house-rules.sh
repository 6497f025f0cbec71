#!/bin/sh
# house-rules.sh: check the shape of the tree (issue 13, doc/architecture.md).
#
# Enforced rules (a break fails `make test`):
#   kore      only src/http/kore.c includes Kore's headers
#   mods      every folder under src/mod/ has its descriptor (module.c
#             defining `const struct module mod_<name>`)
#   migr      migrations live only in src/mod/*/migrations/, numbered once;
#             each NNNN-name.sql has its PostgreSQL form pg/NNNN-name.sql
#             (issue 14) and each pg/ file its SQLite form
#   jobs      timed jobs run only through jobs_run() (kernel/jobs.c): the
#             server and `pamong tick` call no job function directly
#             (`pamong log checkpoint` signs one on request, not a job)
#   msgs      src/lib/msg.def holds only the messages of lib's own checks
#             (NIK_, TEXT_); the rest live in src/http/msg.def and in
#             each module's msg.def
#   cross     a module includes another module only by its headers (never
#             its .c files)
#   kernel    src/kernel, src/http, src/store and src/lib include no module:
#             what src/http needs of one it asks through http/hooks.h
#             (r->user is opaque to it; r->who holds id, roles, username).
#   loops     no loop of includes between files (scripts/house-loops.py:
#             a .c and its own .h are one node).  loops_allow names the
#             modules inside which a loop would be let through; it is
#             empty.  When a module's rules and its sql.c share types,
#             they go in a lower header (<m>_data.h) that sql.c includes
#             instead of the rules'.
#   sql       only src/store/ and src/mod/*/sql.c hold SQL text
# Open rules (reported with their count until they reach zero, then made
# enforced):
#   calls     calls up a layer and loops of calls between object files,
#             from nm over build/obj (scripts/house-loops.py --calls);
#             skipped before a build
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
	find src -name '*.sql' |
	    grep -v '^src/mod/[a-z_]*/migrations/\(pg/\)\{0,1\}[0-9]\{4\}-[a-z0-9-]*\.sql$'
	find src/mod -path '*/migrations/[0-9][0-9][0-9][0-9]-*.sql' |
	    sed 's|.*/||' | cut -c1-4 | sort | uniq -d |
	    sed 's/^/duplicate number /'
	for f in src/mod/*/migrations/[0-9]*.sql; do
		[ -f "${f%/*}/pg/${f##*/}" ] || echo "$f: no PostgreSQL form in pg/"
	done
	for f in src/mod/*/migrations/pg/[0-9]*.sql; do
		[ -f "${f%/pg/*}/${f##*/}" ] || echo "$f: no SQLite form beside pg/"
	done
}
jobs() {
	grep -nE '\b(permohonan_tick|pengaduan_tick|tlog_checkpoint_refresh|pki_crl_refresh)\(' \
	    src/http/*.c src/cmd/tick.c
}
msgs() {	# lib keeps only its own checks' messages (NIK, text)
	grep -nE '^MSG\(' src/lib/msg.def | grep -vE '^[0-9]+:MSG\((NIK|TEXT)_'
}
cross() {
	grep -rnE '#include "(\.\./)*mod/[a-z_]+/[a-z_]+\.c"' src
}
kernel() {
	grep -rnE '#include "mod/' src/kernel src/http src/store src/lib
}
loops_allow=''
loops_all() {
	python3 scripts/house-loops.py src
}
loops() {	# the loops not inside one module of loops_allow
	loops_all | awk -v allow=" $loops_allow " '{
		n = split($0, f, / <-> /)
		split(f[1], p, "/")
		ok = p[1] == "mod" && index(allow, " " p[2] " ") > 0
		for (i = 2; ok && i <= n; i++)
			ok = index(f[i], "mod/" p[2] "/") == 1
		if (!ok)
			print
	}'
}
sql() {
	grep -rlE '"(SELECT|INSERT|UPDATE|DELETE|CREATE|BEGIN|PRAGMA|WITH|ALTER|DROP) ' \
	    src --include=*.c | grep -vE '^src/store/|^src/mod/[a-z_]+/sql\.c$'
}

echo "== house rules (scripts/house-rules.sh)"
rule kore "only src/http/kore.c includes Kore" kore
rule mods "every module folder has its descriptor" mods
rule migr "migrations only in src/mod/*/migrations, numbered once, both forms" migr
rule jobs "the server and pamong tick run one job list" jobs
rule msgs "module messages live in their module" msgs
rule cross "modules include each other only by headers" cross
rule sql "only src/store and src/mod/*/sql.c hold SQL text" sql
rule kernel "src/kernel, src/http, src/store, src/lib include no module" kernel
rule loops "no loop of includes between files" loops

if [ -d build/obj/src ]; then
	calls=$(python3 scripts/house-loops.py --calls build/obj)
	echo "open calls: $(echo "$calls" | grep -c '^up ') calls up a layer, $(echo "$calls" | grep -c '^loop ') loops of calls between object files (build/obj)"
else
	echo "open calls: not counted (no build/obj)"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
