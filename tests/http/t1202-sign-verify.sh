#!/bin/sh
# t1202-sign-verify.sh: checking signed documents: the upload check on
# /v/{kode} and /verifikasi and `pamong verify` give the right verdict for
# the genuine file, one flipped byte, appended bytes, a PDF signed by an
# unknown CA and a non-PDF; revocation by the signer (API) turns the
# public page, the JSON and `pamong verify` to dicabut; others may not
# revoke; supersession re-issues a corrected document with a new code and
# the old one points at it; citizens download from "Permohonan Saya".
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/pdf-lib.sh"

PASS_OK=Siak-TTE-Demo-2026
start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
TA=$(token admin.kominfo)

sign() {	# sign CODE TOKEN NOMOR PASSPHRASE
	_b=$(node -e 'console.log(JSON.stringify({tindakan: "setujui", passphrase: process.argv[1]}))' "$4")
	expect_status "$1" POST "/api/v1/permohonan/$(enc "$3")/tindakan" \
	    -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
	    -d "$_b" || { head -c 400 "$BODY" >&2; echo >&2; }
}
signed_letter() {	# a new approved KPG-02; sets N, KODE, SHA
	kpg02 201 "$TW"
	N=$NOMOR
	act 200 "$TO" "$N" verifikasi
	sign 200 "$TP" "$N" "$PASS_OK"
	KODE=$(sql "SELECT d.kode FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$N'")
	SHA=$(sql "SELECT d.sha256 FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$N'")
}
# upload FILE PATH: the upload check page for FILE posted to PATH
upload() {
	_c=$(csrf_from "$2" "$WORK/anon.jar")
	expect_status 200 POST "$2" -b "$WORK/anon.jar" -c "$WORK/anon.jar" \
	    -F "csrf=$_c" -F "berkas=@$1;type=application/pdf"
}
# verify WANT FILE [ARGS]: `pamong verify` exit status
verify() {
	_w=$1 _f=$2
	shift 2
	"$PAMONG" verify "$_f" "$@" >"$WORK/verify.txt" 2>&1
	_rc=$?
	if [ "$_w" = 0 ] && [ $_rc -eq 0 ] || { [ "$_w" != 0 ] && [ $_rc -ne 0 ]; }; then
		ok "pamong verify $(basename "$_f") $* -> exit $_rc"
	else
		fail "pamong verify $(basename "$_f") $* -> exit $_rc (want $_w)"
		sed 's/^/	/' "$WORK/verify.txt"
	fi
}

signed_letter
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
cp "$BODY" "$WORK/asli.pdf"
"$PAMONG" pki root --data "$DATA" >"$WORK/root.pem" 2>/dev/null
pdf_nss_init "$WORK/root.pem"

# --- the genuine file ---------------------------------------------------
upload "$WORK/asli.pdf" "/v/$KODE"
expect_contains '<p class="status-besar">Sah</p>' "$BODY"
expect_not_contains "GAGAL" "$BODY"
upload "$WORK/asli.pdf" /verifikasi
expect_contains '<p class="status-besar">Sah</p>' "$BODY"
expect_contains "<code>$KODE</code></a> — SURAT KETERANGAN DOMISILI" "$BODY"
verify 0 "$WORK/asli.pdf" --data "$DATA"
expect_contains "Putusan: SAH" "$WORK/verify.txt"
expect_contains "Kode verifikasi:       $KODE" "$WORK/verify.txt"
verify 1 "$WORK/asli.pdf"
expect_contains "Register dokumen tidak dapat diperiksa" "$WORK/verify.txt"
# without CSRF token the upload is refused
expect_status 403 POST "/v/$KODE" -F "berkas=@$WORK/asli.pdf"
# issue 14: /v/{kode} is served from the page cache (both workers warm);
# each new visitor still gets a token of their own that works, never
# another visitor's
for k in 1 2 3 4 5 6; do
	curl -s -o /dev/null -m 20 "$BASE/v/$KODE"
done
for v in 1 2 3 4; do
	: >"$WORK/v$v.jar"
	_c=$(csrf_from "/v/$KODE" "$WORK/v$v.jar")
	echo "$_c" >>"$WORK/tokens"
	expect_status 200 POST "/v/$KODE" -b "$WORK/v$v.jar" \
	    -c "$WORK/v$v.jar" -F "csrf=$_c" \
	    -F "berkas=@$WORK/asli.pdf;type=application/pdf"
	expect_contains '<p class="status-besar">Sah</p>' "$BODY"
