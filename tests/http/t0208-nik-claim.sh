#!/bin/sh
# t0208-nik-claim.sh: issue 12 item 5.  A self-registered NIK is only
# claimed: no letter is signed for it (409, page and API) until an office
# officer checks the KTP-el (/petugas/nik) or the verifier confirms the
# uploaded KTP ("ktp_sesuai"); the real owner takes a squatted NIK back at
# an office (the squatter loses it and is disabled, an Inspektorat case
# opens); staff without a verified NIK do not process applications.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
WPW=Sandi-Warga-Uji-2026
NIK_OWNER=1408014107900021	# squatted, then taken back
NIK_B=1408015507900022		# verified through an application

# daftar USER NIK JAR: a citizen signs up through /daftar; the status
# goes to $CODE.
daftar() {
	_c=$(csrf_from /daftar "$3")
	CODE=$(curl -s -m 20 -o "$BODY" -D "$HEADERS" -w '%{http_code}' \
	    -b "$3" -c "$3" --data-urlencode "csrf=$_c" \
	    --data-urlencode "nik=$2" --data-urlencode "nama=Warga $1" \
	    --data-urlencode "telepon=081200000009" \
	    --data-urlencode "pengguna=$1" --data-urlencode "sandi=$WPW" \
	    --data-urlencode "sandi2=$WPW" "$BASE/daftar")
}

# --- what is verified from the start --------------------------------------
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1"; else fail "$1: '$2' (expected '$3')"; fi
}
expect_eq "the demo citizen's NIK is verified (init --demo)" \
    "$(sql "SELECT nik_verified_via FROM account WHERE username = 'warga.demo'")" admin
expect_eq "every demo officer has a verified NIK" \
    "$(sql "SELECT count(*) FROM account a JOIN account_role r ON r.account_id = a.id WHERE r.role IN ('operator','verifikator','penandatangan','kepala') AND (a.nik IS NULL OR a.nik_verified_at IS NULL)")" 0

# --- a squatter signs up with someone else's NIK: only claimed --------------
daftar penyerobot "$NIK_OWNER" "$WORK/js"
expect_eq "the squatter's sign-up is accepted" "$CODE" 303
expect_eq "its NIK is only claimed" \
    "$(sql "SELECT nik_verified_at IS NULL FROM account WHERE username = 'penyerobot'")" 1
expect_status 200 GET /akun -b "$WORK/js"
expect_contains 'Belum terverifikasi' "$BODY"

TS=$(token penyerobot "$WPW")
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
kpg02 201 "$TS"
NS=$NOMOR
expect_status 200 GET "/api/v1/permohonan/$(enc "$NS")" -H "Authorization: Bearer $TO"
expect_json 'j.pemohon.nik_terverifikasi === false' "$BODY"
expect_json 'j.tindakan.find(t => t.kode === "verifikasi").verifikasi === true' "$BODY"
act 200 "$TO" "$NS" verifikasi
# the signer sees why, and signing is refused: 409, nothing signed
expect_status 200 GET "/api/v1/permohonan/$(enc "$NS")" -H "Authorization: Bearer $TP"
expect_json '/belum terverifikasi/.test(j.tindakan.find(t => t.kode === "setujui").terhalang)' "$BODY"
act 409 "$TP" "$NS" setujui
expect_json 'j.galat.kode === "nik_belum_terverifikasi"' "$BODY"
expect_json '/NIK pemohon belum terverifikasi. Verifikasi KTP pemohon di kantor kampung\/kelurahan atau Disdukcapil/.test(j.galat.pesan)' "$BODY"
expect_eq "no letter was signed" "$(sql "SELECT count(*) FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$NS'")" 0
expect_eq "the case did not move" "$(sql "SELECT state FROM permohonan WHERE nomor = '$NS'")" diverifikasi
# the same through the officer's page
JP=$WORK/jp
login penghulu.kampungdalam "$PW" "$JP" && ok "login penghulu" || fail "login penghulu"
SEG=$(enc "$NS")
expect_status 200 GET "/petugas/permohonan/$SEG" -b "$JP"
expect_contains 'NIK pemohon belum terverifikasi' "$BODY"
C=$(csrf_from "/petugas/permohonan/$SEG" "$JP")
expect_status 409 POST "/petugas/permohonan/$SEG/tindakan" -b "$JP" \
    --data-urlencode "csrf=$C" --data-urlencode "tindakan=setujui" \
    --data-urlencode "passphrase=Siak-TTE-Demo-2026"
expect_contains 'NIK pemohon belum terverifikasi' "$BODY"

