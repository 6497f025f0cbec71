#!/bin/sh
# t2507-sakip-skor.sh: external scores over the years (issue 22): `pamong
# sakip skor` and /petugas/sakip/skor record SAKIP, RB, SPIP, APIP and
# SPBE values per year with their source documents (Bappeda, the
# Inspektorat, admins; not another OPD); /sakip shows each kind as an SVG
# chart beside a table; /data/sakip-skor.csv and .json; audited.
. "$(dirname "$0")/test-lib.sh"

expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
PW=Siak-Demo-2026

start_server

skor() { "$PAMONG" sakip skor --data "$DATA" "$@"; }
skor --jenis sakip --tahun 2015 --nilai 60.26 --dokumen "B/123/M.AA.05/2015" \
    --tanggal 2016-01-20 >"$WORK/out" 2>&1
expect_eq "SAKIP 2015 recorded" $? 0
expect_eq "prints the value and predikat" "$(tail -n 1 "$WORK/out")" "Nilai SAKIP 2015: 60.26 B"
skor --jenis sakip --tahun 2016 --nilai 64.5 --dokumen "B/456/M.AA.05/2016" \
    --tanggal 2017-01-25 --tautan "https://menpan.go.id/sakip-2016.pdf" >/dev/null
skor --jenis sakip --tahun 2018 --nilai 66.26 --dokumen "B/789/M.AA.05/2018" \
    --tanggal 2019-02-01 >/dev/null
skor --jenis spip --tahun 2023 --nilai 3.12 --dokumen "LHP-SPIP/2023" --tanggal 2023-11-30 \
    --berkas "$ROOT/tests/fixtures/berkas/surat.pdf" >"$WORK/out" 2>&1
expect_eq "SPIP level" "$(tail -n 1 "$WORK/out")" "Tingkat maturitas SPIP 2023: 3.12 Level 3"
skor --jenis spbe --tahun 2023 --nilai 5.01 --dokumen "X/2023" --tanggal 2024-01-10 \
    >"$WORK/out" 2>&1
expect_eq "SPBE above 5 exits 1" $? 1
expect_contains "Nilai harus angka 0 sampai 5" "$WORK/out"
skor --jenis rb --tahun 2023 --nilai "70,5" --dokumen "X/2023" --tanggal 2024-01-10 \
    >/dev/null 2>&1
expect_eq "a decimal comma exits 1" $? 1
skor --jenis rb --tahun 2023 --nilai 70.555 --dokumen "X/2023" --tanggal 2024-01-10 \
    >/dev/null 2>&1
expect_eq "three decimals exit 1" $? 1
skor --jenis ikm --tahun 2023 --nilai 70 --dokumen "X/2023" --tanggal 2024-01-10 \
    >/dev/null 2>&1
expect_eq "an unknown kind exits 2" $? 2
skor --jenis rb --tahun 2023 --nilai 70 --dokumen "X/2023" --tanggal 2024-13-10 \
    >/dev/null 2>&1
expect_eq "a bad date exits 1" $? 1
skor --jenis rb --tahun 2023 --nilai 70 --dokumen "X/2023" --tanggal 2024-01-10 --lain 1 \
    >/dev/null 2>&1
expect_eq "an unknown option exits 2" $? 2
skor --jenis sakip --tahun 2018 --nilai 66.26 --dokumen "B/790/M.AA.05/2018" \
    --tanggal 2019-02-02 >/dev/null
expect_eq "recording again replaces" "$(sql "SELECT count(*) || ' ' || max(dokumen) FROM sakip_skor WHERE jenis = 'sakip' AND tahun = 2018")" "1 B/790/M.AA.05/2018"
expect_eq "stored in hundredths" "$(sql "SELECT nilai FROM sakip_skor WHERE jenis = 'sakip' AND tahun = 2016")" 6450

# the page: Bappeda records; another OPD may not
BAP=$WORK/jar-bap
OPD=$WORK/jar-opd
check "login op.bappeda" login op.bappeda "$PW" "$BAP"
check "login op.dpmptsp" login op.dpmptsp "$PW" "$OPD"
expect_status 303 GET /petugas/sakip/skor
expect_status 200 GET /petugas/sakip -b "$BAP"
expect_contains 'href="/petugas/sakip/skor"' "$BODY"
expect_status 403 GET /petugas/sakip/skor -b "$OPD"
expect_status 200 GET /petugas/sakip/skor -b "$BAP"
expect_contains '<label for="s-nilai">' "$BODY"
C=$(csrf_from /petugas/sakip/skor "$BAP")
CO=$(csrf_from /petugas/sakip "$OPD")
expect_status 403 POST /petugas/sakip/skor -b "$OPD" --data-urlencode "csrf=$CO" \
    --data-urlencode "jenis=rb" --data-urlencode "tahun=2023" --data-urlencode "nilai=70" \
    --data-urlencode "dokumen=X/2023" --data-urlencode "tanggal=2024-01-10"
