#!/bin/sh
# t2401-bsre.sh: certified signatures through BSrE (issue 18; doc/bsre.md)
# against the stand-in tests/bsre/standin.py (local HTTPS, throw-away CAs):
#  - `pamong ttd backend --data DIR --unit CODE lokal|bsre`, audited; bsre
#    needs DATA/bsre.conf; bad words and units refused;
#  - the admin page /admin/ttd: a superadmin chooses any unit's backend
#    (audited), a unit admin only their own (403 for another unit);
#  - with versi = 1 (multipart) and versi = 2 (JSON, status checked
#    first) the officer's setujui + passphrase signs through BSrE: the
#    letter verifies with pdfsig (trusted by the stand-in's root) and
#    qpdf --check, penerbit bsre, one sign call each;
#  - a letter of the lokal backend verifies against the regency root; the
#    verification page and its JSON say who issued the certificate and
#    whether the signature is certified;
#  - every failure switch: wrong passphrase (403, counted toward the
#    throttle), unregistered NIK, revoked certificate, 500 (502 with a
#    clear Indonesian message, nothing signed), a slow answer (signed), a
#    file signed for another NIK (refused by Pamong's check), and a
#    timeout after signing: 504 belum_pasti, no retry, the letter held
#    with its nomor; signing again sends the same letter (same kode and
#    nomor) and registers exactly one document.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/pdf-lib.sh"
. "$(dirname "$0")/../bsre/standin.sh"

NIK=1408011501850003
NIK2=1408011501850004
PASS_BSRE=Frasa-BSrE-Uji-2026
bsre_standin "$NIK" "$PASS_BSRE" "$NIK2" "Frasa-Lain-2026" ISSUE
start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
PID=$(sql "SELECT id FROM account WHERE username = 'penghulu.kampungdalam'")
UNIT=$(sql "SELECT u.code FROM unit u JOIN account a ON a.unit_id = u.id WHERE a.username = 'penghulu.kampungdalam'")
sql "UPDATE account SET nik = '$NIK' WHERE id = $PID"

sign() {	# sign CODE NOMOR PASSPHRASE
	_b=$(node -e 'console.log(JSON.stringify({tindakan: "setujui", passphrase: process.argv[1]}))' "$3")
	expect_status "$1" POST "/api/v1/permohonan/$(enc "$2")/tindakan" \
	    -H "Authorization: Bearer $TP" -H 'Content-Type: application/json' \
	    -d "$_b" || { head -c 400 "$BODY" >&2; echo >&2; }
}
ready() {	# a new verified KPG-02 in N
	kpg02 201 "$TW"
	N=$NOMOR
	act 200 "$TO" "$N" verifikasi
}
doc_of() {	# doc_of NOMOR COLUMN
	sql "SELECT d.$2 FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$1'"
}
state_of() { sql "SELECT state FROM permohonan WHERE nomor = '$1'"; }
backend() {	# backend WANT-EXIT ARGS...
	_w=$1
	shift
	"$PAMONG" ttd backend --data "$DATA" "$@" >"$WORK/ttd.txt" 2>&1
	_rc=$?
	check "pamong ttd backend $* -> exit $_w" test "$_rc" = "$_w" ||
	    cat "$WORK/ttd.txt" >&2
}

# --- the command ------------------------------------------------------------
backend 1 --unit "$UNIT" bsre
expect_contains "bsre.conf tidak ada" "$WORK/ttd.txt"
backend 2 --unit "$UNIT" cloud
backend 2 --unit "$UNIT"
backend 2 --unit "$UNIT" bsre --tidak-ada
backend 1 --unit TIDAK-ADA bsre
printf 'url = %s\nversi = 3\nakar = x.pem\n' "$BSRE_URL" >"$DATA/bsre.conf"
backend 1 --unit "$UNIT" bsre
expect_contains "baris 2" "$WORK/ttd.txt"
bsre_conf 1
backend 0 --unit "$UNIT" bsre
expect_contains "menandatangani dengan bsre" "$WORK/ttd.txt"
check "the choice is stored" test "$(sql "SELECT t.backend FROM ttd_backend t JOIN unit u ON u.id = t.unit_id WHERE u.code = '$UNIT'")" = bsre
check "audit ttd.backend lokal -> bsre" test "$(sql "SELECT from_state || '>' || to_state FROM audit_event WHERE action = 'ttd.backend'")" = "lokal>bsre"

