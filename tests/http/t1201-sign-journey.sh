#!/bin/sh
# t1201-sign-journey.sh: the signed domisili letter through the API: warga
# applies, op.kampungdalam verifies, penghulu.kampungdalam approves with
# the signing passphrase; a wrong or missing passphrase changes nothing
# (403/422, audit row); the downloaded PDF passes pdfsig, qpdf, openssl
# cms and openssl ts; the registry, the public page /v/{kode} and
# /api/v1/verifikasi agree; downloads are for the applicant and staff.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/pdf-lib.sh"

PASS_OK=Siak-TTE-Demo-2026
start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)

sign() {	# sign CODE TOKEN NOMOR PASSPHRASE
	_b=$(node -e 'console.log(JSON.stringify({tindakan: "setujui", passphrase: process.argv[1]}))' "$4")
	expect_status "$1" POST "/api/v1/permohonan/$(enc "$3")/tindakan" \
	    -H "Authorization: Bearer $2" -H 'Content-Type: application/json' \
	    -d "$_b" || { head -c 400 "$BODY" >&2; echo >&2; }
}

kpg02 201 "$TW"
N=$NOMOR
act 200 "$TO" "$N" verifikasi
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")" -H "Authorization: Bearer $TP"
expect_json 'j.tindakan.find(t => t.kode === "setujui").tanda_tangan === true' "$BODY"
expect_json 'j.dokumen === null' "$BODY"

# --- no passphrase, wrong passphrase: nothing changes ------------------
ACT_NOPASS=1 act 422 "$TP" "$N" setujui
unset ACT_NOPASS
expect_json 'j.galat.kode === "isian_tidak_sah" && /frasa sandi/i.test(j.galat.pesan)' "$BODY"
AUD0=$(sql "SELECT count(*) FROM audit_event WHERE action = 'dokumen.frasa_salah'")
TL0=$(sql "SELECT count(*) FROM tlog_entry")
sign 403 "$TP" "$N" "bukan-frasa-sandi-yang-benar"
expect_json 'j.galat.kode === "frasa_sandi_salah" && /salah/.test(j.galat.pesan)' "$BODY"
check "state unchanged after a wrong passphrase" test "$(sql "SELECT state FROM permohonan WHERE nomor = '$N'")" = diverifikasi
check "no dokumen row after a wrong passphrase" test "$(sql "SELECT count(*) FROM dokumen")" = 0
check "no nomor surat used" test "$(sql "SELECT count(*) FROM surat_urut")" = 0
check "no log entry" test "$(sql "SELECT count(*) FROM tlog_entry")" = "$TL0"
check "the failure is in the audit trail" test "$(sql "SELECT count(*) FROM audit_event a JOIN account u ON u.id = a.actor_id WHERE a.action = 'dokumen.frasa_salah' AND a.object_id = '$N' AND u.username = 'penghulu.kampungdalam'")" = $((AUD0 + 1))
check "the passphrase is not in the audit trail" test "$(sql "SELECT count(*) FROM audit_event WHERE note LIKE '%bukan-frasa%'")" = 0
# the operator has no certificate and no right anyway
sign 403 "$TO" "$N" "$PASS_OK"

