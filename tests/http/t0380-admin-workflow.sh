#!/bin/sh
# t0380-admin-workflow.sh: /admin/alur (view, superadmin edits with
# validation), /admin/libur (holidays by year, add, delete, audit) and
# `pamong tick` (escalation once, however often it runs).
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
WARGA=$WORK/warga.jar
ADMIN=$WORK/admin.jar
SUPER=$WORK/super.jar

# expect_eq DESC GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}

# textarea_of FILE: the decoded text of the definition editor.
textarea_of() {
	node -e 'const s = require("fs").readFileSync(process.argv[1], "utf8");
	    const m = /<textarea id="f-definisi"[^>]*>([\s\S]*?)<\/textarea>/.exec(s);
	    process.stdout.write(m[1].replace(/&quot;/g, "\"").replace(/&#39;/g, "'"'"'")
	    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&"));' "$1"
}

# --- who may enter ---
check "login warga.demo" login warga.demo "$PW" "$WARGA"
for u in /admin/alur /admin/alur/surat-kampung /admin/libur; do
	expect_status 403 GET "$u" -b "$WARGA"
done
check "login admin.kominfo" login admin.kominfo "$PW" "$ADMIN"
check "login superadmin" login superadmin "$PW" "$SUPER"

# --- workflows: admins look ---
expect_status 200 GET /admin/alur -b "$ADMIN"
for w in surat-kampung layanan-kecamatan opd-sederhana opd-bertahap \
    perizinan-dpmptsp; do
	expect_contains "href=\"/admin/alur/$w\"" "$BODY"
done
expect_contains 'Hanya superadmin yang dapat mengubah definisi alur.' "$BODY"
expect_status 404 GET /admin/alur/tidak-ada -b "$ADMIN"
expect_contains 'Alur yang Anda cari tidak ditemukan.' "$BODY"
expect_status 200 GET /admin/alur/perizinan-dpmptsp -b "$ADMIN"
expect_contains '<td>Berkas lengkap, menunggu kajian teknis</td><td>3 hari kerja</td>' "$BODY"
expect_contains 'Alihkan ke kotak masuk Kepala Unit' "$BODY"
expect_contains 'href="/admin/layanan/PTSP-06"' "$BODY"
expect_contains 'Definisi alur (JSON, hanya baca)' "$BODY"
expect_contains 'readonly' "$BODY"
expect_not_contains 'name="definisi"' "$BODY"

# an admin may not save, even with a valid token
TOK=$(csrf_from /admin/alur/surat-kampung "$ADMIN")
expect_status 200 GET /admin/alur/surat-kampung -b "$SUPER"
textarea_of "$BODY" >"$WORK/def.json"
check "the editor holds the definition" grep -q '"kode": "surat-kampung"' "$WORK/def.json"
expect_status 403 POST /admin/alur/surat-kampung -b "$ADMIN" \
    --data-urlencode "csrf=$TOK" --data-urlencode "definisi@$WORK/def.json"
expect_contains 'Hanya superadmin' "$BODY"

# --- workflows: the superadmin edits, with validation ---
STOK=$(csrf_from /admin/alur/surat-kampung "$SUPER")
LABEL="SELECT s.label FROM wf_state s JOIN workflow w ON w.id = s.workflow_id
    WHERE w.code = 'surat-kampung' AND s.code = 'diverifikasi'"
BEFORE=$(sql "$LABEL")
AUDIT="SELECT count(*) FROM audit_event WHERE action = 'alur.simpan'"
A0=$(sql "$AUDIT")

# an action from a state that does not exist
cp "$WORK/def.json" "$WORK/bad.json"
node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1]));
    d.tindakan[1].dari = ["hilang"];
    require("fs").writeFileSync(process.argv[1], JSON.stringify(d, null, 1));' \
    "$WORK/bad.json"
expect_status 422 POST /admin/alur/surat-kampung -b "$SUPER" \
    --data-urlencode "csrf=$STOK" --data-urlencode "definisi@$WORK/bad.json"
expect_contains 'Tindakan &quot;setujui&quot; merujuk status &quot;hilang&quot; yang tidak ada.' "$BODY"
expect_contains 'aria-invalid="true"' "$BODY"
textarea_of "$BODY" >"$WORK/kept.json"
check "the submitted text is kept" cmp -s "$WORK/bad.json" "$WORK/kept.json"

# a state nobody can reach
node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1]));
    d.status.push({kode: "arsip", label: "Diarsipkan", akhir: true, unit: "tetap"});
    process.stdout.write(JSON.stringify(d));' "$WORK/def.json" >"$WORK/bad2.json"
expect_status 422 POST /admin/alur/surat-kampung -b "$SUPER" \
    --data-urlencode "csrf=$STOK" --data-urlencode "definisi@$WORK/bad2.json"
