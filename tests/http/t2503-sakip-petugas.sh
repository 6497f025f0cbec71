#!/bin/sh
# t2503-sakip-petugas.sh: an OPD reports a quarter's realisation with
# its evidence on /petugas/sakip, only for its own indicators; Bappeda's
# verifier accepts or rejects it (not another OPD's verifier); only the
# accepted one reaches /sakip; a verified quarter cannot change; every
# change is audited (issue 22).
. "$(dirname "$0")/test-lib.sh"

expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
PW=Siak-Demo-2026

start_server

OPD=$WORK/jar-opd
BAP=$WORK/jar-bappeda
check "login op.dpmptsp" login op.dpmptsp "$PW" "$OPD"
check "login op.bappeda" login op.bappeda "$PW" "$BAP"

expect_status 303 GET /petugas/sakip
expect_status 200 GET /petugas/sakip -b "$OPD"
expect_contains "DPMPTSP-3 Persentase pengaduan selesai" "$BODY"
expect_contains "Triwulan 3: belum dilaporkan" "$BODY"
expect_not_contains "DINSOSP3A-1" "$BODY"
expect_not_contains "Menunggu verifikasi Bappeda" "$BODY"
expect_contains 'href="/petugas/sakip"' "$BODY"
C=$(csrf_from /petugas/sakip "$OPD")

# lapor KODE TW NILAI BUKTI JAR CSRF
lapor() {
	expect_status "$7" POST /petugas/sakip/lapor -b "$5" \
	    --data-urlencode "indikator=$1" --data-urlencode "tahun=2026" \
	    --data-urlencode "triwulan=$2" --data-urlencode "nilai=$3" \
	    --data-urlencode "bukti=$4" --data-urlencode "csrf=$6"
}
lapor DPMPTSP-3 3 88.5 "https://siakkab.go.id/laporan/tw3.pdf" "$OPD" "" 403
expect_eq "no CSRF, nothing stored" "$(sql "SELECT count(*) FROM sakip_realisasi WHERE triwulan = 3 AND status = 'diajukan'")" 0
lapor DPMPTSP-3 3 "88,5" "https://siakkab.go.id/tw3.pdf" "$OPD" "$C" 422
expect_contains "titik sebagai pemisah desimal" "$BODY"
lapor DPMPTSP-3 3 88.5 "javascript:alert(1)" "$OPD" "$C" 422
expect_contains "Bukti wajib berupa tautan" "$BODY"
lapor DINSOSP3A-1 4 95 "https://siakkab.go.id/tw4.pdf" "$OPD" "$C" 403
expect_contains "unit penanggung jawab indikator" "$BODY"
lapor DPMPTSP-3 5 88.5 "https://siakkab.go.id/tw3.pdf" "$OPD" "$C" 422
lapor DPMPTSP-1 1 99 "https://siakkab.go.id/tw1.pdf" "$OPD" "$C" 422
expect_contains "sudah diverifikasi" "$BODY"
lapor DPMPTSP-3 3 88.5 "https://siakkab.go.id/laporan/tw3.pdf" "$OPD" "$C" 303
expect_header Location '/petugas/sakip\?ok=1'
expect_eq "submitted, by op.dpmptsp" \
    "$(sql "SELECT r.status || ' ' || r.nilai || ' ' || a.username FROM sakip_realisasi r JOIN account a ON a.id = r.diajukan_oleh JOIN sakip_indikator i ON i.id = r.indikator_id WHERE i.kode = 'DPMPTSP-3' AND r.triwulan = 3")" \
    "diajukan 88500000 op.dpmptsp"
expect_eq "audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'sakip.lapor' AND object_id = 'DPMPTSP-3/2026/3' AND to_state = 'diajukan'")" 1

# not public before verification
expect_status 200 GET /sakip/unit/DPMPTSP
expect_contains "<td>Persentase pengaduan selesai dalam 10 hari kerja</td><td>101,18</td>" "$BODY"

# another OPD's verifier cannot verify; Bappeda's can
expect_status 403 POST /petugas/sakip/verifikasi -b "$OPD" \
    --data-urlencode "indikator=DPMPTSP-3" --data-urlencode "tahun=2026" \
    --data-urlencode "triwulan=3" --data-urlencode "keputusan=terima" \
    --data-urlencode "csrf=$C"
