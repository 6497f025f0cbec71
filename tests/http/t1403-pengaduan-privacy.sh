#!/bin/sh
# t1403-pengaduan-privacy.sh: an anonim complaint reaches officers, the
# public, the Inspektorat, exports and notifications without the reporter's
# name, NIK, phone, e-mail or username (every response body is searched);
# only the reporter's own view shows them.  A rahasia complaint's content
# never appears in public pages, the public API, the CSV export, the Atom
# feed or the transparency log; the verifying admin can make one rahasia.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/adu-lib.sh"

start_server
sql "UPDATE account SET email = 'siti.rahma@example.org' WHERE username = 'warga.demo'"
TW=$(token warga.demo)
TA=$(token admin.pengaduan)
TO=$(token op.dpmptsp)
OUT=$WORK/bodies
mkdir -p "$OUT"

# the story of the issue: money asked at the kampung office, anonymously
adu_file 201 "$TW" '{anonim: true, kategori: "pungutan_liar", unit: "14.08.01.1001", judul: "Petugas kampung meminta imbalan", isi: "Petugas meminta Rp100.000 agar surat keterangan cepat selesai."}'
N=$NOMOR L=$LACAK
adu_act 200 "$TA" "$N" disposisi "Harap segera ditindaklanjuti." DPMPTSP
adu_act 200 "$TO" "$N" tanggapi "Kami telah memanggil petugas yang bersangkutan."
adu_act 200 "$TW" "$N" balas "Apakah uangnya dikembalikan?"
adu_act 200 "$TO" "$N" tanggapi "Uang telah dikembalikan."
adu_act 200 "$TW" "$N" nilai "Terima kasih." "" 5

# --- collect every body an officer, the public or the Inspektorat gets ----
i=0
save() {
	i=$((i + 1))
	cp "$BODY" "$OUT/$i-$1"
}
for u in admin.pengaduan admin.kominfo op.dpmptsp kadis.dpmptsp inspektur pimpinan superadmin; do
	T=$(token "$u")
	expect_status 200 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $T" && save "api-$u"
	expect_status 200 GET /api/v1/pengaduan -H "Authorization: Bearer $T" && save "list-$u"
	JAR=$WORK/jar-$u
	login "$u" "$PW" "$JAR" || fail "login $u"
	expect_status 200 GET "/pengaduan/$N" -b "$JAR" && save "page-$u"
	expect_status 200 GET /pengaduan/kelola -b "$JAR" && save "inbox-$u"
	expect_status 200 GET /notifikasi -b "$JAR" && save "notif-$u"
done
expect_json 'j.pelapor === null && j.anonim === true && j.kode_lacak === null' "$OUT/1-api-admin.pengaduan"
expect_contains "Anonim (identitas dirahasiakan)" "$OUT/3-page-admin.pengaduan"
expect_status 200 GET /pengaduan && save public
expect_contains "$N" "$BODY"
expect_contains "Uang telah dikembalikan." "$BODY"
expect_status 200 GET /pengaduan.csv && save csv
expect_header content-type '^text/csv'
expect_contains "$N,pengaduan,pungutan_liar,14.08.01.1001,DPMPTSP,selesai" "$BODY"
expect_status 200 GET "/pengaduan/lacak?kode=$L" && save lacak
expect_contains "Selesai" "$BODY"
expect_status 200 GET "/pengaduan/lacak?kode=$(echo "$L" | tr 'A-Z' 'a-z')" && save lacak-lower
expect_contains "$N" "$BODY"
expect_status 200 GET /api/v1/pengaduan/publik && save publik
expect_json 'j.data.some(x => x.nomor === "'"$N"'" && x.tanggapan.length === 2 && x.pelapor === undefined)' "$BODY"
# the database rows others read: notifications and outbox of everyone but
# the reporter, the Inspektorat case, the log, the audit trail
sql "SELECT n.text FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username <> 'warga.demo'" >"$OUT/db-notifikasi"
sql "SELECT * FROM outbox WHERE recipient NOT IN ('081234567890', 'siti.rahma@example.org')" >"$OUT/db-outbox"
sql "SELECT * FROM kasus WHERE ref_id = '$N'" >"$OUT/db-kasus"
check "the Inspektorat has the case" test -s "$OUT/db-kasus"
sql "SELECT CAST(entry AS TEXT) FROM tlog_entry" >"$OUT/db-tlog"
sql "SELECT a.* FROM audit_event a WHERE a.object_id = '$N'" >"$OUT/db-audit"
check "no data-access log row ties her to the anonim complaint" test "$(sql "SELECT count(*) FROM akses_data WHERE objek_id = '$N'")" = 0
check "audit rows of the anonymous reporter carry no actor" test "$(sql "SELECT count(*) FROM audit_event a JOIN account u ON u.id = a.actor_id WHERE a.object_id = '$N' AND u.username = 'warga.demo'")" = 0

