#!/bin/sh
# t2308-perizinan-tahan.sh: the decision on a permit waits for the
# payment of its retribution (issue 17; found missing in the SKRD work:
# the head could sign the decree while the SKRD was unpaid).  Once an SKRD
# is set, the signing action (setujui) is refused with 409 and the reason
# (the SKRD's number and amount), on the API and on the officer's page,
# and nothing is signed or moved; a refusal (tolak) is not held back;
# after the payment the head signs.  The hold is written in the SKRD's
# own transaction and lifted in the payment's (permohonan_tahan(),
# permohonan_lepas()).
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
TP=$(token op.dpmptsp)
TPK=$(token kadis.dpmptsp)
CT='Content-Type: application/json'
expect_eq() { # DESC GOT WANT
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
reviewed() { # a reklame application, verified and reviewed: NOMOR
	reklame "$TW"
	act 200 "$TP" "$NOMOR" verifikasi
	expect_status 200 POST "/api/v1/permohonan/$(enc "$NOMOR")/tindakan" \
	    -H "Authorization: Bearer $TP" -F tindakan=kaji \
	    -F 'catatan=Lokasi sesuai tata ruang.' -F "berkas.kajian_teknis=@$PDF"
}
post() { # PATH TOKEN JSON -> status code, body in $BODY
	curl -s -m 30 -o "$BODY" -w '%{http_code}' -H "$CT" \
	    -H "Authorization: Bearer $2" -d "$3" "$BASE$1"
}
state() { sql "SELECT state FROM permohonan WHERE nomor = '$1'"; }

reviewed
N=$NOMOR
expect_eq "reviewed ($N)" "$(state "$N")" dikaji
expect_eq "SKRD set" "$(post /api/v1/perizinan/skrd "$TP" "{\"permohonan\":\"$N\",\"zona\":\"A\",\"hari\":30}")" 201
S=$(sql "SELECT nomor FROM izin_skrd")
expect_eq "the hold is open, in the SKRD's transaction" \
    "$(sql "SELECT sumber || ' ' || (dilepas_at IS NULL) FROM permohonan_tahan")" "perizinan.skrd 1"

# the head may not sign while it is unpaid
D0=$(sql "SELECT count(*) FROM dokumen")
act 409 "$TPK" "$N" setujui
expect_json "j.galat && /belum dapat diambil/.test(j.galat.pesan) && j.galat.pesan.includes('$S') && /belum dibayar/.test(j.galat.pesan)" "$BODY"
expect_eq "not moved" "$(state "$N")" dikaji
expect_eq "nothing signed" "$(sql "SELECT count(*) FROM dokumen")" "$D0"
# the officer's page says why, and offers no signing form
KJ=$WORK/kadis.jar
check "login kadis.dpmptsp" login kadis.dpmptsp "$PW" "$KJ"
expect_status 200 GET "/petugas/permohonan/$(enc "$N")" -b "$KJ"
expect_contains "Keputusan belum dapat diambil: retribusi daerah (SKRD $S" "$BODY"

# pay: the hold is lifted in the payment's transaction; now the head signs
expect_eq "payment recorded" "$(post /api/v1/perizinan/bayar "$TP" "{\"skrd\":\"$S\",\"referensi\":\"BRK-2026-0101\"}")" 200
expect_eq "the hold is lifted" "$(sql "SELECT dilepas_at IS NOT NULL FROM permohonan_tahan")" 1
act 200 "$TPK" "$N" setujui
expect_json 'j.status === "selesai"' "$BODY"
expect_eq "signed once" "$(sql "SELECT count(*) FROM dokumen")" "$((D0 + 1))"

# a refusal is not held back by an unpaid SKRD
reviewed
N2=$NOMOR
expect_eq "second SKRD set" "$(post /api/v1/perizinan/skrd "$TP" "{\"permohonan\":\"$N2\",\"zona\":\"B\",\"hari\":10}")" 201
act 200 "$TPK" "$N2" tolak "Lokasi tidak sesuai rencana tata ruang."
expect_eq "refused while unpaid" "$(state "$N2")" ditolak
finish
