#!/bin/sh
# t1003-pki-admin.sh: /admin/penandatangan: admins only; enrolment form
# (passphrase rules, role check, supersession onto the CRL); revocation
# form (reason, CRL re-issued); CSRF; a unit admin manages their own unit
# only.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
T=$WORK/pki
mkdir -p "$T"
J=$WORK/jar

expect_status 303 GET /admin/penandatangan
expect_header location '^/masuk'
login op.kecsiak "$PW" "$WORK/jop" && ok "login op.kecsiak" || fail "login op.kecsiak"
expect_status 403 GET /admin/penandatangan -b "$WORK/jop"
login warga.demo "$PW" "$WORK/jw" && ok "login warga.demo" || fail "login warga.demo"
expect_status 403 GET /admin/penandatangan -b "$WORK/jw"

login admin.kominfo "$PW" "$J" && ok "login admin.kominfo" || fail "login admin.kominfo"
expect_status 200 GET /admin/penandatangan -b "$J"
expect_contains "Penandatangan dan Sertifikat Elektronik" "$BODY"
expect_contains "penghulu.kampungdalam" "$BODY"
expect_contains "kadis.dpmptsp" "$BODY"
expect_contains "diketik sendiri oleh petugas" "$BODY"
expect_contains 'name="frasa2"' "$BODY"
expect_status 200 GET /admin -b "$J"
expect_contains 'href="/admin/penandatangan"' "$BODY"

OLD=$(sql "SELECT serial FROM signer_cert c JOIN account a ON a.id = c.account_id WHERE a.username = 'penghulu.kampungdalam' AND status = 'aktif'")
C=$(csrf_from /admin/penandatangan "$J")

# no CSRF token: refused, nothing changes
expect_status 403 POST /admin/penandatangan/daftar -b "$J" \
    --data-urlencode "pengguna=penghulu.kampungdalam" \
    --data-urlencode "frasa=Frasa-Sandi-Baru-2026" \
    --data-urlencode "frasa2=Frasa-Sandi-Baru-2026"
# short passphrase
expect_status 422 POST /admin/penandatangan/daftar -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "pengguna=penghulu.kampungdalam" \
    --data-urlencode "frasa=pendek-11ch" --data-urlencode "frasa2=pendek-11ch"
expect_contains "sedikitnya 12 karakter" "$BODY"
expect_not_contains "pendek-11ch" "$BODY"
# mismatch
expect_status 422 POST /admin/penandatangan/daftar -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "pengguna=penghulu.kampungdalam" \
    --data-urlencode "frasa=Frasa-Sandi-Baru-2026" --data-urlencode "frasa2=Frasa-Sandi-Lain-2026"
expect_contains "Ulangan frasa sandi tidak sama" "$BODY"
# account without role penandatangan
expect_status 422 POST /admin/penandatangan/daftar -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "pengguna=op.kampungdalam" \
    --data-urlencode "frasa=Frasa-Sandi-Baru-2026" --data-urlencode "frasa2=Frasa-Sandi-Baru-2026"
expect_contains "tidak memegang peran penandatangan" "$BODY"
# unknown account
expect_status 422 POST /admin/penandatangan/daftar -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "pengguna=tidak.ada" \
    --data-urlencode "frasa=Frasa-Sandi-Baru-2026" --data-urlencode "frasa2=Frasa-Sandi-Baru-2026"
expect_contains "tidak ditemukan" "$BODY"
check "nothing enrolled by refused forms" test "$(sql "SELECT count(*) FROM signer_cert")" = 4

# success: a new certificate; the old one superseded and on the CRL
expect_status 303 POST /admin/penandatangan/daftar -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "pengguna=penghulu.kampungdalam" \
    --data-urlencode "frasa=Frasa-Sandi-Baru-2026" --data-urlencode "frasa2=Frasa-Sandi-Baru-2026"