# --- versi 1: multipart, the answer body is the signed PDF --------------------
ready
sign 200 "$N" "$PASS_BSRE"
check "signed: the application is done" test "$(state_of "$N")" != diverifikasi
check "one v1 sign call" test "$(bsre_calls 'v1 sign')" = 1
check "the document is penerbit bsre" test "$(doc_of "$N" penerbit)" = bsre
check "no certificate of the regency CA" test "$(doc_of "$N" cert_id)" = 0
KODE1=$(doc_of "$N" kode)
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
cp "$BODY" "$WORK/bsre-v1.pdf"
pdf_nss_init "$BSRE/ca.pem"
pdf_expect_valid "$WORK/bsre-v1.pdf"
pdfsig "$WORK/bsre-v1.pdf" >"$WORK/sig.txt" 2>&1
expect_contains "Petugas Uji" "$WORK/sig.txt"
expect_contains "$NIK" "$WORK/sig.txt"
expect_status 200 GET "/v/$KODE1"
expect_contains "Balai Sertifikasi Elektronik (BSrE)" "$BODY"
expect_contains "Tanda Tangan Elektronik Tersertifikasi (BSrE/BSSN)" "$BODY"
expect_status 200 GET "/api/v1/verifikasi/$KODE1"
expect_json 'j.penerbit_sertifikat === "bsre" && j.tersertifikasi === true' "$BODY"
sql "SELECT * FROM audit_event" >"$WORK/audit.txt"
check "the passphrase is in no log or audit event" sh -c \
    "! grep -q '$PASS_BSRE' '$SERVER_LOG' '$WORK/audit.txt'"

# the letter as text: the BSrE footer, no wet signature needed
pdftotext "$WORK/bsre-v1.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$WORK/v1.txt"
expect_contains "diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara" "$WORK/v1.txt"
expect_contains "Dokumen ini tidak memerlukan tanda tangan basah." "$WORK/v1.txt"
expect_contains "/v/$KODE1" "$WORK/v1.txt"

# --- versi 2: JSON, the certificate status asked first -------------------------
bsre_conf 2
LONG="Tengku Said Muhammad Abdurrahman Syarifuddin Alhaddad bin Tengku Ismail"
sql "UPDATE account SET full_name = '$LONG' WHERE username = 'warga.demo'"
ready
sign 200 "$N" "$PASS_BSRE"
check "v2: status asked, then one sign call" test "$(bsre_calls "v2 status $NIK")/$(bsre_calls 'v2 sign')" = 1/1
check "v2: penerbit bsre" test "$(doc_of "$N" penerbit)" = bsre
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
cp "$BODY" "$WORK/bsre-v2.pdf"
pdf_expect_valid "$WORK/bsre-v2.pdf"
pdftotext "$WORK/bsre-v2.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$WORK/v2.txt"
expect_contains "$LONG" "$WORK/v2.txt"
expect_contains "tidak memerlukan tanda tangan basah" "$WORK/v2.txt"

# --- failures -------------------------------------------------------------------
ready
NF=$N
F0=$(sql "SELECT count(*) FROM ttd_gagal WHERE account_id = $PID")
sign 403 "$NF" "frasa-yang-salah"
expect_json 'j.galat.kode === "frasa_sandi_salah" && /Passphrase .*BSrE .*salah/.test(j.galat.pesan)' "$BODY"
check "a wrong BSrE passphrase counts toward the throttle" \
    test "$(sql "SELECT count(*) FROM ttd_gagal WHERE account_id = $PID")" = $((F0 + 1))
check "audit dokumen.frasa_salah" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'dokumen.frasa_salah'")" -ge 1