expect_status 422 POST /petugas/sakip/skor -b "$BAP" --data-urlencode "csrf=$C" \
    --data-urlencode "jenis=rb" --data-urlencode "tahun=2023" --data-urlencode "nilai=101" \
    --data-urlencode "dokumen=X/2023" --data-urlencode "tanggal=2024-01-10"
expect_contains "Nilai harus angka 0 sampai 100" "$BODY"
expect_status 422 POST /petugas/sakip/skor -b "$BAP" --data-urlencode "csrf=$C" \
    --data-urlencode "jenis=rb" --data-urlencode "tahun=2023" --data-urlencode "nilai=70" \
    --data-urlencode "dokumen=X/2023" --data-urlencode "tanggal=2024-01-10" \
    --data-urlencode "tautan=javascript:alert(1)"
expect_status 303 POST /petugas/sakip/skor -b "$BAP" --data-urlencode "csrf=$C" \
    --data-urlencode "jenis=rb" --data-urlencode "tahun=2023" --data-urlencode "nilai=68.41" \
    --data-urlencode "dokumen=B/1/RB/2023" --data-urlencode "tanggal=2024-01-10" \
    --data-urlencode "tautan=https://menpan.go.id/rb-2023.pdf"
expect_header Location '/petugas/sakip/skor\?ok=1'
expect_eq "audited with its actor" "$(sql "SELECT count(*) FROM audit_event e JOIN account a ON a.id = e.actor_id WHERE e.action = 'sakip.skor' AND e.object_id = 'rb/2023' AND a.username = 'op.bappeda'")" 1
expect_eq "every record audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'sakip.skor'")" 6

expect_status 200 GET /sakip
expect_contains "Nilai evaluasi eksternal dari tahun ke tahun" "$BODY"
expect_contains '<svg class="sakip-grafik" role="img" aria-labelledby="skor-sakip"' "$BODY"
expect_contains '<figcaption id="skor-sakip">Nilai SAKIP (skala 0-100) per tahun</figcaption>' "$BODY"
expect_contains '<tr><th scope="row">2016</th><td>64,50</td><td>B</td><td><a href="https://menpan.go.id/sakip-2016.pdf" rel="noopener noreferrer">B/456/M.AA.05/2016</a> (2017-01-25)</td></tr>' "$BODY"
expect_contains '<tr><th scope="row">2023</th><td>3,12</td><td>Level 3</td><td>LHP-SPIP/2023 (2023-11-30); <a href="/sakip/skor-berkas/spip-2023">berkas spip 2023</a></td></tr>' "$BODY"
expect_contains '<tr><th scope="row">2023</th><td>68,41</td>' "$BODY"

expect_status 200 GET /data/sakip-skor.csv
expect_contains "jenis,nama,tahun,nilai,keterangan,dokumen,tanggal_dokumen,tautan,berkas" "$BODY"
expect_contains "sakip,Nilai SAKIP,2018,66.26,B,B/790/M.AA.05/2018,2019-02-02,," "$BODY"
expect_contains "spip,Tingkat maturitas SPIP,2023,3.12,Level 3,LHP-SPIP/2023,2023-11-30,,/sakip/skor-berkas/spip-2023" "$BODY"
expect_status 200 GET /data/sakip-skor.json
expect_eq "JSON: 5 scores, SPIP level" \
    "$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); s=d["skor"]; print(len(s), [x["keterangan"] for x in s if x["jenis"]=="spip"][0], [x["nilai"] for x in s if x["jenis"]=="rb"][0])' "$BODY")" \
    "5 Level 3 68.41"

# source document files: the CLI's PDF is public; a page upload; a fake refused
skor --jenis apip --tahun 2023 --nilai 3 --dokumen "X/2023" --tanggal 2024-01-10 \
    --berkas "$ROOT/tests/fixtures/berkas/palsu.pdf" >"$WORK/out" 2>&1
expect_eq "a fake PDF exits 1" $? 1
expect_status 200 GET /sakip/skor-berkas/spip-2023
expect_header Content-Type 'application/pdf'
check "the download is the file" cmp -s "$BODY" "$ROOT/tests/fixtures/berkas/surat.pdf"
expect_status 404 GET /sakip/skor-berkas/sakip-2018
expect_status 404 GET /sakip/skor-berkas/ikm-2023
expect_status 404 GET /sakip/skor-berkas/x
expect_status 303 POST /petugas/sakip/skor -b "$BAP" -F "csrf=$C" -F "jenis=apip" \
    -F "tahun=2024" -F "nilai=3" -F "dokumen=LHP/APIP/2024" -F "tanggal=2024-12-01" \
    -F "berkas=@$ROOT/tests/fixtures/berkas/kk.png"
expect_status 200 GET /sakip/skor-berkas/apip-2024
expect_header Content-Type 'image/png'
finish