done
check "four visitors, four tokens" test "$(sort -u "$WORK/tokens" | grep -c .)" = 4
_c=$(sed -n 1p "$WORK/tokens")
expect_status 403 POST "/v/$KODE" -b "$WORK/v2.jar" -F "csrf=$_c" \
    -F "berkas=@$WORK/asli.pdf;type=application/pdf"
# the wrong page for a registered file
signed_letter
K2=$KODE
upload "$WORK/asli.pdf" "/v/$K2"
expect_contains "Tidak sah" "$BODY"
expect_contains "bukan dokumen dengan kode verifikasi ini" "$BODY"

# --- one flipped byte inside the signed range ----------------------------
cp "$WORK/asli.pdf" "$WORK/ubah.pdf"
printf 'X' | dd of="$WORK/ubah.pdf" bs=1 seek=400 conv=notrunc 2>/dev/null
pdf_expect_invalid "$WORK/ubah.pdf" digest
upload "$WORK/ubah.pdf" /verifikasi
expect_contains "Tidak sah" "$BODY"
expect_contains "Isi dokumen tidak berubah sejak ditandatangani:</strong> GAGAL" "$BODY"
expect_contains "tidak cocok dengan dokumen terdaftar" "$BODY"
verify 1 "$WORK/ubah.pdf" --data "$DATA"
expect_contains "[GAGAL] Isi dokumen tidak berubah" "$WORK/verify.txt"

# --- bytes appended after the signature ----------------------------------
cp "$WORK/asli.pdf" "$WORK/tambah.pdf"
printf '\n%% tambahan\n' >>"$WORK/tambah.pdf"
pdf_expect_invalid "$WORK/tambah.pdf" appended
upload "$WORK/tambah.pdf" /verifikasi
expect_contains "Tanda tangan mencakup seluruh berkas:</strong> GAGAL" "$BODY"
verify 1 "$WORK/tambah.pdf" --data "$DATA"
expect_contains "[GAGAL] Tanda tangan mencakup seluruh berkas" "$WORK/verify.txt"

# --- a PDF signed by an unknown CA (H2's test tool, throw-away PKI) -------
_bd=$(dirname "$PAMONG")
case $_bd in */san) _bd=$(dirname "$_bd") ;; esac
TOOL=$_bd/san/unit/dokumen/pades_tool
[ -x "$TOOL" ] || (cd "$ROOT" && make -s B="${_bd#"$ROOT"/}" \
    "${_bd#"$ROOT"/}/san/unit/dokumen/pades_tool") >"$WORK/make.log" 2>&1
mkdir -p "$WORK/asing"
if [ -x "$TOOL" ] && "$TOOL" pki "$WORK/asing" >/dev/null 2>&1 &&
    "$TOOL" letter "$WORK/asing0.pdf" 7Q2K-9XJ4-M1PA https://x.example/v/1 >/dev/null 2>&1 &&
    "$TOOL" sign "$WORK/asing" signer "$WORK/asing0.pdf" "$WORK/asing.pdf" bt >/dev/null 2>&1; then
	ok "a PDF signed by an unknown CA"
	pdf_expect_invalid "$WORK/asing.pdf" untrusted
	upload "$WORK/asing.pdf" /verifikasi
	expect_contains "Isi dokumen tidak berubah sejak ditandatangani:</strong> lulus" "$BODY"
	expect_contains "diterbitkan oleh PKI Pemerintah Kabupaten Siak:</strong> GAGAL" "$BODY"
	verify 1 "$WORK/asing.pdf" --data "$DATA"
	expect_contains "[GAGAL] Sertifikat penanda tangan diterbitkan oleh PKI" "$WORK/verify.txt"
else
	fail "a PDF signed by an unknown CA (pades_tool)"
fi

