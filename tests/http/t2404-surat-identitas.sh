#!/bin/sh
# t2404-surat-identitas.sh: the identity block of a population letter
# (issue 18; doc/dokumen.md "The identity block"), read back as text with
# pdftotext and checked with pdfsig and qpdf:
#  - nama, NIK, tempat/tanggal lahir, jenis kelamin, agama, pekerjaan,
#    status perkawinan, kewarganegaraan and alamat with RT/RW as 003/001,
#    from the application's form (alamat, rt_rw "3 / 1") and the
#    account's identitas_penduduk row; a long name and a long address
#    appear whole (wrapped, nothing cut), inside the page;
#  - an applicant without an identitas_penduduk row: "-" for what is
#    unknown, never an empty label;
#  - the signer's name, position as on the unit (Lurah for the kelurahan) and
#    NIP "NIP. 19800101 200501 1 001" when set;
#  - through BSrE: the footer names BSrE/BSSN and "Dokumen ini tidak
#    memerlukan tanda tangan basah."; the lokal letter has neither.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/pdf-lib.sh"
. "$(dirname "$0")/../bsre/standin.sh"

NIK=1408011501850003
PASS_BSRE=Frasa-BSrE-Uji-2026
bsre_standin "$NIK" "$PASS_BSRE"
start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
WID=$(sql "SELECT id FROM account WHERE username = 'warga.demo'")
WNIK=$(sql "SELECT nik FROM account WHERE id = $WID")
PID=$(sql "SELECT id FROM account WHERE username = 'penghulu.kampungdalam'")
PNAME=$(sql "SELECT full_name FROM account WHERE id = $PID")
UNIT=$(sql "SELECT u.code FROM unit u JOIN account a ON a.unit_id = u.id WHERE a.username = 'penghulu.kampungdalam'")

LONG="Tengku Said Muhammad Abdurrahman Syarifuddin Alhaddad bin Tengku Ismail Perkasa Alam"
STREET="Jalan Sultan Syarif Kasim II Gang Persatuan Masyarakat Melayu Riau Nomor 127 Blok C Perumahan Bumi Siak Pusako Indah Permai"
sql "UPDATE account SET full_name = '$LONG' WHERE id = $WID"
sql "INSERT INTO identitas_penduduk(account_id, tempat_lahir, tanggal_lahir, jenis_kelamin, agama, pekerjaan, status_perkawinan, kewarganegaraan, alamat, rt, rw, updated_at) VALUES ($WID, 'Siak Sri Indrapura', '1990-01-05', 'L', 'Islam', 'Pegawai Negeri Sipil Pemerintah Kabupaten Siak', 'Kawin', 'WNI', 'Jalan yang tidak dipakai', 7, 9, 0)"
sql "UPDATE account SET nip = '198001012005011001' WHERE id = $PID"