expect_contains 'Status &quot;arsip&quot; tidak dapat dicapai dari status awal &quot;diajukan&quot;.' "$BODY"

# an action without roles
node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1]));
    d.tindakan[0].peran = [];
    process.stdout.write(JSON.stringify(d));' "$WORK/def.json" >"$WORK/bad3.json"
expect_status 422 POST /admin/alur/surat-kampung -b "$SUPER" \
    --data-urlencode "csrf=$STOK" --data-urlencode "definisi@$WORK/bad3.json"
expect_contains 'Tindakan &quot;verifikasi&quot; tidak memiliki peran' "$BODY"

# not JSON; another workflow's code
expect_status 422 POST /admin/alur/surat-kampung -b "$SUPER" \
    --data-urlencode "csrf=$STOK" --data-urlencode "definisi={\"kode\": "
expect_contains 'bukan JSON yang sah' "$BODY"
node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1]));
    d.kode = "opd-sederhana";
    process.stdout.write(JSON.stringify(d));' "$WORK/def.json" >"$WORK/bad4.json"
expect_status 422 POST /admin/alur/surat-kampung -b "$SUPER" \
    --data-urlencode "csrf=$STOK" --data-urlencode "definisi@$WORK/bad4.json"
expect_contains 'harus sama dengan kode alur yang diubah' "$BODY"
expect_eq "refused edits change nothing" "$(sql "$LABEL")" "$BEFORE"
expect_eq "refused edits write no audit" "$(sql "$AUDIT")" "$A0"

# without the CSRF token
expect_status 403 POST /admin/alur/surat-kampung -b "$SUPER" \
    --data-urlencode "definisi@$WORK/def.json"

# a valid edit
node -e 'const d = JSON.parse(require("fs").readFileSync(process.argv[1]));
    d.status[1].label = "Terverifikasi, menunggu tanda tangan Penghulu";
    process.stdout.write(JSON.stringify(d, null, 2));' "$WORK/def.json" \
    >"$WORK/good.json"
expect_status 303 POST /admin/alur/surat-kampung -b "$SUPER" \
    --data-urlencode "csrf=$STOK" --data-urlencode "definisi@$WORK/good.json"
expect_header location ' /admin/alur/surat-kampung\?disimpan=1'
expect_eq "the label is saved" "$(sql "$LABEL")" \
    "Terverifikasi, menunggu tanda tangan Penghulu"
expect_eq "one audit event" "$(sql "SELECT count(*) FROM audit_event WHERE
    action = 'alur.simpan' AND object_id = 'surat-kampung' AND role =
    'superadmin'")" 1
expect_status 200 GET '/admin/alur/surat-kampung?disimpan=1' -b "$SUPER"
expect_contains 'Definisi alur berhasil disimpan.' "$BODY"
expect_contains 'Terverifikasi, menunggu tanda tangan Penghulu' "$BODY"

# --- holidays ---
expect_status 200 GET '/admin/libur?tahun=2026' -b "$ADMIN"
expect_contains 'Tahun 2026 (25 tanggal)' "$BODY"
expect_contains '<td>Sabtu, 21 Maret 2026</td><td>Idulfitri 1447 H</td><td>Libur nasional</td>' "$BODY"
expect_contains '<td>Senin, 23 Maret 2026</td><td>Cuti bersama Idulfitri 1447 H</td><td>Cuti bersama</td>' "$BODY"
expect_contains 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025' "$BODY"
expect_status 200 GET '/admin/libur?tahun=2027' -b "$ADMIN"
expect_contains 'Tahun 2027 (0 tanggal)' "$BODY"
expect_contains 'Belum ada hari libur yang tercatat untuk tahun 2027' "$BODY"
expect_status 200 GET '/admin/libur?tahun=dua' -b "$ADMIN"
expect_contains 'Tahun diisi empat angka antara 2000 dan 2100.' "$BODY"

HTOK=$(csrf_from /admin/libur "$ADMIN")
COUNT="SELECT count(*) FROM hari_libur"
N0=$(sql "$COUNT")
# issue 12: the calendar is regency-wide (every deadline counts on it):
# a unit's admin may read it, only the superadmin changes it
expect_status 403 POST /admin/libur -b "$ADMIN" --data-urlencode "csrf=$HTOK" \
    -d tanggal=2027-01-04 --data-urlencode "nama=Libur karangan" -d jenis=libur_daerah
expect_status 403 POST /admin/libur/2026-08-17/hapus -b "$ADMIN" \
    --data-urlencode "csrf=$HTOK"
expect_eq "a unit admin changes no holiday" "$(sql "$COUNT")" "$N0"
ADMIN=$SUPER
HTOK=$(csrf_from /admin/libur "$ADMIN")
expect_status 422 POST /admin/libur -b "$ADMIN" --data-urlencode "csrf=$HTOK" \
    -d tanggal=2027-02-30 -d nama= -d jenis=libur -d dasar=