# --- not a PDF -----------------------------------------------------------
printf 'Ini bukan PDF, hanya teks biasa.\n' >"$WORK/teks.pdf"
pdf_expect_invalid "$WORK/teks.pdf" notpdf
upload "$WORK/teks.pdf" /verifikasi
expect_contains "Berkas berupa dokumen PDF:</strong> GAGAL" "$BODY"
expect_contains "Berkas bukan dokumen PDF." "$BODY"
verify 1 "$WORK/teks.pdf" --data "$DATA"
expect_status 422 POST /verifikasi -b "$WORK/anon.jar" -F "csrf=$(csrf_from /verifikasi "$WORK/anon.jar")"

# --- revocation ----------------------------------------------------------
KODE=$(sql "SELECT kode FROM dokumen WHERE sha256 = '$(sha256sum "$WORK/asli.pdf" | cut -d' ' -f1)'")
rev() {	# rev CODE TOKEN KODE ALASAN
	_b=$(node -e 'console.log(JSON.stringify({alasan: process.argv[1]}))' "$4")
	expect_status "$1" POST "/api/v1/dokumen/$3/cabut" -H "Authorization: Bearer $2" \
	    -H 'Content-Type: application/json' -d "$_b"
}
TL=$(sql "SELECT count(*) FROM tlog_entry")
rev 403 "$TW" "$KODE" "Bukan hak warga"
rev 403 "$TO" "$KODE" "Operator tidak menandatangani"
TR=$(token op.kampungrempak)
rev 404 "$TR" "$KODE" "Unit lain tidak melihatnya"
rev 422 "$TP" "$KODE" "abc"
rev 404 "$TP" "0000-0000-0000-0000-0" "Tidak ada dokumen ini"
check "nothing revoked yet" test "$(sql "SELECT status FROM dokumen WHERE kode = '$KODE'")" = sah
for k in 1 2 3 4 5 6; do	# both workers hold the page as "Sah"
	curl -s -o /dev/null -m 20 "$BASE/v/$KODE"
done
rev 200 "$TP" "$KODE" "Data alamat pemohon keliru."
expect_json 'j.status === "dicabut"' "$BODY"
rev 409 "$TP" "$KODE" "Dicabut dua kali"
check "revocation in the log, reason only hashed" test "$(sql "SELECT count(*) FROM tlog_entry WHERE CAST(entry AS TEXT) LIKE '{\"alasan_sha256\":\"%\",\"jenis\":\"dokumen_cabut\",\"kode\":\"$KODE\",%' AND CAST(entry AS TEXT) NOT LIKE '%keliru%'")" = 1
check "one more log entry" test "$(sql "SELECT count(*) FROM tlog_entry")" = $((TL + 1))
check "audit: dokumen.cabut" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'dokumen.cabut' AND object_id = '$KODE'")" = 1
check "the applicant is told" test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'warga.demo' AND n.text LIKE '%dicabut%'")" = 1
expect_status 200 GET "/api/v1/verifikasi/$KODE"
expect_json 'j.status === "dicabut" && j.dicabut.alasan === "Data alamat pemohon keliru." && j.dicabut.oleh === "Lurah Kampung Dalam" && typeof j.dicabut.waktu === "string"' "$BODY"
expect_status 200 GET "/v/$KODE"
expect_contains "Dicabut" "$BODY"
expect_contains "Data alamat pemohon keliru." "$BODY"
n=0
for k in 1 2 3 4 5 6; do	# on every worker at once
	curl -s -m 20 "$BASE/v/$KODE" | grep -q "Dicabut" && n=$((n + 1))
done
check "the revocation is on /v/$KODE at once, every fetch ($n of 6)" \
    test "$n" = 6
upload "$WORK/asli.pdf" "/v/$KODE"
expect_contains "Dokumen masih berlaku (tidak dicabut dan tidak digantikan):</strong> GAGAL" "$BODY"
verify 1 "$WORK/asli.pdf" --data "$DATA"
expect_contains "Status:                dicabut" "$WORK/verify.txt"
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")" -H "Authorization: Bearer $TW"