printf '%s %s REVOKE\n%s %s ISSUE\n' "$NIK" "$PASS_BSRE" "$NIK2" "Frasa-Lain-2026" >"$BSRE/users"
sign 502 "$NF" "$PASS_BSRE"
expect_json 'j.galat.kode === "bsre_menolak" && /telah dicabut/.test(j.galat.pesan)' "$BODY"
bsre_conf 1
sign 502 "$NF" "$PASS_BSRE"
expect_json '/telah dicabut/.test(j.galat.pesan)' "$BODY"
printf '%s %s ISSUE\n' "$NIK2" "Frasa-Lain-2026" >"$BSRE/users"
sign 502 "$NF" "$PASS_BSRE"
expect_json 'j.galat.kode === "bsre_menolak" && /belum terdaftar di BSrE/.test(j.galat.pesan)' "$BODY"
bsre_conf 2
V2=$(bsre_calls 'v2 sign')
sign 502 "$NF" "$PASS_BSRE"
expect_json '/belum terdaftar di BSrE/.test(j.galat.pesan)' "$BODY"
check "v2: an unregistered NIK is not sent to sign" test "$(bsre_calls 'v2 sign')" = "$V2"
printf '%s %s ISSUE\n%s %s ISSUE\n' "$NIK" "$PASS_BSRE" "$NIK2" "Frasa-Lain-2026" >"$BSRE/users"
bsre_switch 500
sign 502 "$NF" "$PASS_BSRE"
expect_json '/gangguan \(kode 500\)/.test(j.galat.pesan)' "$BODY"
bsre_switch nik_lain
bsre_conf 1
sign 502 "$NF" "$PASS_BSRE"
expect_json '/tidak atas nama NIK petugas/.test(j.galat.pesan)' "$BODY"
check "nothing signed by a failure" test -z "$(doc_of "$NF" kode)"
check "the application did not move" test "$(state_of "$NF")" = diverifikasi
bsre_switch lambat
sign 200 "$NF" "$PASS_BSRE"
check "a slow answer within batas_waktu signs" test "$(doc_of "$NF" penerbit)" = bsre

# --- timeout after signing: belum_pasti, no retry, the same letter again ---------
bsre_conf 1 2
bsre_switch diam
ready
S0=$(bsre_calls 'v1 sign')
sign 504 "$N" "$PASS_BSRE"
expect_json 'j.galat.kode === "belum_pasti" && /belum pasti/.test(j.galat.pesan)' "$BODY"
sleep 1
check "the stand-in signed it (outcome unknown to Pamong)" test "$(bsre_calls 'signed')" -ge 1
check "one sign call: never retried" test "$(bsre_calls 'v1 sign')" = $((S0 + 1))
HKODE=$(sql "SELECT t.kode FROM ttd_tertunda t JOIN permohonan p ON p.id = t.permohonan_id WHERE p.nomor = '$N'")
HNOMOR=$(sql "SELECT t.nomor_surat FROM ttd_tertunda t JOIN permohonan p ON p.id = t.permohonan_id WHERE p.nomor = '$N'")
check "the letter is held belum_pasti" test -n "$HKODE"
check "no document registered" test -z "$(doc_of "$N" kode)"
check "the application did not move" test "$(state_of "$N")" = diverifikasi
check "audit dokumen.belum_pasti" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'dokumen.belum_pasti' AND object_id = '$HKODE'")" = 1
bsre_switch ok
ready
NX=$N
sign 200 "$NX" "$PASS_BSRE"
check "the held letter's nomor is not given to another" test "$(doc_of "$NX" nomor_surat)" != "$HNOMOR"
N=$(sql "SELECT p.nomor FROM permohonan p JOIN ttd_tertunda t ON t.permohonan_id = p.id WHERE t.kode = '$HKODE'")
sign 200 "$N" "$PASS_BSRE"
check "signed again: the same kode" test "$(doc_of "$N" kode)" = "$HKODE"
check "signed again: the same nomor surat" test "$(doc_of "$N" nomor_surat)" = "$HNOMOR"
check "one document for the application" test "$(sql "SELECT count(*) FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$N'")" = 1
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
cp "$BODY" "$WORK/held.pdf"
pdf_expect_valid "$WORK/held.pdf"
HSHA=$(sql "SELECT berkas_sha256 FROM ttd_tertunda WHERE kode = '$HKODE'")
HFILE=$DATA/berkas/$(echo "$HSHA" | cut -c1-2)/$HSHA
check "the held rendering is the signed file's first revision" sh -c \
    "test -s '$HFILE' && cmp -s -n \$(stat -c %s '$HFILE') '$HFILE' '$WORK/held.pdf'"

