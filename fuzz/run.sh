#!/bin/sh
# run.sh: run each libFuzzer target named on the command line (fuzz_csv ...)
# for FUZZ_SECONDS (default 60), one at a time under nice -n 19, with its
# seed corpus fuzz/corpus/<name> (read only) and a working corpus in
# build/fuzz/corpus/<name> (new inputs go there, so the committed corpus
# stays small).  Prints one line per target and exits 1 if any target
# crashed (crash, leak, timeout or sanitizer report); the crashing inputs
# are in build/fuzz/crash/ and the logs in build/fuzz/log/.
# Run from the top of the tree (make fuzz does).
set -u

secs=${FUZZ_SECONDS:-60}
B=${B:-build}
failed=0
mkdir -p "$B/fuzz/log" "$B/fuzz/crash"
for t in "$@"; do
	name=${t#fuzz_}
	seeds=fuzz/corpus/$name
	work=$B/fuzz/corpus/$name
	log=$B/fuzz/log/$t.log
	mkdir -p "$work" "$seeds"
	rm -f "$B/fuzz/crash/$t-"*
	start=$(date +%s)
	nice -n 19 "$B/fuzz/$t" -max_total_time="$secs" -timeout=25 \
	    -rss_limit_mb=1024 -print_final_stats=1 \
	    -artifact_prefix="$B/fuzz/crash/$t-" \
	    "$work" "$seeds" >"$log" 2>&1
	rc=$?
	end=$(date +%s)
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
	if [ -z "$runs" ]; then
		runs=$(grep -o '^#[0-9]*' "$log" | tail -1 | tr -d '#')
	fi
	crashes=$(ls "$B/fuzz/crash/$t-"* 2>/dev/null | wc -l)
	if [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ]; then
		crashes=1	# died without an artifact (e.g. setup failed)
	fi
	echo "$t: ${runs:-0} runs in $((end - start)) s, $crashes crashes"
	if [ "$crashes" -ne 0 ]; then
		failed=1
		echo "  log: $log"
		ls "$B/fuzz/crash/$t-"* 2>/dev/null | sed 's/^/  input: /'
	fi
done
exit $failed
