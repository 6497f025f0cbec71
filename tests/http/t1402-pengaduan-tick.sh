#!/bin/sh
# t1402-pengaduan-tick.sh: complaint deadlines in working days across a
# weekend and a holiday, and the timer driven by `pamong tick --now DATE`:
# an answered complaint closes by itself after 10 working days without a
# reply; a missed deadline is flagged and escalates to the unit head, then
# to the Inspektorat; the timer is idempotent.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/adu-lib.sh"

# wib_date [DATE-EXPR]: a WIB civil date
wib_date() {
	TZ=Asia/Jakarta date -d "${1:-now}" +%Y-%m-%d
}
# is_workday DATE: Monday-Friday and not in hari_libur
is_workday() {
	_dow=$(date -d "$1" +%u)
	[ "$_dow" -le 5 ] && [ "$(sql "SELECT count(*) FROM hari_libur WHERE tanggal = '$1'")" = 0 ]
}
# add_workdays DATE N: the independent oracle for workday_add()
add_workdays() {
	_d=$1
	while ! is_workday "$_d"; do _d=$(date -d "$_d + 1 day" +%Y-%m-%d); done
	_n=$2
	while [ "$_n" -gt 0 ]; do
		_d=$(date -d "$_d + 1 day" +%Y-%m-%d)
		is_workday "$_d" && _n=$((_n - 1))
	done
	echo "$_d"
}
tick() {
	"$PAMONG" tick --data "$DATA" --now "$1" >"$WORK/tick.out" 2>&1 ||
	    fail "pamong tick --now $1: $(cat "$WORK/tick.out")"
}

start_server
TW=$(token warga.demo)
TA=$(token admin.pengaduan)
TO=$(token op.dpmptsp)
TODAY=$(wib_date)

# a regional holiday on the next working day, so the deadline crosses it;
# three working days always cross a weekend or that holiday
H=$(add_workdays "$(date -d "$TODAY + 1 day" +%Y-%m-%d)" 0)
sql "INSERT OR IGNORE INTO hari_libur(tanggal, nama, jenis) VALUES ('$H', 'Libur daerah uji', 'libur_daerah')"
adu_file 201 "$TW"
N=$NOMOR
WANT=$(add_workdays "$TODAY" 3)
check "verification deadline: 3 working days skipping weekend and holiday $H ($WANT)" test "$(adu_batas "$N")" = "$WANT"
check "the deadline is after the holiday" test "$(adu_batas "$N")" \> "$H"
DAYS=$(( ($(date -d "$WANT" +%s) - $(date -d "$TODAY" +%s)) / 86400 ))
check "more calendar days than working days ($DAYS)" test "$DAYS" -gt 3

# --- verification overdue: flagged, complaint admins told ----------------
adu_file 201 "$TW" '{judul: "Belum diverifikasi"}'
V=$NOMOR
VB=$(adu_batas "$V")
tick "$VB"
check "nothing on the deadline day" test "$(sql "SELECT terlambat FROM pengaduan WHERE nomor = '$V'")" = 0
tick "$(date -d "$VB + 1 day" +%Y-%m-%d)"
check "flagged the day after" test "$(sql "SELECT terlambat || eskalasi FROM pengaduan WHERE nomor = '$V'")" = 11
check "complaint admins warned" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'admin.pengaduan' AND n.text LIKE '%$V%melewati batas%'")" = 1
expect_status 200 GET /api/v1/pengaduan -H "Authorization: Bearer $TA"
expect_json 'j.data[0].terlambat === true' "$BODY"

# --- the unit misses its deadline: the head, then the Inspektorat --------
adu_act 200 "$TA" "$N" disposisi "" DPMPTSP
NB=$(adu_batas "$N")
check "answer deadline: 5 working days" test "$NB" = "$(add_workdays "$TODAY" 5)"
tick "$(date -d "$NB + 1 day" +%Y-%m-%d)"
check "the unit head is warned" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'kadis.dpmptsp' AND n.text LIKE '%$N melewati batas%'")" = 1
check "no Inspektorat case yet" test "$(sql "SELECT count(*) FROM kasus WHERE sumber = 'eskalasi' AND ref_id = '$N'")" = 0
tick "$(date -d "$NB + 1 day" +%Y-%m-%d)"
check "idempotent: warned once" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'kadis.dpmptsp' AND n.text LIKE '%$N melewati batas%'")" = 1
L2=$(date -d "$(add_workdays "$NB" 3) + 1 day" +%Y-%m-%d)
tick "$L2"
check "then the Inspektorat: an eskalasi case" test "$(sql "SELECT count(*) FROM kasus WHERE sumber = 'eskalasi' AND ref_type = 'pengaduan' AND ref_id = '$N'")" = 1
check "eskalasi level 2" test "$(sql "SELECT eskalasi FROM pengaduan WHERE nomor = '$N'")" = 2
tick "$L2"
check "idempotent: one case" test "$(sql "SELECT count(*) FROM kasus WHERE sumber = 'eskalasi' AND ref_id = '$N'")" = 1

# --- auto-close 10 working days after an answer without a reply ----------
adu_act 200 "$TO" "$N" tanggapi "Maaf atas keterlambatan; sudah ditindaklanjuti."
CB=$(adu_batas "$N")
check "close date: 10 working days" test "$CB" = "$(add_workdays "$TODAY" 10)"
tick "$CB"
check "still open on the 10th working day" test "$(adu_status "$N")" = ditanggapi
tick "$(date -d "$CB + 1 day" +%Y-%m-%d)"
check "closed by itself the day after" test "$(adu_status "$N")" = selesai
check "the reporter is told" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'warga.demo' AND n.text LIKE '%$N ditutup otomatis%'")" = 1
check "a transparency-log entry" test "$(sql "SELECT count(*) FROM tlog_entry WHERE CAST(entry AS TEXT) LIKE '%\"hasil\":\"selesai\",\"jenis\":\"pengaduan_selesai\",\"kategori\":\"pelayanan_lambat\",\"unit\":\"DPMPTSP\"%'")" = 1
check "audit: pengaduan.tutup_otomatis" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'pengaduan.tutup_otomatis' AND object_id = '$N'")" = 1
# the reporter may still rate it, and reopen it once
adu_act 200 "$TW" "$N" nilai "" "" 3
adu_act 200 "$TW" "$N" buka_kembali "Masalah terulang."
expect_json 'j.status === "didisposisi"' "$BODY"
adu_act 409 "$TW" "$N" buka_kembali "Lagi."
finish