# --- approve with the passphrase ---------------------------------------
sign 200 "$TP" "$N" "$PASS_OK"
expect_json 'j.status === "selesai"' "$BODY"
check "one dokumen row, sah" test "$(sql "SELECT count(*) || status FROM dokumen")" = 1sah
KODE=$(sql "SELECT kode FROM dokumen")
SHA=$(sql "SELECT sha256 FROM dokumen")
NS=$(sql "SELECT nomor_surat FROM dokumen")
check "kode: 17 Crockford symbols in groups" sh -c "printf '%s' '$KODE' | grep -Eq '^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-HJKMNP-TV-Z*~\$=U]$'"
YEAR=$(TZ=Asia/Jakarta date +%Y)
check "nomor surat from the unit's sequence" test "$NS" = "470/001/14.08.01.1001/$YEAR"
check "signer and certificate recorded" test "$(sql "SELECT a.username || ' ' || (d.cert_sha256 = c.cert_sha256) || ' ' || d.signer_position FROM dokumen d JOIN account a ON a.id = d.signer_id JOIN signer_cert c ON c.id = d.cert_id")" = "penghulu.kampungdalam 1 Lurah Kampung Dalam"
check "the file is stored content-addressed" test -f "$DATA/berkas/$(printf %.2s "$SHA")/$SHA"
check "tlog entry of the document (no personal data)" test "$(sql "SELECT count(*) FROM tlog_entry t JOIN dokumen d ON d.tlog_idx = t.idx WHERE CAST(t.entry AS TEXT) = '{\"jenis\":\"dokumen\",\"kode\":\"' || d.kode || '\",\"sertifikat\":\"' || d.cert_sha256 || '\",\"sha256\":\"' || d.sha256 || '\",\"waktu\":\"' || strftime('%Y-%m-%dT%H:%M:%SZ', d.signed_at, 'unixepoch') || '\"}'")" = 1
check "tlog entry of the decision" test "$(sql "SELECT count(*) FROM tlog_entry WHERE CAST(entry AS TEXT) LIKE '{\"hasil\":\"selesai\",\"jenis\":\"keputusan\",\"layanan\":\"KPG-02\",\"unit\":\"14.08.01.1001\",\"waktu\":\"%'")" = 1
check "no NIK nor name in the log" test "$(sql "SELECT count(*) FROM tlog_entry WHERE CAST(entry AS TEXT) LIKE '%1408014507900001%' OR CAST(entry AS TEXT) LIKE '%Syahrial%'")" = 0
check "audit: dokumen.terbit" test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'dokumen.terbit' AND object_id = '$KODE'")" = 1

expect_status 200 GET "/api/v1/permohonan/$(enc "$N")" -H "Authorization: Bearer $TW"
expect_json 'j.dokumen.kode_verifikasi === "'"$KODE"'" && j.dokumen.sha256 === "'"$SHA"'" && j.dokumen.nomor_surat === "'"$NS"'"' "$BODY"

# --- download and check the PDF with independent tools ----------------
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
expect_header Content-Type 'application/pdf'
expect_header Content-Disposition '^attachment'
cp "$BODY" "$WORK/surat.pdf"
check "the download is the registered file" test "$(sha256sum "$WORK/surat.pdf" | cut -d' ' -f1)" = "$SHA"
"$PAMONG" pki root --data "$DATA" >"$WORK/root.pem" 2>/dev/null
pdf_nss_init "$WORK/root.pem"
pdf_expect_valid "$WORK/surat.pdf"
check "the PDF prints the verification URL" sh -c "pdftotext '$WORK/surat.pdf' - | tr -d '\n' | grep -qF '/v/$KODE'"
check "the PDF prints the nomor surat" sh -c "pdftotext '$WORK/surat.pdf' - | grep -qF '$NS'"
check "the PDF prints the applicant's address" sh -c "pdftotext '$WORK/surat.pdf' - | grep -qF 'Jl. Sultan Syarif Kasim No. 7'"

# --- the staff's and the other citizen's downloads ---------------------
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TO"
check "staff download audited" test "$(sql "SELECT count(*) FROM audit_event a JOIN account u ON u.id = a.actor_id WHERE a.action = 'permohonan.baca' AND a.object_id = '$N' AND u.username = 'op.kampungdalam' AND a.note LIKE 'Unduh dokumen%'")" = 1
add_user warga.lain warga "" 1408014507900017
TL=$(token warga.lain)
expect_status 404 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TL"
expect_status 404 GET "/api/v1/permohonan/$(enc "$N")" -H "Authorization: Bearer $TL"
TR=$(token op.kampungrempak)
expect_status 404 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TR"
expect_status 401 GET "/api/v1/permohonan/$(enc "$N")/dokumen"