# --- supersession (API, by the admin? no certificate; by the signer) -----
signed_letter
OLD=$KODE
sup() {	# sup CODE TOKEN KODE ALASAN PASS
	_b=$(node -e 'console.log(JSON.stringify({alasan: process.argv[1], passphrase: process.argv[2]}))' "$4" "$5")
	expect_status "$1" POST "/api/v1/dokumen/$3/ganti" -H "Authorization: Bearer $2" \
	    -H 'Content-Type: application/json' -d "$_b"
}
sup 403 "$TP" "$OLD" "Perbaikan nama jalan." "frasa-yang-salah-sekali"
check "wrong passphrase audited" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'dokumen.frasa_salah' AND object_id = '$OLD'")" = 1
check "still sah" test "$(sql "SELECT status FROM dokumen WHERE kode = '$OLD'")" = sah
sup 422 "$TA" "$OLD" "Admin tanpa sertifikat." "$PASS_OK"
sup 200 "$TP" "$OLD" "Perbaikan nama jalan." "$PASS_OK"
NEW=$(jget j.pengganti)
check "a new code" test -n "$NEW" -a "$NEW" != "$OLD"
check "old digantikan, pointing at the new" test "$(sql "SELECT o.status || ' ' || n.kode || ' ' || n.status FROM dokumen o JOIN dokumen n ON n.id = o.superseded_by WHERE o.kode = '$OLD'")" = "digantikan $NEW sah"
check "supersession in the log" test "$(sql "SELECT count(*) FROM tlog_entry WHERE CAST(entry AS TEXT) LIKE '{\"jenis\":\"dokumen_ganti\",\"kode\":\"$OLD\",\"pengganti\":\"$NEW\",%'")" = 1
expect_status 200 GET "/api/v1/verifikasi/$OLD"
expect_json 'j.status === "digantikan" && j.digantikan.oleh_dokumen === "'"$NEW"'"' "$BODY"
expect_status 200 GET "/v/$OLD"
expect_contains "Digantikan" "$BODY"
expect_contains ">$NEW</a>" "$BODY"
expect_status 200 GET "/api/v1/verifikasi/$NEW"
expect_json 'j.status === "sah" && j.menggantikan === "'"$OLD"'"' "$BODY"
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")" -H "Authorization: Bearer $TW"
expect_json 'j.dokumen.kode_verifikasi === "'"$NEW"'"' "$BODY"
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
cp "$BODY" "$WORK/baru.pdf"
pdf_expect_valid "$WORK/baru.pdf"
verify 0 "$WORK/baru.pdf" --data "$DATA"

# --- the citizen's pages: download from "Permohonan Saya" ----------------
login warga.demo "$PW" "$WORK/w.jar" && ok "warga signs in" || fail "warga signs in"
expect_status 200 GET "/permohonan/$(enc "$N")" -b "$WORK/w.jar"
expect_contains "Dokumen hasil layanan" "$BODY"
expect_contains "/unduh\">Unduh dokumen (PDF)" "$BODY"
expect_status 200 GET "/dokumen/$NEW/unduh" -b "$WORK/w.jar"
expect_header Content-Type 'application/pdf'
check "web download is the registered file" test "$(sha256sum "$BODY" | cut -d' ' -f1)" = "$(sql "SELECT sha256 FROM dokumen WHERE kode = '$NEW'")"
add_user warga.lain warga "" 1408014507900017
login warga.lain "$PW" "$WORK/l.jar" || true
expect_status 404 GET "/dokumen/$NEW/unduh" -b "$WORK/l.jar"

# --- the officer's web revocation form -----------------------------------
login penghulu.kampungdalam "$PW" "$WORK/p.jar" || true
expect_status 200 GET "/dokumen/$NEW/kelola" -b "$WORK/p.jar"
expect_contains 'type="password"' "$BODY"
C=$(csrf_from "/dokumen/$NEW/kelola" "$WORK/p.jar")
expect_status 422 POST "/dokumen/$NEW/cabut" -b "$WORK/p.jar" --data-urlencode "csrf=$C" --data-urlencode "alasan=x"
expect_status 303 POST "/dokumen/$NEW/cabut" -b "$WORK/p.jar" --data-urlencode "csrf=$C" --data-urlencode "alasan=Permohonan dibatalkan oleh pemohon."
check "revoked from the web form" test "$(sql "SELECT status FROM dokumen WHERE kode = '$NEW'")" = dicabut
login op.kampungdalam "$PW" "$WORK/o.jar" || true
expect_status 403 GET "/dokumen/$K2/kelola" -b "$WORK/o.jar"
login admin.kominfo "$PW" "$WORK/a.jar" || true
expect_status 200 GET /admin/dokumen -b "$WORK/a.jar"
expect_contains "$K2" "$BODY"

finish