expect_header location '^/admin/penandatangan\?ok=daftar'
check "five certificates" test "$(sql "SELECT count(*) FROM signer_cert")" = 5
check "old certificate superseded" test "$(sql "SELECT status FROM signer_cert WHERE serial = '$OLD'")" = digantikan
check "audit records the enrolment by admin.kominfo" test "$(sql "SELECT count(*) FROM audit_event e JOIN account a ON a.id = e.actor_id WHERE e.action = 'pki.daftar' AND a.username = 'admin.kominfo'")" = 1
check "passphrase not in the audit trail" test "$(sql "SELECT count(*) FROM audit_event WHERE instr(coalesce(note, ''), 'Frasa-Sandi-Baru') > 0")" = 0
expect_status 200 GET "/admin/penandatangan?ok=daftar" -b "$J"
expect_contains "Sertifikat tanda tangan elektronik telah diterbitkan" "$BODY"
expect_contains "Digantikan" "$BODY"
curl -s -o "$T/crl1.der" "$BASE/pki/crl"
openssl crl -inform DER -in "$T/crl1.der" -noout -text >"$T/crl1.txt"
UOLD=$(echo "$OLD" | tr a-f A-F)
expect_contains "Serial Number: $UOLD" "$T/crl1.txt"
expect_contains "Superseded" "$T/crl1.txt"

# revocation form
NEWID=$(sql "SELECT c.id FROM signer_cert c JOIN account a ON a.id = c.account_id WHERE a.username = 'penghulu.kampungdalam' AND status = 'aktif'")
NEW=$(sql "SELECT upper(serial) FROM signer_cert WHERE id = $NEWID")
expect_status 422 POST /admin/penandatangan/cabut -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "sertifikat=$NEWID" \
    --data-urlencode "alasan=6" --data-urlencode "keterangan=ditahan"
expect_contains "Pilih alasan pencabutan" "$BODY"
expect_status 404 POST /admin/penandatangan/cabut -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "sertifikat=999999" \
    --data-urlencode "alasan=5"
# a unit admin (DPMPTSP) may not revoke a kampung officer's certificate
printf '%s\n' "$PW" | "$PAMONG" user add --data "$DATA" --username admin.dpmptsp \
    --role admin --unit DPMPTSP --name "Admin DPMPTSP" --password-stdin >/dev/null
login admin.dpmptsp "$PW" "$WORK/ju" && ok "login admin.dpmptsp" || fail "login admin.dpmptsp"
CU=$(csrf_from /admin/penandatangan "$WORK/ju")
expect_status 200 GET /admin/penandatangan -b "$WORK/ju"
expect_contains "kadis.dpmptsp" "$BODY"
expect_not_contains "Syahrial" "$BODY"
expect_status 403 POST /admin/penandatangan/cabut -b "$WORK/ju" \
    --data-urlencode "csrf=$CU" --data-urlencode "sertifikat=$NEWID" \
    --data-urlencode "alasan=5"
check "still active after the refused revocation" test "$(sql "SELECT status FROM signer_cert WHERE id = $NEWID")" = aktif
expect_status 303 POST /admin/penandatangan/cabut -b "$J" \
    --data-urlencode "csrf=$C" --data-urlencode "sertifikat=$NEWID" \
    --data-urlencode "alasan=5" --data-urlencode "keterangan=Pensiun"
check "revoked" test "$(sql "SELECT status || ':' || revoke_reason || ':' || revoke_text FROM signer_cert WHERE id = $NEWID")" = "dicabut:5:Pensiun"
expect_status 200 GET /pki/crl
openssl crl -inform DER -in "$BODY" -noout -text >"$T/crl2.txt"
expect_contains "Serial Number: $NEW" "$T/crl2.txt"
expect_contains "Cessation Of Operation" "$T/crl2.txt"
expect_status 200 GET "/admin/penandatangan?ok=cabut" -b "$J"
expect_contains "Sertifikat telah dicabut" "$BODY"
expect_contains "Pensiun" "$BODY"
finish
