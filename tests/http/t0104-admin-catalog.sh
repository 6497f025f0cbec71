#!/bin/sh
# t0104-admin-catalog.sh: /admin, /admin/layanan editing, /admin/unit.
# Issue 12: a unit admin edits only the services of their own unit;
# kampung- and kecamatan-level services are regency-wide (superadmin);
# every change is audited with the values before and after.
. "$(dirname "$0")/test-lib.sh"

start_server
PW=Siak-Demo-2026
WARGA=$WORK/warga.jar
ADMIN=$WORK/admin.jar
OP=$WORK/op.jar

# expect_eq DESC GOT WANT
expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}

# --- who may enter ---
expect_status 303 GET /admin
expect_header location '/masuk\?lanjut=%2Fadmin'
check "login warga.demo" login warga.demo "$PW" "$WARGA"
for u in /admin /admin/layanan /admin/layanan/KPG-02 /admin/unit; do
	expect_status 403 GET "$u" -b "$WARGA"
done
expect_contains 'Akses ditolak' "$BODY"
check "login op.disdukcapil" login op.disdukcapil "$PW" "$OP"
expect_status 403 GET /admin/layanan -b "$OP"
TOK=$(csrf_from /akun "$WARGA")
expect_status 403 POST /admin/layanan/KPG-02 -b "$WARGA" \
    --data-urlencode "csrf=$TOK" --data-urlencode "name=Diubah warga"
expect_eq "warga cannot edit" \
    "$(sql "SELECT name FROM layanan WHERE code = 'KPG-02'")" \
    "Surat Keterangan Domisili Penduduk"

# --- issue 12: an OPD's admin may not touch another unit's service ---
KA=$WORK/kominfo.jar
check "login admin.kominfo" login admin.kominfo "$PW" "$KA"
expect_status 200 GET /admin/layanan -b "$KA"
expect_not_contains 'href="/admin/layanan/KPG-02"' "$BODY"
expect_contains 'href="/admin/layanan/INF-01"' "$BODY"
expect_status 403 GET /admin/layanan/KPG-02 -b "$KA"
expect_contains 'hanya admin unit pemiliknya atau superadmin' "$BODY"
expect_status 403 GET /admin/layanan/DUK-01 -b "$KA"
KBEFORE=$(sql "SELECT name, sla_days, fee_idr, procedure, updated_at FROM layanan WHERE code IN ('KPG-02', 'DUK-01') ORDER BY code")
KAUDIT=$(sql "SELECT count(*) FROM audit_event WHERE action = 'layanan.ubah'")
_tok=$(csrf_from /admin/layanan/INF-01 "$KA")
for c in KPG-02 DUK-01; do
	expect_status 403 POST /admin/layanan/$c -b "$KA" \
	    --data-urlencode "csrf=$_tok" --data-urlencode "name=Layanan dibajak" \
	    --data-urlencode "product=Surat palsu" --data-urlencode "sla_days=9" \
	    --data-urlencode "fee_idr=500.000" --data-urlencode "procedure=Bayar dulu." \
	    --data-urlencode "complaints=-" --data-urlencode "legal_basis=-" \
	    --data-urlencode "requirements=Uang" --data-urlencode "active=1"
done
expect_eq "another unit's services unchanged" \
    "$(sql "SELECT name, sla_days, fee_idr, procedure, updated_at FROM layanan WHERE code IN ('KPG-02', 'DUK-01') ORDER BY code")" \
    "$KBEFORE"
expect_eq "no audit event for refused edits" \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'layanan.ubah'")" \
    "$KAUDIT"
# ... but it may edit its own (INF-01 belongs to DISKOMINFO)
expect_status 200 GET /admin/layanan/INF-01 -b "$KA"
_name=$(sql "SELECT name FROM layanan WHERE code = 'INF-01'")
_prod=$(sql "SELECT product FROM layanan WHERE code = 'INF-01'")
_sla=$(sql "SELECT sla_days FROM layanan WHERE code = 'INF-01'")
expect_status 303 POST /admin/layanan/INF-01 -b "$KA" \
    --data-urlencode "csrf=$_tok" --data-urlencode "name=$_name" \
    --data-urlencode "product=$_prod" --data-urlencode "sla_days=7" \
    --data-urlencode "fee_idr=0" --data-urlencode "procedure=Ajukan di PPID." \
    --data-urlencode "complaints=LAPOR!" --data-urlencode "legal_basis=UU 14/2008" \
    --data-urlencode "requirements=KTP-el" --data-urlencode "active=1"
