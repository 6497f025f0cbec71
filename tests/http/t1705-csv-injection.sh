#!/bin/sh
# t1705-csv-injection.sh: spreadsheet formula injection (issue 12 item 7).
# A service and a unit whose names are formulas appear in the public
# /data/kinerja.csv as text: prefixed with ' and quoted (RFC 4180, quotes
# doubled), while the numeric columns stay plain numbers.  The other CSV
# exports (/pengaduan.csv) use the same writer (src/lib/csv.c).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

EVIL='=HYPERLINK("http://evil.example/","Klik")'
SAFE=\"\''=HYPERLINK(""http://evil.example/"",""Klik"")"'

start_server
kpg02 201 "$(token warga.demo)" || fail "submit a KPG-02 application"
# the names a careless or malicious admin could type in the catalog forms
sql "UPDATE layanan SET name = '=HYPERLINK(\"http://evil.example/\",\"Klik\")' WHERE code = 'KPG-02'"
sql "UPDATE unit SET name = '@SUM(1+1)*cmd|'' /C calc''!A0' WHERE code = 'DISDUKCAPIL'"
sql "UPDATE unit SET name = '-2+3' WHERE code = 'DPMPTSP'"

expect_status 200 GET /data/kinerja.csv
cp "$BODY" "$WORK/all.csv"
check "the formula service name is not written raw" sh -c \
    "! grep -qF ',$EVIL,' '$WORK/all.csv'"
expect_contains "$SAFE" "$WORK/all.csv"
check "no cell starts with a bare formula character" sh -c \
    "! grep -Eq '(^|,)[=+@]' '$WORK/all.csv'"

expect_status 200 GET "/data/kinerja.csv?unit=DISDUKCAPIL"
expect_contains "\"'@SUM(1+1)*cmd|' /C calc'!A0\"" "$BODY"
expect_status 200 GET "/data/kinerja.csv?unit=DPMPTSP"
expect_contains ",\"'-2+3\"," "$BODY"

# numbers are not neutralised: the regency row's counts stay numeric
YEAR=$(TZ=Asia/Jakarta date +%Y)
check "numeric cells stay plain numbers" sh -c \
    "sed -n 2p '$WORK/all.csv' | grep -q '^$YEAR,,Kabupaten Siak,kabupaten,,,,1,0,0,0,1,'"
# the CSV still parses with the right number of columns on every row
check "every row has 23 fields (RFC 4180 parse)" test "$(python3 -c '
import csv, sys
print(",".join(sorted({str(len(r)) for r in csv.reader(open(sys.argv[1], newline=""))})))
' "$WORK/all.csv")" = 23
check "a parsed cell is the name with a leading quote" python3 -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
sys.exit(0 if any(sys.argv[2] in r for r in rows) else 1)
' "$WORK/all.csv" "'$EVIL"

finish
