#!/bin/sh
# t2111-antrian-permohonan.sh: a queue ticket bound to its case, and the
# reminder when one's turn comes near (issue 16):
#  - a citizen books for one of their own open applications of the same
#    service; another's application, another service's, an unknown
#    number are refused (422 permohonan_tidak_sesuai), nothing written;
#  - check-in carries the application into the ticket; the counter
#    officer's call answers with it and the counter page links the case,
#    which the officer may open;
#  - the officer binds a walk-in ticket to an application of its service
#    that the officer may see (kait); another service's is refused;
#  - a holder who booked online is reminded once (in-app, event
#    antrian.giliran in the outbox) when a call leaves at most 3 people
#    ahead, not before, not twice.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
TW=$(token warga.demo)
W="Authorization: Bearer $TW"
TL=$(token loket.disdukcapil)
L="Authorization: Bearer $TL"
TODAY=$(TZ=Asia/Jakarta date +%F)
SESI=$([ "$(TZ=Asia/Jakarta date +%H)" -lt 12 ] && echo pagi || echo siang)
K=$(kios_token)

duk01() { # TOKEN: a complete DUK-01 application; sets NOMOR
	submit 201 "$1" -F layanan=DUK-01 -F wilayah=14.08.01.1001 \
	    -F 'isian.keperluan=Perubahan data KK' \
	    -F "berkas.formulir_f_1_01_f_1_02=@$PDF" \
	    -F "berkas.kk_lama_untuk_perubahan=@$PNG" \
	    -F "berkas.buku_nikah_akta_perkawinan_atau_sptjm_pe=@$JPG" \
	    -F "berkas.dokumen_bukti_perubahan_data_akta_kelahi=@$PDF"
}
pesan() { # LAYANAN PERMOHONAN -> status code, body in $BODY
	curl -s -m 20 -o "$BODY" -w '%{http_code}' -H "$CT" -H "$W" \
	    -d "{\"lokasi\":\"MPP-SIAK\",\"layanan\":\"$1\",\"tanggal\":\"$TODAY\",\"sesi\":\"$SESI\",\"permohonan\":\"$2\"}" \
	    "$BASE/api/v1/antrian/pesan"
}
aksi() { # LOKET NOMOR AKSI [PERMOHONAN] -> status code, body in $BODY
	curl -s -m 20 -o "$BODY" -w '%{http_code}' -H "$CT" -H "$L" \
	    -d "{\"lokasi\":\"MPP-SIAK\",\"loket\":$1,\"nomor\":\"$2\",\"aksi\":\"$3\",\"permohonan\":\"${4:-}\"}" \
	    "$BASE/api/v1/antrian/aksi"
}
panggil() { # LOKET -> the number called
	curl -s -m 20 -H "$CT" -H "$L" -d "{\"lokasi\":\"MPP-SIAK\",\"loket\":$1}" \
	    "$BASE/api/v1/antrian/panggil" >"$BODY"
	jfield nomor <"$BODY"
}

duk01 "$TW"
N1=$NOMOR
kpg02 201 "$TW"
N2=$NOMOR
add_user warga.dua warga "" 1408010101900002
TW2=$(token warga.dua)
duk01 "$TW2"
N3=$NOMOR
check "three applications ($N1, $N2, $N3)" test -n "$N1" -a -n "$N2" -a -n "$N3"

# --- booking for an application ---------------------------------------------
np=$(sql "SELECT count(*) FROM antrian_pesan")
expect_eq "another citizen's application" "$(pesan DUK-01 "$N3")" 422
expect_json 'j.galat.kode === "permohonan_tidak_sesuai" && /permohonan/.test(j.galat.pesan)' "$BODY"
expect_eq "an application of another service" "$(pesan DUK-01 "$N2")" 422
expect_eq "an unknown number" "$(pesan DUK-01 "TIDAK/ADA/1")" 422
expect_eq "refusals wrote nothing" "$(sql "SELECT count(*) FROM antrian_pesan")" "$np"
expect_eq "book DUK-01 for $N1" "$(pesan DUK-01 "$N1")" 201
expect_json "j.permohonan === '$N1' && j.status === 'aktif'" "$BODY"
KODE=$(jfield kode <"$BODY")
expect_eq "bound in the database" \
    "$(sql "SELECT m.nomor FROM antrian_pesan p JOIN permohonan m ON m.id = p.permohonan_id WHERE p.kode = '$KODE'")" "$N1"
check "audited with the application" \
    test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.pesan' AND note LIKE '%$N1%'")" = 1
expect_status 200 GET "/api/v1/antrian/pesan/$KODE" -H "$W"
expect_json "j.permohonan === '$N1'" "$BODY"
# the booking page offers the citizen's own open applications only
login warga.demo "$PW" "$WORK/jw" >/dev/null
expect_status 200 GET /antrian -b "$WORK/jw"
expect_contains "name=\"permohonan\"" "$BODY"
expect_contains ">$N1 – " "$BODY"
expect_not_contains ">$N3 – " "$BODY"

# --- check-in: the ticket carries it; the counter opens the case ------------
expect_status 201 POST /api/v1/antrian/checkin -H "$CT" -H "Authorization: Bearer $K" \
    -d "{\"kode\":\"$KODE\"}"