# --- the admin page --------------------------------------------------------------
login superadmin Siak-Demo-2026 "$WORK/sa.jar" || fail "superadmin login"
login admin.kominfo Siak-Demo-2026 "$WORK/ak.jar" || fail "admin.kominfo login"
expect_status 200 GET /admin/ttd -b "$WORK/sa.jar"
expect_contains "$UNIT" "$BODY"
expect_contains "BSrE: $BSRE_URL" "$BODY"
expect_contains '<option value="bsre" selected>' "$BODY"
C=$(csrf_from /admin/ttd "$WORK/sa.jar")
A0=$(sql "SELECT count(*) FROM audit_event WHERE action = 'ttd.backend'")
expect_status 303 POST "/admin/ttd/$UNIT" -b "$WORK/sa.jar" -d "csrf=$C" -d backend=lokal
check "the page saved lokal" test "$(sql "SELECT t.backend FROM ttd_backend t JOIN unit u ON u.id = t.unit_id WHERE u.code = '$UNIT'")" = lokal
check "audited, as superadmin" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'ttd.backend' AND role = 'superadmin'")" = 1
expect_status 422 POST "/admin/ttd/$UNIT" -b "$WORK/sa.jar" -d "csrf=$C" -d backend=awan
expect_status 403 POST "/admin/ttd/$UNIT" -b "$WORK/sa.jar" -d backend=bsre
expect_status 200 GET /admin/ttd -b "$WORK/ak.jar"
expect_not_contains "$UNIT" "$BODY"
expect_contains "DISKOMINFO" "$BODY"
C2=$(csrf_from /admin/ttd "$WORK/ak.jar")
expect_status 403 POST "/admin/ttd/$UNIT" -b "$WORK/ak.jar" -d "csrf=$C2" -d backend=bsre
check "a unit admin cannot choose another unit's backend" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'ttd.backend'")" = $((A0 + 1))
expect_status 303 POST "/admin/ttd/DISKOMINFO" -b "$WORK/ak.jar" -d "csrf=$C2" -d backend=bsre
check "a unit admin chooses their own unit's" test "$(sql "SELECT t.backend FROM ttd_backend t JOIN unit u ON u.id = t.unit_id WHERE u.code = 'DISKOMINFO'")" = bsre

# --- the lokal backend: the regency CA, not certified ------------------------------
ready
act 200 "$TP" "$N" setujui
check "lokal: penerbit lokal" test "$(doc_of "$N" penerbit)" = lokal
KODE2=$(doc_of "$N" kode)
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
cp "$BODY" "$WORK/lokal.pdf"
"$PAMONG" pki root --data "$DATA" >"$WORK/root.pem" 2>/dev/null
rm -rf "$PDF_NSS"
pdf_nss_init "$WORK/root.pem"
pdf_expect_valid "$WORK/lokal.pdf"
pdftotext "$WORK/lokal.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$WORK/lokal.txt"
expect_contains "ditandatangani secara elektronik" "$WORK/lokal.txt"
expect_not_contains "BSrE" "$WORK/lokal.txt"
expect_not_contains "tanda tangan basah" "$WORK/lokal.txt"
expect_status 200 GET "/v/$KODE2"
expect_contains "Otoritas sertifikat Pemerintah Kabupaten Siak" "$BODY"
expect_contains "tidak tersertifikasi" "$BODY"
expect_status 200 GET "/api/v1/verifikasi/$KODE2"
expect_json 'j.penerbit_sertifikat === "lokal" && j.tersertifikasi === false' "$BODY"
finish
