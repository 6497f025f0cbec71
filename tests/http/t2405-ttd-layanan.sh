#!/bin/sh
# t2405-ttd-layanan.sh: the signer backend per document type (issue 18;
# doc/bsre.md "Per document type"):
#  - `pamong ttd backend --data DIR --unit CODE --layanan KODE
#    lokal|bsre|unit` sets or clears (unit) one service's backend at a
#    unit, audited (object_type layanan); the old form without --layanan
#    is unchanged; unknown service, bad word, `unit` without --layanan
#    refused;
#  - a lokal unit with KPG-02 on bsre signs KPG-02 through the BSrE
#    stand-in (penerbit bsre, one sign call), cleared it signs lokal
#    again; a bsre unit with KPG-02 on lokal signs KPG-02 locally.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/../bsre/standin.sh"

NIK=1408011501850003
PASS_BSRE=Frasa-BSrE-Uji-2026
bsre_standin "$NIK" "$PASS_BSRE"
start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)
PID=$(sql "SELECT id FROM account WHERE username = 'penghulu.kampungdalam'")
UNIT=$(sql "SELECT u.code FROM unit u JOIN account a ON a.unit_id = u.id WHERE a.username = 'penghulu.kampungdalam'")
sql "UPDATE account SET nik = '$NIK' WHERE id = $PID"
bsre_conf 2

backend() {	# backend WANT-EXIT ARGS...
	_w=$1
	shift
	"$PAMONG" ttd backend --data "$DATA" "$@" >"$WORK/ttd.txt" 2>&1
	_rc=$?
	check "pamong ttd backend $* -> exit $_w" test "$_rc" = "$_w" ||
	    cat "$WORK/ttd.txt" >&2
}
signed_by() {	# signed_by PASSPHRASE: a KPG-02 signed; its penerbit in P
	kpg02 201 "$TW"
	N=$NOMOR
	act 200 "$TO" "$N" verifikasi
	_b=$(node -e 'console.log(JSON.stringify({tindakan: "setujui", passphrase: process.argv[1]}))' "$1")
	expect_status 200 POST "/api/v1/permohonan/$(enc "$N")/tindakan" \
	    -H "Authorization: Bearer $TP" -H 'Content-Type: application/json' \
	    -d "$_b" || head -c 400 "$BODY" >&2
	P=$(sql "SELECT d.penerbit FROM dokumen d JOIN permohonan p ON p.id = d.permohonan_id WHERE p.nomor = '$N'")
}
over() { sql "SELECT t.backend FROM ttd_backend_layanan t JOIN layanan l ON l.id = t.layanan_id JOIN unit u ON u.id = t.unit_id WHERE u.code = '$UNIT' AND l.code = 'KPG-02'"; }

# --- the command ------------------------------------------------------------
backend 2 --unit "$UNIT" unit
backend 2 --unit "$UNIT" --layanan KPG-02 awan
backend 2 --unit "$UNIT" --layanan KPG-02
backend 1 --unit "$UNIT" --layanan TIDAK-ADA bsre
expect_contains "layanan TIDAK-ADA tidak dikenal" "$WORK/ttd.txt"
backend 1 --unit TIDAK-ADA --layanan KPG-02 bsre
mv "$DATA/bsre.conf" "$DATA/bsre.conf.simpan"
backend 1 --unit "$UNIT" --layanan KPG-02 bsre
expect_contains "bsre.conf tidak ada" "$WORK/ttd.txt"
mv "$DATA/bsre.conf.simpan" "$DATA/bsre.conf"
check "nothing stored by a refusal" test -z "$(over)"
backend 0 --unit "$UNIT" --layanan KPG-02 bsre
expect_contains "Layanan KPG-02 di unit $UNIT menandatangani dengan bsre." "$WORK/ttd.txt"
check "stored: KPG-02 bsre" test "$(over)" = bsre
check "the unit itself stays lokal" test -z "$(sql "SELECT backend FROM ttd_backend t JOIN unit u ON u.id = t.unit_id WHERE u.code = '$UNIT'")"
check "audited: layanan $UNIT/KPG-02 unit -> bsre, by the CLI" test \
    "$(sql "SELECT object_type || ' ' || object_id || ' ' || from_state || '>' || to_state || ' ' || role FROM audit_event WHERE action = 'ttd.backend'")" = "layanan $UNIT/KPG-02 unit>bsre cli"

# --- a lokal unit, KPG-02 through BSrE ------------------------------------------
signed_by "$PASS_BSRE"
check "KPG-02 signed through BSrE (penerbit bsre)" test "$P" = bsre
check "one v2 sign call" test "$(bsre_calls 'v2 sign')" = 1

# --- cleared: the unit's lokal again ----------------------------------------------
backend 0 --unit "$UNIT" --layanan KPG-02 unit
expect_contains "mengikuti cara tanda tangan unit" "$WORK/ttd.txt"
check "cleared" test -z "$(over)"
check "audited: bsre -> unit" test "$(sql "SELECT from_state || '>' || to_state FROM audit_event WHERE action = 'ttd.backend' ORDER BY id DESC LIMIT 1")" = "bsre>unit"
signed_by Siak-TTE-Demo-2026
check "KPG-02 signed lokal again" test "$P" = lokal
check "no further sign call" test "$(bsre_calls 'v2 sign')" = 1

# --- a bsre unit, KPG-02 kept lokal ------------------------------------------------
backend 0 --unit "$UNIT" bsre
expect_contains "menandatangani dengan bsre" "$WORK/ttd.txt"
backend 0 --unit "$UNIT" --layanan KPG-02 lokal
check "stored: KPG-02 lokal" test "$(over)" = lokal
signed_by Siak-TTE-Demo-2026
check "KPG-02 signed lokal at a bsre unit" test "$P" = lokal
check "still no further sign call" test "$(bsre_calls 'v2 sign')" = 1
finish