expect_eq "own service: audited with before and after" \
    "$(sql "SELECT json_extract(note, '\$.sebelum.sla_days') || '>' || json_extract(note, '\$.sesudah.sla_days') || '|' || json_extract(note, '\$.sesudah.procedure') FROM audit_event WHERE action = 'layanan.ubah' AND object_id = 'INF-01'")" \
    "$_sla>7|Ajukan di PPID."

check "login superadmin" login superadmin "$PW" "$ADMIN"
expect_status 200 GET /admin -b "$ADMIN"
expect_contains 'href="/admin/layanan"' "$BODY"
expect_contains 'href="/admin/unit"' "$BODY"
expect_contains 'href="/admin/akun"' "$BODY"

# --- lists ---
expect_status 200 GET /admin/layanan -b "$ADMIN"
expect_contains '44 layanan' "$BODY"
expect_contains 'href="/admin/layanan/KPG-02"' "$BODY"
expect_status 200 GET /admin/unit -b "$ADMIN"
expect_contains 'Perangkat daerah (OPD) (27)' "$BODY"
expect_contains 'Kecamatan (14)' "$BODY"
expect_contains 'Kampung dan kelurahan (131)' "$BODY"
expect_contains '<a href="/layanan?unit=DISDUKCAPIL">10</a>' "$BODY"
# Diskominfo: 2 services, 2 demo accounts (admin.kominfo, admin.pengaduan)
expect_contains '<td>DISKOMINFO</td>' "$BODY"
expect_eq "Diskominfo row counts" "$(grep -o '<td>DISKOMINFO</td>.*' "$BODY" |
    sed 's|</tr>.*||' | grep -o '>[0-9][0-9]*<' | tr -d '<>' | paste -sd ' ')" "2 2"

# --- the edit form has every field, filled ---
expect_status 200 GET /admin/layanan/KPG-02 -b "$ADMIN"
for f in name product sla_days fee_idr fee_note procedure complaints \
    legal_basis requirements active; do
	expect_contains "id=\"f-$f\"" "$BODY"
done
expect_contains 'value="Surat Keterangan Domisili Penduduk"' "$BODY"
expect_contains 'Kartu Keluarga' "$BODY"
expect_status 404 GET /admin/layanan/TIDAK-ADA -b "$ADMIN"

BEFORE=$(sql "SELECT name, sla_days, fee_idr, updated_at FROM layanan WHERE code = 'KPG-02'")
NSYARAT=$(sql "SELECT count(*) FROM layanan_syarat s JOIN layanan l ON l.id = s.layanan_id WHERE l.code = 'KPG-02'")
NAUDIT=$(sql "SELECT count(*) FROM audit_event WHERE action = 'layanan.ubah'")

# post KEY=VALUE...: the edit form of KPG-02 as admin, every field sent.
post() {
	_tok=$(csrf_from /admin/layanan/KPG-02 "$ADMIN")
	expect_status "$1" POST /admin/layanan/KPG-02 -b "$ADMIN" \
	    --data-urlencode "csrf=$_tok" \
	    --data-urlencode "name=${NAME-Surat Keterangan Domisili Penduduk}" \
	    --data-urlencode "product=${PRODUCT-Surat keterangan domisili}" \
	    --data-urlencode "sla_days=${SLA-1}" \
	    --data-urlencode "fee_idr=${FEE-0}" \
	    --data-urlencode "fee_note=" \
	    --data-urlencode "procedure=${PROC-Datang ke kantor penghulu.}" \
	    --data-urlencode "complaints=Melalui SP4N-LAPOR!" \
	    --data-urlencode "legal_basis=UU 6/2014 tentang Desa" \
	    --data-urlencode "requirements=${REQ-KTP-el
Kartu Keluarga}" \
	    --data-urlencode "active=0" --data-urlencode "active=1"
}

# --- bad values: the errors are shown and nothing changes ---
SLA=-1 post 422
expect_contains 'Periksa kembali isian berikut' "$BODY"
expect_contains 'Jangka waktu diisi bilangan bulat 0–365' "$BODY"
expect_contains 'id="e-sla_days"' "$BODY"
expect_contains 'value="-1"' "$BODY"
NAME= post 422
expect_contains 'href="#f-name"' "$BODY"
expect_contains 'Isian ini wajib diisi.' "$BODY"
FEE=abc REQ= SLA=400 post 422
expect_contains 'id="e-fee_idr"' "$BODY"
expect_contains 'id="e-requirements"' "$BODY"
expect_contains 'id="e-sla_days"' "$BODY"
NAME='<script>x</script>' SLA=x post 422
expect_not_contains '<script>x</script>' "$BODY"
expect_eq "bad edits change nothing" \
    "$(sql "SELECT name, sla_days, fee_idr, updated_at FROM layanan WHERE code = 'KPG-02'")" \
    "$BEFORE"