T1=$(jfield nomor <"$BODY")
expect_eq "ticket bound" \
    "$(sql "SELECT m.nomor FROM antrian_tiket t JOIN permohonan m ON m.id = t.permohonan_id WHERE t.nomor = '$T1'")" "$N1"
expect_eq "loket 1 calls $T1" "$(panggil 1)" "$T1"
expect_json "j.permohonan === '$N1'" "$BODY"
login loket.disdukcapil "$PW" "$WORK/jl" >/dev/null
expect_status 200 GET /antrian/loket/MPP-SIAK/1 -b "$WORK/jl"
expect_contains "/petugas/permohonan/$(enc "$N1")" "$BODY"
expect_status 200 GET "/petugas/permohonan/$(enc "$N1")" -b "$WORK/jl"
# the officer may open it: first the purpose of opening (data-access log)
expect_contains "Tujuan Membuka Data" "$BODY"
# the public follow page does not name the application
FK=$(sql "SELECT kode FROM antrian_tiket WHERE nomor = '$T1'")
expect_status 200 GET "/api/v1/antrian/tiket/$FK"
expect_json 'j.permohonan === undefined' "$BODY"
expect_eq "mulai" "$(aksi 1 "$T1" mulai)" 200
expect_eq "selesai" "$(aksi 1 "$T1" selesai)" 200
# the application gets its own survey when it is finished: no ticket survey
expect_eq "no ticket survey for a ticket bound to an application" \
    "$(sql "SELECT count(*) FROM survei_tiket WHERE nomor = '$T1'")" 0

# --- a walk-in ticket bound at the counter ----------------------------------
T2=$(ambil "$K" DUK-01)
expect_eq "loket 1 calls the walk-in $T2" "$(panggil 1)" "$T2"
expect_json 'j.permohonan === null' "$BODY"
n0=$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.kait'")
expect_eq "kait another service's application" "$(aksi 1 "$T2" kait "$N2")" 422
expect_json 'j.galat.kode === "permohonan_tidak_sesuai"' "$BODY"
expect_eq "kait at another counter" "$(aksi 3 "$T2" kait "$N3")" 422
expect_json 'j.galat.kode === "tiket_loket_lain"' "$BODY"
expect_eq "kait without a number" "$(aksi 1 "$T2" kait "")" 422
expect_eq "refusals audited nothing" \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.kait'")" "$n0"
expect_eq "kait $N3 (warga.dua's, handled by Disdukcapil)" "$(aksi 1 "$T2" kait "$N3")" 200
expect_json "j.permohonan === '$N3'" "$BODY"
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.kait' AND note = 'permohonan $N3'")" 1
# the page form does the same
expect_status 200 GET /antrian/loket/MPP-SIAK/1 -b "$WORK/jl"
expect_contains "/petugas/permohonan/$(enc "$N3")" "$BODY"
expect_contains 'value="kait"' "$BODY"
expect_eq "mulai" "$(aksi 1 "$T2" mulai)" 200
expect_eq "selesai" "$(aksi 1 "$T2" selesai)" 200

# --- the reminder -------------------------------------------------------------
# five walk-ins for DUK-02, then warga.demo's booking checked in: sixth
for i in 1 2 3 4 5; do ambil "$K" DUK-02 >/dev/null; done
expect_eq "book DUK-02" "$(pesan DUK-02 "")" 201
expect_json 'j.permohonan === null' "$BODY"
K2=$(jfield kode <"$BODY")
expect_status 201 POST /api/v1/antrian/checkin -H "$CT" -H "Authorization: Bearer $K" \
    -d "{\"kode\":\"$K2\"}"
expect_json 'j.di_depan === 5' "$BODY"
TW6=$(jfield nomor <"$BODY")
FK6=$(sql "SELECT kode FROM antrian_tiket WHERE nomor = '$TW6'")
WID=$(sql "SELECT id FROM account WHERE username = 'warga.demo'")
reminded() { sql "SELECT count(*) FROM notifikasi WHERE account_id = $WID AND link = '/antrian/tiket/$FK6'"; }
serve2() { # call loket 2 and serve the ticket through
	_n=$(panggil 2)
	aksi 2 "$_n" mulai >/dev/null
	aksi 2 "$_n" selesai >/dev/null
	echo "$_n"
}
serve2 >/dev/null
expect_eq "4 ahead: not yet reminded" "$(reminded)" 0
serve2 >/dev/null
expect_eq "3 ahead: reminded" "$(reminded)" 1
check "the text says how many are ahead" \
    test "$(sql "SELECT count(*) FROM notifikasi WHERE account_id = $WID AND link = '/antrian/tiket/$FK6' AND text LIKE '%$TW6%tinggal 3 orang%'")" = 1
expect_eq "queued for the citizen's verified contacts as antrian.giliran" \
    "$(sql "SELECT count(*) > 0 FROM outbox WHERE event = 'antrian.giliran' AND link LIKE '%/antrian/tiket/$FK6'")" 1
serve2 >/dev/null
serve2 >/dev/null
expect_eq "reminded once only" "$(reminded)" 1
expect_eq "walk-ins (no account) get nothing" \
    "$(sql "SELECT count(*) FROM antrian_tiket WHERE ingat_at IS NOT NULL")" 1
finish