# --- (b) the verifier confirms the uploaded KTP ---------------------------
daftar warga.b "$NIK_B" "$WORK/jb"
expect_eq "second citizen signed up" "$CODE" 303
TB=$(token warga.b "$WPW")
kpg02 201 "$TB"
NB=$NOMOR
# only with the verifying action, and as a boolean
expect_status 422 POST "/api/v1/permohonan/$(enc "$NB")/tindakan" \
    -H "Authorization: Bearer $TO" -H 'Content-Type: application/json' \
    -d '{"tindakan":"kembalikan","catatan":"Lengkapi berkas","ktp_sesuai":true}'
expect_json '/hanya dapat diberikan bersama tindakan verifikasi/.test(j.galat.pesan)' "$BODY"
expect_status 422 POST "/api/v1/permohonan/$(enc "$NB")/tindakan" \
    -H "Authorization: Bearer $TO" -H 'Content-Type: application/json' \
    -d '{"tindakan":"verifikasi","ktp_sesuai":"ya"}'
expect_eq "nothing verified yet" \
    "$(sql "SELECT nik_verified_at IS NULL FROM account WHERE username = 'warga.b'")" 1
# the officer's page offers the checkbox with the verifying action
JO=$WORK/jo
login op.kampungdalam "$PW" "$JO" && ok "login operator" || fail "login operator"
expect_status 200 GET "/petugas/permohonan/$(enc "$NB")" -b "$JO"
expect_contains 'name="ktp_sesuai"' "$BODY"
expect_contains 'KTP sesuai dengan pemohon' "$BODY"
C=$(csrf_from "/petugas/permohonan/$(enc "$NB")" "$JO")
expect_status 303 POST "/petugas/permohonan/$(enc "$NB")/tindakan" -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "tindakan=verifikasi" \
    --data-urlencode "ktp_sesuai=1"
expect_eq "the applicant's NIK is verified through the application" \
    "$(sql "SELECT nik_verified_via || ' ' || (SELECT username FROM account o WHERE o.id = a.nik_verified_by) FROM account a WHERE username = 'warga.b'")" \
    "permohonan op.kampungdalam"
expect_eq "audited with the application" \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.nik_verifikasi' AND object_id = 'warga.b' AND note = 'permohonan: $NB'")" 1
act 200 "$TP" "$NB" setujui
expect_json 'j.status === "selesai"' "$BODY"

# --- staff without a verified NIK do not process applications -------------
add_user op.tanpanik operator,verifikator 14.08.01.1001
TN=$(token op.tanpanik)
kpg02 201 "$(token warga.demo)"
ND=$NOMOR
act 403 "$TN" "$ND" verifikasi
expect_json '/belum memiliki NIK terverifikasi/.test(j.galat.pesan)' "$BODY"
expect_eq "the case did not move" "$(sql "SELECT state FROM permohonan WHERE nomor = '$ND'")" diajukan

# --- (a) the office page ----------------------------------------------------
daftar warga.c 1408016505900023 "$WORK/jc"
expect_eq "third citizen signed up" "$CODE" 303
# an OPD officer is not an office for NIKs; a citizen is not staff
JD=$WORK/jd
login op.dpmptsp "$PW" "$JD" && ok "login op.dpmptsp" || fail "login op.dpmptsp"
expect_status 403 GET '/petugas/nik?q=warga.c' -b "$JD"
expect_status 403 GET /petugas/nik -b "$WORK/jc"
expect_status 200 GET /petugas -b "$JO"
expect_contains 'href="/petugas/nik"' "$BODY"
expect_status 200 GET /petugas -b "$JD"
expect_not_contains 'href="/petugas/nik"' "$BODY"
expect_status 200 GET '/petugas/nik?q=1408016505900023' -b "$JO"
expect_contains '1408016505900023' "$BODY"
expect_contains 'Warga warga.c' "$BODY"
expect_contains 'Belum terverifikasi' "$BODY"
expect_contains 'Tandai NIK terverifikasi' "$BODY"
expect_eq "the look-up is in the citizen's data-access log" \
    "$(sql "SELECT count(*) FROM akses_data d JOIN account a ON a.id = d.subjek_id WHERE a.username = 'warga.c' AND d.objek_type = 'akun'")" 1
C=$(csrf_from /petugas/nik "$JO")
expect_status 422 POST /petugas/nik/verifikasi -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "akun=warga.c"
expect_contains 'Centang pernyataan' "$BODY"
expect_status 303 POST /petugas/nik/verifikasi -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "akun=warga.c" \
    --data-urlencode "konfirmasi=1"