expect_contains 'id="e-tanggal">Tanggal diisi dalam bentuk TTTT-BB-HH' "$BODY"
expect_contains 'id="e-nama">Nama hari libur wajib diisi' "$BODY"
expect_contains 'id="e-jenis">Pilih jenis' "$BODY"
expect_status 422 POST /admin/libur -b "$ADMIN" --data-urlencode "csrf=$HTOK" \
    -d tanggal=2026-08-17 --data-urlencode "nama=Hari ganda" \
    -d jenis=libur_daerah
expect_contains 'sudah tercatat sebagai hari libur' "$BODY"
expect_contains 'value="Hari ganda"' "$BODY"
expect_eq "refused additions write nothing" "$(sql "$COUNT")" "$N0"

expect_status 303 POST /admin/libur -b "$ADMIN" --data-urlencode "csrf=$HTOK" \
    -d tanggal=2027-01-01 --data-urlencode "nama=Tahun Baru 2027 Masehi" \
    -d jenis=libur_nasional --data-urlencode "dasar=Menunggu SKB 2027"
expect_header location ' /admin/libur\?tahun=2027&ditambah=2027-01-01#daftar'
expect_eq "added" "$(sql "SELECT nama || '|' || jenis || '|' || dasar FROM
    hari_libur WHERE tanggal = '2027-01-01'")" \
    "Tahun Baru 2027 Masehi|libur_nasional|Menunggu SKB 2027"
expect_status 200 GET '/admin/libur?tahun=2027&ditambah=2027-01-01' -b "$ADMIN"
expect_contains 'Hari libur telah ditambahkan.' "$BODY"
expect_contains 'Jumat, 1 Januari 2027' "$BODY"

expect_status 303 POST /admin/libur/2027-01-01/hapus -b "$ADMIN" \
    --data-urlencode "csrf=$HTOK"
expect_eq "deleted" "$(sql "$COUNT")" "$N0"
expect_status 404 POST /admin/libur/2027-01-01/hapus -b "$ADMIN" \
    --data-urlencode "csrf=$HTOK"
expect_status 404 POST /admin/libur/bukan-tanggal/hapus -b "$ADMIN" \
    --data-urlencode "csrf=$HTOK"
expect_status 403 POST /admin/libur/2026-08-17/hapus -b "$WARGA" \
    --data-urlencode "csrf=$(csrf_from /akun "$WARGA")"
expect_eq "audit of the calendar" "$(sql "SELECT group_concat(action, ',')
    FROM (SELECT action FROM audit_event WHERE object_type = 'hari_libur'
    ORDER BY id)")" "libur.tambah,libur.hapus"

# --- pamong tick: one escalation, once ---
sql "INSERT INTO account(username, pw_hash, unit_id, email, created_at,
    pw_changed_at) SELECT 'kepala.uji', 'x', id, 'kepala@example.go.id', 0, 0
    FROM unit WHERE code = '14.08.01.1001';
    INSERT INTO account_role(account_id, role) SELECT id, 'kepala' FROM
    account WHERE username = 'kepala.uji';
    INSERT INTO kontak_verif(account_id, kind, alamat, at) SELECT id,
    'email', email, 0 FROM account WHERE username = 'kepala.uji';
    INSERT INTO permohonan(nomor, kode_lacak, layanan_id, pemohon_id,
    pemohon_nik, wilayah_code, unit_id, penerbit_id, state, created_at,
    submitted_at, state_since, state_due) SELECT
    '14.08.01.1001/KPG-02/2026/09999', 'TICKTEST0001', l.id, a.id, a.nik,
    '14.08.01.1001', u.id, u.id, 'diajukan', 0, 0, 0, date('now', '-10 days')
    FROM layanan l, account a, unit u WHERE l.code = 'KPG-02' AND
    a.username = 'warga.demo' AND u.code = '14.08.01.1001'"
"$PAMONG" tick --data "$DATA" >"$WORK/tick1" 2>&1
"$PAMONG" tick --data "$DATA" >"$WORK/tick2" 2>&1
expect_contains 'eskalasi dan peringatan batas waktu diterapkan.' "$WORK/tick1"
expect_contains '0 eskalasi' "$WORK/tick2"
expect_eq "one escalation" "$(sql "SELECT count(*) FROM eskalasi")" 1
expect_eq "the kepala is told once" "$(sql "SELECT count(*) FROM notifikasi n
    JOIN account a ON a.id = n.account_id WHERE a.username = 'kepala.uji'
    AND n.text LIKE
    'Permohonan 14.08.01.1001/KPG-02/2026/09999 melewati batas waktu%'")" 1
expect_eq "queued for e-mail" "$(sql "SELECT count(*) FROM outbox WHERE
    recipient = 'kepala@example.go.id' AND channel = 'email'")" 1

finish
