#!/bin/sh
# t2305-perizinan-skrd.sh: the retribution (SKRD) and payment step of a
# permit application (issue 17): an officer of the handling unit assesses
# a reklame's retribution from the application's area, the zone and the
# days (POST /api/v1/perizinan/skrd); the SKRD has its number, amount, due
# date and legal basis; the clock stops while the payment waits; the
# payment is recorded once by an officer of the owning unit, with its
# reference, audited in the same transaction; the citizen sees and prints
# the SKRD, and lists their permit applications (/perizinan/saya); other units, citizens, free permit types and bad input are
# refused with nothing written.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
TP=$(token op.dpmptsp)
TD=$(token op.disdukcapil)
CT='Content-Type: application/json'

skrd() { # TOKEN JSON -> status code, body in $BODY
	curl -s -m 20 -o "$BODY" -w '%{http_code}' -H "$CT" \
	    -H "Authorization: Bearer $1" -d "$2" "$BASE/api/v1/perizinan/skrd"
}
bayar() { # TOKEN JSON -> status code, body in $BODY
	curl -s -m 20 -o "$BODY" -w '%{http_code}' -H "$CT" \
	    -H "Authorization: Bearer $1" -d "$2" "$BASE/api/v1/perizinan/bayar"
}
expect_eq() { # DESC GOT WANT
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
nskrd() { sql "SELECT count(*) FROM izin_skrd"; }

reklame "$TW"
N=$NOMOR
check "a reklame application ($N)" test -n "$N"

# --- the clock runs before the assessment ----------------------------------
expect_status 200 GET "/api/v1/perizinan/permohonan?nomor=$(enc "$N")" \
    -H "Authorization: Bearer $TW"
expect_json "j.jenis === 'reklame' && j.tenggat.batas_hari_kerja === 5 && j.tenggat.jam === 'berjalan' && j.skrd === null" "$BODY"

# --- refusals: nothing written ---------------------------------------------
expect_eq "a citizen may not assess" \
    "$(skrd "$TW" "{\"permohonan\":\"$N\",\"zona\":\"A\",\"hari\":30}")" 403
expect_eq "an officer of another unit may not" \
    "$(skrd "$TD" "{\"permohonan\":\"$N\",\"zona\":\"A\",\"hari\":30}")" 404
expect_eq "an unknown zone" \
    "$(skrd "$TP" "{\"permohonan\":\"$N\",\"zona\":\"Z\",\"hari\":30}")" 422
expect_json "j.galat.kode === 'tarif_tidak_sah' && /zona/.test(j.galat.pesan)" "$BODY"
expect_eq "days out of range" \
    "$(skrd "$TP" "{\"permohonan\":\"$N\",\"zona\":\"A\",\"hari\":0}")" 422
expect_eq "an unknown application" \
    "$(skrd "$TP" '{"permohonan":"TIDAK/ADA/1","zona":"A","hari":30}')" 404
expect_eq "not JSON" "$(skrd "$TP" 'permohonan=1')" 400
expect_eq "refusals wrote no SKRD" "$(nskrd)" 0

# --- the assessment ---------------------------------------------------------
expect_eq "SKRD assessed" \
    "$(skrd "$TP" "{\"permohonan\":\"$N\",\"zona\":\"A\",\"hari\":30}")" 201
# 2,5 m² × Rp2.500 (zona A) × 30 hari = Rp187.500, as the calculator says
expect_json "j.jumlah === 187500 && /^SKRD\\/20[0-9]{2}\\/000001\$/.test(j.nomor) && j.status === 'menunggu_pembayaran' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}\$/.test(j.jatuh_tempo) && /UU 1\\/2022/.test(j.dasar_hukum) && j.permohonan === '$N'" "$BODY"
S=$(jget j.nomor)
expect_status 200 GET '/api/v1/perizinan/biaya?jenis=reklame&luas=2,5&zona=A&hari=30'
expect_json "j.rupiah === 187500" "$BODY"
check "audited izin.skrd" \
    test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'izin.skrd' AND object_id = '$S' AND to_state = 'menunggu_pembayaran'")" = 1
check "the applicant was notified" \
    test "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'warga.demo' AND n.text LIKE '%$S%'")" -ge 1
expect_eq "a second SKRD is refused" \
    "$(skrd "$TP" "{\"permohonan\":\"$N\",\"zona\":\"B\",\"hari\":3}")" 409
expect_json "j.galat.kode === 'skrd_sudah_ada'" "$BODY"
expect_eq "still one SKRD" "$(nskrd)" 1

# the clock stops while the payment waits
expect_status 200 GET "/api/v1/perizinan/permohonan?nomor=$(enc "$N")" \
    -H "Authorization: Bearer $TW"
expect_json "j.tenggat.jam === 'berhenti' && /pembayaran/.test(j.tenggat.sebab_berhenti) && j.skrd.nomor === '$S'" "$BODY"

# --- the citizen sees and prints it -----------------------------------------
login warga.demo "$PW" "$WORK/jw" >/dev/null
expect_status 200 GET "/perizinan/skrd?nomor=$S" -b "$WORK/jw"
expect_contains "$S" "$BODY"
expect_contains "Rp187.500" "$BODY"
expect_contains "Jatuh tempo" "$BODY"
expect_status 200 GET "/perizinan/status?nomor=$(enc "$N")" -b "$WORK/jw"
expect_contains "menunggu pembayaran retribusi" "$BODY"
expect_status 200 GET /perizinan/saya -b "$WORK/jw"
expect_contains "$N" "$BODY"
expect_contains "$S" "$BODY"
expect_contains "menunggu pembayaran" "$BODY"
add_user warga.lain warga "" 1408010101900009
login warga.lain "$PW" "$WORK/jl" >/dev/null
expect_status 404 GET "/perizinan/skrd?nomor=$S" -b "$WORK/jl"
expect_status 200 GET /perizinan/saya -b "$WORK/jl"
expect_not_contains "$N" "$BODY"
expect_status 303 GET "/perizinan/skrd?nomor=$S"