for f in "$OUT"/*; do
	for secret in "Siti Rahmawati" 1408014507900001 081234567890 siti.rahma@example.org warga.demo; do
		expect_not_contains "$secret" "$f"
	done
done

# positive control: the reporter's own view names her
expect_status 200 GET "/api/v1/pengaduan/$N" -H "Authorization: Bearer $TW"
expect_json 'j.pelapor.nama === "Siti Rahmawati" && j.pelapor.nik === "1408014507900001" && j.pelapor.telepon === "081234567890" && j.kode_lacak === "'"$L"'"' "$BODY"

# a rahasia complaint, and one the admin makes rahasia
adu_file 201 "$TW" '{rahasia: true, judul: "RAHASIAJUDUL berkas hilang", isi: "RAHASIAISI dokumen saya hilang di loket pelayanan."}'
R=$NOMOR RL=$LACAK
adu_act 200 "$TA" "$R" disposisi "" DPMPTSP
adu_act 200 "$TO" "$R" tanggapi "RAHASIAJAWAB dokumen sudah ditemukan."
adu_act 200 "$TW" "$R" nilai "" "" 4
adu_file 201 "$TW" '{judul: "ADMINRAHASIA antrean panjang", isi: "ADMINRAHASIA antrean di loket sangat panjang setiap pagi."}'
S=$NOMOR
adu_act 200 "$TA" "$S" rahasiakan
adu_act 409 "$TA" "$S" rahasiakan
check "rahasia set by the admin is recorded" test "$(sql "SELECT a.username FROM pengaduan p JOIN account a ON a.id = p.rahasia_oleh WHERE p.nomor = '$S'")" = admin.pengaduan

# --- rahasia: never public ------------------------------------------------
for p in /pengaduan /pengaduan.csv /api/v1/pengaduan/publik "/pengaduan/lacak?kode=$RL" /pengumuman.atom /; do
	expect_status 200 GET "$p" || continue
	for s in RAHASIAJUDUL RAHASIAISI RAHASIAJAWAB ADMINRAHASIA "$R" "$S"; do
		case "$p:$s" in "/pengaduan/lacak?kode=$RL:$R") continue ;; esac
		expect_not_contains "$s" "$BODY"
	done
done
expect_status 200 GET "/pengaduan/lacak?kode=$RL"
expect_contains "dirahasiakan" "$BODY"
expect_contains "Selesai" "$BODY"
sql "SELECT CAST(entry AS TEXT) FROM tlog_entry" >"$WORK/db-tlog2"
check "the closed rahasia complaint is in the log" test "$(grep -c pengaduan_selesai "$WORK/db-tlog2")" -ge 2
for s in RAHASIAJUDUL RAHASIAISI RAHASIAJAWAB; do
	expect_not_contains "$s" "$WORK/db-tlog2"
done
# authorised staff do see the content
expect_status 200 GET "/api/v1/pengaduan/$R" -H "Authorization: Bearer $TO"
expect_json '/RAHASIAISI/.test(j.isi) && j.rahasia === true' "$BODY"
finish