expect_eq "requirements unchanged" \
    "$(sql "SELECT count(*) FROM layanan_syarat s JOIN layanan l ON l.id = s.layanan_id WHERE l.code = 'KPG-02'")" \
    "$NSYARAT"
expect_eq "no audit event for bad edits" \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'layanan.ubah'")" \
    "$NAUDIT"

# a missing CSRF token is refused before the page runs
expect_status 403 POST /admin/layanan/KPG-02 -b "$ADMIN" \
    --data-urlencode "name=Tanpa token"

# --- a good edit saves, redirects with a notice and is audited ---
NAME='Surat Keterangan Domisili (Warga)' SLA=2 FEE=15.000 REQ='KTP-el
Kartu Keluarga
Surat keterangan pindah zebrakuda' post 303
expect_header location '/admin/layanan\?disimpan=KPG-02$'
expect_eq "saved" \
    "$(sql "SELECT name || '|' || sla_days || '|' || fee_idr || '|' || active FROM layanan WHERE code = 'KPG-02'")" \
    "Surat Keterangan Domisili (Warga)|2|15000|1"
expect_eq "requirements saved" \
    "$(sql "SELECT group_concat(text, ';') FROM (SELECT s.text FROM layanan_syarat s JOIN layanan l ON l.id = s.layanan_id WHERE l.code = 'KPG-02' ORDER BY s.pos)")" \
    "KTP-el;Kartu Keluarga;Surat keterangan pindah zebrakuda"
expect_eq "audit event" \
    "$(sql "SELECT count(*) FROM audit_event a JOIN account u ON u.id = a.actor_id WHERE a.action = 'layanan.ubah' AND a.object_type = 'layanan' AND a.object_id = 'KPG-02' AND u.username = 'superadmin' AND a.role = 'superadmin' AND json_extract(a.note, '\$.sebelum.sla_days') = 1 AND json_extract(a.note, '\$.sesudah.sla_days') = 2 AND json_extract(a.note, '\$.sesudah.requirements[2]') = 'Surat keterangan pindah zebrakuda'")" 1
expect_status 200 GET '/admin/layanan?disimpan=KPG-02' -b "$ADMIN"
expect_contains 'Perubahan standar pelayanan berhasil disimpan.' "$BODY"
expect_status 200 GET '/admin/layanan?disimpan=%3Cb%3E' -b "$ADMIN"
expect_not_contains 'berhasil disimpan' "$BODY"
# the public catalog and its search follow at once
expect_status 200 GET /layanan/KPG-02
expect_contains 'Surat Keterangan Domisili (Warga)' "$BODY"
expect_contains 'Rp15.000' "$BODY"
expect_contains '2 hari kerja' "$BODY"
expect_status 200 GET '/layanan?q=zebrakuda'
expect_contains '1 layanan ditemukan' "$BODY"
expect_status 200 GET '/api/v1/layanan/KPG-02'
expect_json 'j.biaya_rp === 15000 && j.jangka_waktu_hari === 2' "$BODY"

# empty fee = retribusi
FEE= post 303
expect_eq "retribusi is NULL" \
    "$(sql "SELECT fee_idr IS NULL FROM layanan WHERE code = 'KPG-02'")" 1

# --- deactivating hides a service from the public ---
_tok=$(csrf_from /admin/layanan/KEC-04 "$ADMIN")
expect_status 200 GET /admin/layanan/KEC-04 -b "$ADMIN"
_name=$(sql "SELECT name FROM layanan WHERE code = 'KEC-04'")
_prod=$(sql "SELECT product FROM layanan WHERE code = 'KEC-04'")
expect_status 303 POST /admin/layanan/KEC-04 -b "$ADMIN" \
    --data-urlencode "csrf=$_tok" --data-urlencode "name=$_name" \
    --data-urlencode "product=$_prod" --data-urlencode "sla_days=3" \
    --data-urlencode "fee_idr=0" --data-urlencode "procedure=Di loket." \
    --data-urlencode "complaints=LAPOR!" --data-urlencode "legal_basis=UU" \
    --data-urlencode "requirements=KTP-el" --data-urlencode "active=0"
expect_eq "KEC-04 inactive" \
    "$(sql "SELECT active FROM layanan WHERE code = 'KEC-04'")" 0
expect_status 200 GET /layanan
expect_contains '43 layanan ditemukan' "$BODY"
expect_status 404 GET /layanan/KEC-04
expect_status 404 GET /api/v1/layanan/KEC-04
expect_status 200 GET /layanan/KEC-04 -b "$ADMIN"
expect_contains 'sedang nonaktif' "$BODY"
expect_status 200 GET /admin/layanan -b "$ADMIN"
expect_contains 'Nonaktif' "$BODY"

finish