# --- payment -----------------------------------------------------------------
expect_eq "a citizen may not record a payment" \
    "$(bayar "$TW" "{\"skrd\":\"$S\",\"referensi\":\"BRK-0001\"}")" 403
expect_eq "another unit may not" \
    "$(bayar "$TD" "{\"skrd\":\"$S\",\"referensi\":\"BRK-0001\"}")" 404
expect_eq "a reference is required" \
    "$(bayar "$TP" "{\"skrd\":\"$S\",\"referensi\":\"\"}")" 422
expect_json "j.galat.kode === 'referensi_tidak_sah'" "$BODY"
expect_eq "nothing paid yet" \
    "$(sql "SELECT count(*) FROM izin_skrd WHERE dibayar_at IS NOT NULL")" 0
expect_eq "payment recorded" \
    "$(bayar "$TP" "{\"skrd\":\"$S\",\"referensi\":\"BRK-2026-0001\"}")" 200
expect_json "j.status === 'lunas' && j.referensi === 'BRK-2026-0001'" "$BODY"
check "audited izin.bayar with the reference" \
    test "$(sql "SELECT count(*) FROM audit_event WHERE action = 'izin.bayar' AND object_id = '$S' AND note LIKE '%BRK-2026-0001%'")" = 1
expect_eq "a second payment is refused" \
    "$(bayar "$TP" "{\"skrd\":\"$S\",\"referensi\":\"BRK-2026-0002\"}")" 409
expect_json "j.galat.kode === 'sudah_dibayar' && /sudah tercatat/.test(j.galat.pesan)" "$BODY"
expect_eq "the first reference stays" \
    "$(sql "SELECT referensi FROM izin_skrd WHERE nomor = '$S'")" BRK-2026-0001
expect_eq "one payment audit" \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'izin.bayar'")" 1
expect_status 200 GET "/api/v1/perizinan/permohonan?nomor=$(enc "$N")" \
    -H "Authorization: Bearer $TW"
expect_json "j.tenggat.jam === 'berjalan' && j.skrd.status === 'lunas'" "$BODY"

# --- the officer's page (HTML form, CSRF) ------------------------------------
login op.dpmptsp "$PW" "$WORK/jp" >/dev/null
expect_status 200 GET /perizinan/kelola -b "$WORK/jp"
expect_contains "$N" "$BODY"
expect_contains "$S" "$BODY"
C=$(csrf_from /perizinan/kelola "$WORK/jp")
expect_status 409 POST /perizinan/kelola -b "$WORK/jp" -d "csrf=$C" \
    -d aksi=bayar --data-urlencode "skrd=$S" -d referensi=BRK-9
expect_contains "sudah tercatat" "$BODY"
expect_status 403 GET /perizinan/kelola -b "$WORK/jw"
expect_status 403 GET /perizinan/saya -b "$WORK/jp"

expect_eq "still one SKRD after everything" "$(nskrd)" 1

# --- PBG: the amount of the technical assessment; SIP: no retribution ------
docs() { # LAYANAN: -F arguments for every document of the service
	for d in $(sql "SELECT d.code FROM layanan_dokumen d JOIN layanan l ON l.id = d.layanan_id WHERE l.code = '$1'"); do
		printf ' -F berkas.%s=@%s' "$d" "$PNG"
	done
}
# shellcheck disable=SC2046
submit 201 "$TW" -F layanan=PTSP-02 -F wilayah=14.08.01.1001 \
    -F 'isian.keperluan=Bangun ruko' $(docs PTSP-02)
NP=$NOMOR
check "a PBG application ($NP)" test -n "$NP"
expect_eq "PBG without the assessed amount" \
    "$(skrd "$TP" "{\"permohonan\":\"$NP\"}")" 422
expect_json "j.galat.kode === 'jumlah_tidak_sah'" "$BODY"
expect_eq "PBG with a malformed amount" \
    "$(skrd "$TP" "{\"permohonan\":\"$NP\",\"jumlah\":\"1.500.000\"}")" 422
expect_eq "PBG with the technical assessment's amount" \
    "$(skrd "$TP" "{\"permohonan\":\"$NP\",\"jumlah\":1500000}")" 201
expect_json "j.jumlah === 1500000 && /Penilaian teknis/.test(j.rincian) && /000002\$/.test(j.nomor) && /PP 16\/2021/.test(j.dasar_hukum)" "$BODY"
# shellcheck disable=SC2046
submit 201 "$TW" -F layanan=PTSP-05 -F wilayah=14.08.01.1001 \
    -F 'isian.keperluan=Izin praktik bidan' $(docs PTSP-05)
NS=$NOMOR
expect_eq "a free permit type gets no SKRD" \
    "$(skrd "$TP" "{\"permohonan\":\"$NS\",\"jumlah\":1000}")" 422
expect_json "j.galat.kode === 'tanpa_retribusi'" "$BODY"
expect_eq "two SKRDs in all" "$(nskrd)" 2

finish
