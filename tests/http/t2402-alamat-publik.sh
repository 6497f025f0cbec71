#!/bin/sh
# t2402-alamat-publik.sh: letters carry a verification URL made from
# DATA/pki/base_url (issue 18; doc/bsre.md "The public address").  In
# production (the workers of `serve --prod` run with PAMONG_SECURE_COOKIES,
# set here to stand in for it) a loopback or private base URL refuses
# signing, with a clear Indonesian message and nothing changed; with a
# public one the letter is signed and its QR/URL says that address.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

export PAMONG_SECURE_COOKIES=1
start_server
TW=$(token warga.demo)
TO=$(token op.kampungdalam)
TP=$(token penghulu.kampungdalam)

check "the demo base URL is loopback" grep -q '^http://127.0.0.1' "$DATA/pki/base_url"
kpg02 201 "$TW"
N=$NOMOR
act 200 "$TO" "$N" verifikasi
act 403 "$TP" "$N" setujui
expect_json 'j.galat.kode === "ditolak" && /alamat publik Pamong \(http:\/\/127\.0\.0\.1/.test(j.galat.pesan) && /loopback atau jaringan privat/.test(j.galat.pesan)' "$BODY"
check "nothing signed" test "$(sql "SELECT count(*) FROM dokumen")" = 0
check "the application did not move" test "$(sql "SELECT state FROM permohonan WHERE nomor = '$N'")" = diverifikasi

# a public address, the server started again on the same data
echo https://layanan.siakkab.go.id >"$DATA/pki/base_url"
stop_server
SERVER_LOG=$WORK/server2.log
if ! _t_serve "$SERVER_LOG" http 100 env LD_PRELOAD="$(_t_preload)" \
    PAMONG_WORKERS=2 "$PAMONG" serve --data "$DATA"; then
	fail "server restarted"
	finish
fi
TP=$(token penghulu.kampungdalam)
act 200 "$TP" "$N" setujui
KODE=$(sql "SELECT kode FROM dokumen")
check "signed with a public base URL" test -n "$KODE"
expect_status 200 GET "/api/v1/permohonan/$(enc "$N")/dokumen" -H "Authorization: Bearer $TW"
pdftotext "$BODY" "$WORK/surat.txt" 2>/dev/null
expect_contains "https://layanan.siakkab.go.id/v/$KODE" "$WORK/surat.txt"
finish