text_of() {	# text_of PDF TXT: pdftotext, lines joined, spaces squeezed
	pdftotext "$1" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$2"
}
letter() {	# letter FILE [PASSPHRASE]: a KPG-02 with the long address
	K_RT="3 / 1" kpg02 201 "$TW"
	N=$NOMOR
	sql "UPDATE permohonan_isian SET value = '$STREET' WHERE name = 'alamat' AND permohonan_id = (SELECT id FROM permohonan WHERE nomor = '$N')"
	act 200 "$TO" "$N" verifikasi
	if [ $# -ge 2 ]; then
		_b=$(node -e 'console.log(JSON.stringify({tindakan: "setujui", passphrase: process.argv[1]}))' "$2")
		expect_status 200 POST "/api/v1/permohonan/$(enc "$N")/tindakan" \
		    -H "Authorization: Bearer $TP" -H 'Content-Type: application/json' \
		    -d "$_b" || head -c 400 "$BODY" >&2
	else
		act 200 "$TP" "$N" setujui
	fi
	expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
	cp "$BODY" "$1"
}

# --- lokal: every field, whole ---------------------------------------------------
letter "$WORK/lokal.pdf"
"$PAMONG" pki root --data "$DATA" >"$WORK/root.pem" 2>/dev/null
pdf_nss_init "$WORK/root.pem"
pdf_expect_valid "$WORK/lokal.pdf"
text_of "$WORK/lokal.pdf" "$WORK/lokal.txt"
expect_contains "Nama : $LONG" "$WORK/lokal.txt"
expect_contains "NIK : $WNIK" "$WORK/lokal.txt"
expect_contains "Tempat/tanggal lahir : Siak Sri Indrapura, 5 Januari 1990" "$WORK/lokal.txt"
expect_contains "Jenis kelamin : Laki-laki" "$WORK/lokal.txt"
expect_contains "Agama : Islam" "$WORK/lokal.txt"
expect_contains "Pekerjaan : Pegawai Negeri Sipil Pemerintah Kabupaten Siak" "$WORK/lokal.txt"
expect_contains "Status perkawinan : Kawin" "$WORK/lokal.txt"
expect_contains "Kewarganegaraan : WNI" "$WORK/lokal.txt"
expect_contains "Alamat : $STREET RT/RW 003/001, Kelurahan Kampung Dalam, Kecamatan Siak, Kabupaten Siak" "$WORK/lokal.txt"
expect_contains "berdomisili di $STREET RT/RW 003/001, Kelurahan Kampung Dalam" "$WORK/lokal.txt"
expect_not_contains "Jalan yang tidak dipakai" "$WORK/lokal.txt"
expect_not_contains "007/009" "$WORK/lokal.txt"
expect_contains "Lurah Kampung Dalam" "$WORK/lokal.txt"
expect_contains "$PNAME NIP. 19800101 200501 1 001" "$WORK/lokal.txt"
expect_not_contains "tanda tangan basah" "$WORK/lokal.txt"
expect_not_contains "BSrE" "$WORK/lokal.txt"
# nothing outside the page: every word's box within the A4 media box
pdftotext -bbox "$WORK/lokal.pdf" "$WORK/bbox.html" 2>/dev/null
check "every word inside the margins (x 56..540, y 30..812)" node -e '
const t = require("fs").readFileSync(process.argv[1], "utf8");
const re = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/g;
let m, n = 0, bad = [];
while ((m = re.exec(t))) {
	n++;
	const [x0, y0, x1, y1] = m.slice(1).map(Number);
	if (x0 < 56 || x1 > 540 || y0 < 30 || y1 > 812) bad.push(m[0]);
}
if (n < 50 || bad.length) { console.error(n, bad.slice(0, 5)); process.exit(1); }' "$WORK/bbox.html"

# --- an applicant without identity data: "-" -------------------------------------
sql "DELETE FROM identitas_penduduk WHERE account_id = $WID"
letter "$WORK/kosong.pdf"
# (-layout: the default mode joins a line ending in "-" to the next)
pdftotext -layout "$WORK/kosong.pdf" - 2>/dev/null | tr -s ' ' >"$WORK/kosong.txt"
for f in "Tempat/tanggal lahir" "Jenis kelamin" Agama Pekerjaan "Status perkawinan" Kewarganegaraan; do
	check "no data: $f : -" grep -qx " *$f : -" "$WORK/kosong.txt"
done
text_of "$WORK/kosong.pdf" "$WORK/kosong1.txt"
expect_contains "Alamat : $STREET RT/RW 003/001, Kelurahan Kampung Dalam" "$WORK/kosong1.txt"

# --- through BSrE: the certified footer ------------------------------------------
sql "UPDATE account SET nik = '$NIK' WHERE id = $PID"
bsre_conf 2
"$PAMONG" ttd backend --data "$DATA" --unit "$UNIT" bsre >/dev/null 2>&1 ||
    fail "pamong ttd backend bsre"
letter "$WORK/bsre.pdf" "$PASS_BSRE"
rm -rf "$PDF_NSS"
pdf_nss_init "$BSRE/ca.pem"
pdf_expect_valid "$WORK/bsre.pdf"
text_of "$WORK/bsre.pdf" "$WORK/bsre.txt"
expect_contains "Nama : $LONG" "$WORK/bsre.txt"
expect_contains "$PNAME NIP. 19800101 200501 1 001" "$WORK/bsre.txt"
expect_contains "Lurah Kampung Dalam" "$WORK/bsre.txt"
expect_contains "Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara" "$WORK/bsre.txt"
expect_contains "Dokumen ini tidak memerlukan tanda tangan basah." "$WORK/bsre.txt"
finish