expect_contains "Hanya verifikator Bappeda" "$BODY"
expect_status 200 GET /petugas/sakip -b "$BAP"
expect_contains "Menunggu verifikasi Bappeda" "$BODY"
expect_contains "Verifikasi DPMPTSP-3 triwulan 3" "$BODY"
expect_contains 'href="https://siakkab.go.id/laporan/tw3.pdf"' "$BODY"
B=$(csrf_from /petugas/sakip "$BAP")
expect_status 422 POST /petugas/sakip/verifikasi -b "$BAP" \
    --data-urlencode "indikator=DPMPTSP-3" --data-urlencode "tahun=2026" \
    --data-urlencode "triwulan=3" --data-urlencode "keputusan=tolak" \
    --data-urlencode "alasan=" --data-urlencode "csrf=$B"
expect_contains "Alasan penolakan wajib diisi" "$BODY"
expect_status 303 POST /petugas/sakip/verifikasi -b "$BAP" \
    --data-urlencode "indikator=DPMPTSP-3" --data-urlencode "tahun=2026" \
    --data-urlencode "triwulan=3" --data-urlencode "keputusan=terima" \
    --data-urlencode "csrf=$B"
expect_eq "verified by op.bappeda" \
    "$(sql "SELECT r.status || ' ' || a.username FROM sakip_realisasi r JOIN account a ON a.id = r.diverifikasi_oleh JOIN sakip_indikator i ON i.id = r.indikator_id WHERE i.kode = 'DPMPTSP-3' AND r.triwulan = 3")" \
    "diverifikasi op.bappeda"
expect_eq "verification audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'sakip.verifikasi' AND from_state = 'diajukan' AND to_state = 'diverifikasi'")" 1
expect_status 422 POST /petugas/sakip/verifikasi -b "$BAP" \
    --data-urlencode "indikator=DPMPTSP-3" --data-urlencode "tahun=2026" \
    --data-urlencode "triwulan=3" --data-urlencode "keputusan=terima" \
    --data-urlencode "csrf=$B"
expect_contains "Tidak ada realisasi yang menunggu verifikasi" "$BODY"
# now public: nilai akhir TW3 88.5 of 88 = 100.57
expect_status 200 GET /sakip/unit/DPMPTSP
expect_contains "<td>Persentase pengaduan selesai dalam 10 hari kerja</td><td>100,57</td>" "$BODY"
expect_contains "<tr><th scope=\"row\">Triwulan 3</th><td>88</td><td>88,5</td><td>100,57</td></tr>" "$BODY"

# a rejection keeps it out of public, with its reason
lapor DPMPTSP-3 4 91 "https://siakkab.go.id/tw4.pdf" "$OPD" "$C" 303
expect_status 303 POST /petugas/sakip/verifikasi -b "$BAP" \
    --data-urlencode "indikator=DPMPTSP-3" --data-urlencode "tahun=2026" \
    --data-urlencode "triwulan=4" --data-urlencode "keputusan=tolak" \
    --data-urlencode "alasan=Bukti tidak memuat data triwulan IV" \
    --data-urlencode "csrf=$B"
expect_eq "rejected with its reason" \
    "$(sql "SELECT status || ': ' || alasan_tolak FROM sakip_realisasi WHERE triwulan = 4 AND indikator_id = (SELECT id FROM sakip_indikator WHERE kode = 'DPMPTSP-3')")" \
    "ditolak: Bukti tidak memuat data triwulan IV"
expect_status 200 GET /sakip/unit/DPMPTSP
expect_contains "<tr><th scope=\"row\">Triwulan 4</th><td>90</td><td>–</td><td>–</td></tr>" "$BODY"
expect_status 200 GET /petugas/sakip -b "$OPD"
expect_contains "Triwulan 4: ditolak" "$BODY"
# a citizen has no access
W=$WORK/jar-warga
check "login warga.demo" login warga.demo "$PW" "$W"
expect_status 403 GET /petugas/sakip -b "$W"
finish