# --- public verification ------------------------------------------------
expect_status 200 GET "/api/v1/verifikasi/$KODE"
expect_json 'j.status === "sah" && j.kode_verifikasi === "'"$KODE"'" && j.nomor_surat === "'"$NS"'" && j.sha256 === "'"$SHA"'"' "$BODY"
expect_json 'j.penandatangan.nama === "Syahrial" && j.penandatangan.jabatan === "Lurah Kampung Dalam" && j.unit === "Kelurahan Kampung Dalam"' "$BODY"
expect_json 'j.jenis === "SURAT KETERANGAN DOMISILI PENDUDUK" && typeof j.log.indeks === "number" && j.dicabut === null' "$BODY"
expect_not_contains 1408014507900001 "$BODY"
# once a signed checkpoint covers the entry, its inclusion proof checks out
expect_status 200 GET /log/checkpoint
expect_status 200 GET "/api/v1/verifikasi/$KODE"
expect_json 'j.log.inklusi === true && j.log.ukuran_log > j.log.indeks' "$BODY"
expect_status 200 GET "/v/$KODE"
expect_contains "telah diperiksa dan cocok" "$BODY"
expect_contains "Sah" "$BODY"
expect_contains "$NS" "$BODY"
expect_contains "Lurah Kampung Dalam" "$BODY"
expect_contains "$SHA" "$BODY"
expect_contains "Entri nomor" "$BODY"
expect_not_contains 1408014507900001 "$BODY"
expect_not_contains "Sultan Syarif Kasim" "$BODY"
# typed in lower case without hyphens: redirected to the canonical form
LOW=$(printf '%s' "$KODE" | tr -d - | tr A-Z a-z)
expect_status 303 GET "/v/$LOW"
expect_status 404 GET "/v/0000-0000-0000-0000-1"
expect_status 404 GET "/api/v1/verifikasi/0000-0000-0000-0000-0"
expect_status 200 GET "/verifikasi"
expect_status 303 GET "/verifikasi?kode=$LOW"
expect_status 422 GET "/verifikasi?kode=salah"

# a second letter of the same unit takes the next nomor
kpg02 201 "$TW"
N2=$NOMOR
act 200 "$TO" "$N2" verifikasi
sign 200 "$TP" "$N2" "$PASS_OK"
check "second nomor surat" test "$(sql "SELECT nomor_surat FROM dokumen ORDER BY id DESC LIMIT 1")" = "470/002/14.08.01.1001/$YEAR"
# a rejection is a final decision too
kpg02 201 "$TW"
N3=$NOMOR
act 200 "$TO" "$N3" verifikasi
act 200 "$TP" "$N3" tolak "Data tidak sesuai."
check "tlog entry of the rejection" test "$(sql "SELECT count(*) FROM tlog_entry WHERE CAST(entry AS TEXT) LIKE '{\"hasil\":\"ditolak\",\"jenis\":\"keputusan\"%'")" = 1

# four approvals at once in the same unit: every one signed, the nomor
# sequence dense and without duplicates (a taken number is signed again)
NS4= PIDS=
for i in 1 2 3 4; do
	kpg02 201 "$TW"
	act 200 "$TO" "$NOMOR" verifikasi
	NS4="$NS4 $NOMOR"
done
for n in $NS4; do
	curl -s -m 60 -o "$WORK/par.$(printf '%s' "$n" | tr / _)" -w '%{http_code}\n' \
	    -H "Authorization: Bearer $TP" -H 'Content-Type: application/json' \
	    -d "{\"tindakan\":\"setujui\",\"passphrase\":\"$PASS_OK\"}" \
	    "$BASE/api/v1/permohonan/$(enc "$n")/tindakan" >>"$WORK/par.codes" &
	PIDS="$PIDS $!"
done
# shellcheck disable=SC2086
wait $PIDS	# not a bare wait: the server is a child of this shell too
check "four concurrent approvals answered 200" test "$(grep -c '^200$' "$WORK/par.codes")" = 4
check "six documents, six distinct nomor" test "$(sql "SELECT count(*) || ' ' || count(DISTINCT nomor_surat) FROM dokumen")" = "6 6"
check "the sequence is dense" test "$(sql "SELECT group_concat(nomor_surat, ' ') FROM (SELECT nomor_surat FROM dokumen ORDER BY nomor_surat)")" = \
    "$(for i in 1 2 3 4 5 6; do printf '470/00%d/14.08.01.1001/%s ' $i "$YEAR"; done | sed 's/ $//')"
check "the unit's counter is at 6" test "$(sql "SELECT terakhir FROM surat_urut")" = 6

finish