expect_header location 'ok=verifikasi'
expect_eq "verified at the office" \
    "$(sql "SELECT nik_verified_via FROM account WHERE username = 'warga.c'")" kantor
expect_eq "audited" \
    "$(sql "SELECT count(*) FROM audit_event e JOIN account o ON o.id = e.actor_id WHERE e.action = 'akun.nik_verifikasi' AND e.object_id = 'warga.c' AND o.username = 'op.kampungdalam'")" 1
expect_status 409 POST /petugas/nik/verifikasi -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "akun=warga.c" \
    --data-urlencode "konfirmasi=1"
expect_status 200 GET /akun -b "$WORK/jc"
expect_contains 'Terverifikasi' "$BODY"

# --- the owner takes the NIK back -------------------------------------------
daftar pemilik "$NIK_OWNER" "$WORK/jw"
expect_eq "the owner cannot sign up with the squatted NIK" "$CODE" 422
expect_contains 'NIK sudah terdaftar. Jika NIK ini milik Anda, datang ke kantor kampung/kelurahan atau Disdukcapil' "$BODY"
expect_status 200 GET "/petugas/nik?q=$NIK_OWNER" -b "$JO"
expect_contains 'Ambil alih NIK' "$BODY"
C=$(csrf_from /petugas/nik "$JO")
# a verified NIK is not taken over at an office
expect_status 409 POST /petugas/nik/ambil-alih -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "nik=1408014507900001" \
    --data-urlencode "pengguna=pencuri" --data-urlencode "nama=Pencuri NIK" \
    --data-urlencode "telepon=081200000010" --data-urlencode "sandi=$WPW" \
    --data-urlencode "alasan=KTP-el asli diperiksa" --data-urlencode "konfirmasi=1"
expect_eq "warga.demo keeps the NIK" \
    "$(sql "SELECT nik FROM account WHERE username = 'warga.demo'")" 1408014507900001
expect_status 303 POST /petugas/nik/ambil-alih -b "$JO" \
    --data-urlencode "csrf=$C" --data-urlencode "nik=$NIK_OWNER" \
    --data-urlencode "pengguna=pemilik.asli" --data-urlencode "nama=Pemilik Asli" \
    --data-urlencode "telepon=081200000011" --data-urlencode "sandi=$WPW" \
    --data-urlencode "alasan=KTP-el asli diperiksa, foto dan tanda tangan cocok" \
    --data-urlencode "konfirmasi=1"
expect_header location '/petugas/nik\?ok=KAS-'
expect_eq "the NIK is the owner's, verified" \
    "$(sql "SELECT username || ' ' || nik_verified_via FROM account WHERE nik = '$NIK_OWNER'")" \
    "pemilik.asli ambil_alih"
expect_eq "the squatter lost it and is disabled" \
    "$(sql "SELECT coalesce(nik, '-') || ' ' || disabled FROM account WHERE username = 'penyerobot'")" "- 1"
expect_eq "the squatter's sessions ended" \
    "$(sql "SELECT count(*) FROM session s JOIN account a ON a.id = s.account_id WHERE a.username = 'penyerobot'")" 0
expect_eq "an Inspektorat case is open" \
    "$(sql "SELECT count(*) FROM kasus WHERE ref_type = 'akun' AND ref_id = 'penyerobot' AND status = 'baru' AND ringkasan LIKE '%$NIK_OWNER%'")" 1
expect_eq "every step audited" \
    "$(sql "SELECT group_concat(action) FROM (SELECT action FROM audit_event WHERE action IN ('akun.nik_dicabut', 'akun.nonaktifkan', 'akun.buat', 'akun.nik_verifikasi', 'kasus.buka') AND id > (SELECT max(id) FROM audit_event WHERE action = 'akun.nik_verifikasi' AND object_id = 'warga.c') ORDER BY id)")" \
    "akun.nik_dicabut,akun.nonaktifkan,akun.buat,akun.nik_verifikasi,kasus.buka"
expect_status 401 GET /api/v1/permohonan -H "Authorization: Bearer $TS"
login pemilik.asli "$WPW" "$WORK/jw" && ok "the owner signs in" || fail "the owner signs in"
# the squatter's application still names the NIK but is never signed
act 409 "$TP" "$NS" setujui
expect_json 'j.galat.kode === "nik_belum_terverifikasi"' "$BODY"
J1=$WORK/ji
login inspektur "$PW" "$J1" && ok "login inspektur" || fail "login inspektur"
expect_status 200 GET /inspektorat -b "$J1"
expect_contains 'Pengambilalihan NIK oleh pemiliknya' "$BODY"

finish
