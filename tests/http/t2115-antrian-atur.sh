#!/bin/sh
# t2115-antrian-atur.sh: the administrators' pages of the queue's data
# (issue 16, "model as data"): /admin/antrian lists the sites; the
# superadmin sets a site's name, address, cut-off and hours per day; an
# admin of Disdukcapil sets the quotas of Disdukcapil's services but
# neither another agency's (DPMPTSP, the outside Samsat) nor the site;
# bad input is refused field by field with nothing written; every change
# is audited; a quota set here holds at the kiosk, a deactivated service
# takes no ticket.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
echo "$PW" | "$PAMONG" user add --data "$DATA" --username admin.duk \
    --role admin --unit DISDUKCAPIL --name "Admin Disdukcapil" \
    --password-stdin >/dev/null
SJ=$WORK/super.jar AJ=$WORK/admin.jar OJ=$WORK/op.jar
check "login superadmin" login superadmin "$PW" "$SJ"
check "login admin.duk" login admin.duk "$PW" "$AJ"
check "login op.disdukcapil" login op.disdukcapil "$PW" "$OJ"
audits() { sql "SELECT count(*) FROM audit_event WHERE action LIKE 'antrian.atur%'"; }
site() { sql "SELECT nama || '|' || alamat || '|' || batas_ambil || '|' || jam_berlaku FROM antrian_lokasi WHERE kode = '$LOK'"; }
jam() { sql "SELECT coalesce(group_concat(hari || '=' || buka || '-' || tutup, ' '), '') FROM (SELECT * FROM antrian_jam WHERE lokasi_id = (SELECT id FROM antrian_lokasi WHERE kode = '$LOK') ORDER BY hari)"; }
kuota() { sql "SELECT kuota_pagi || '/' || kuota_siang || '/' || aktif FROM antrian_layanan WHERE kode = '$1'"; }
# hours Monday-Friday 07:30-16:00, Saturday 08:00-12:00, Sunday closed
hours() {
	for d in 1 2 3 4 5; do printf ' --data-urlencode buka%s=07:30 --data-urlencode tutup%s=16:00' "$d" "$d"; done
	printf ' --data-urlencode buka6=08:00 --data-urlencode tutup6=12:00'
}

# --- who sees what ----------------------------------------------------------
expect_status 200 GET /admin/antrian -b "$SJ"
expect_contains 'href="/admin/antrian/MPP-SIAK"' "$BODY"
expect_status 200 GET /admin/antrian/MPP-SIAK -b "$SJ"
expect_contains 'action="/admin/antrian/MPP-SIAK"' "$BODY"
expect_contains 'action="/admin/antrian/MPP-SIAK/layanan/SAMSAT-PKB"' "$BODY"
expect_contains 'id="f-buka5"' "$BODY"
expect_status 200 GET /admin/antrian/MPP-SIAK -b "$AJ"
expect_not_contains 'action="/admin/antrian/MPP-SIAK"' "$BODY"
expect_contains 'diatur oleh superadmin kabupaten' "$BODY"
expect_contains 'action="/admin/antrian/MPP-SIAK/layanan/DUK-01"' "$BODY"
expect_not_contains 'action="/admin/antrian/MPP-SIAK/layanan/SAMSAT-PKB"' "$BODY"
expect_not_contains 'action="/admin/antrian/MPP-SIAK/layanan/PTSP' "$BODY"
expect_status 403 GET /admin/antrian -b "$OJ"
expect_status 404 GET /admin/antrian/MPP-LAIN -b "$SJ"

# --- the site, by the superadmin --------------------------------------------
T=$(csrf_from /admin/antrian/MPP-SIAK "$SJ")
A0=$(audits) S0=$(site) H0=$(jam)
expect_status 422 POST /admin/antrian/MPP-SIAK -b "$SJ" --data-urlencode "csrf=$T" \
    --data-urlencode "nama=M" --data-urlencode "alamat=Jl. Sultan Syarif Kasim" \
    --data-urlencode "batas=25:00" --data-urlencode "jam_berlaku=1" \
    --data-urlencode "buka1=08:00" --data-urlencode "tutup1=07:00" \
    --data-urlencode "buka2=08:00" --data-urlencode "buka3=8 pagi" --data-urlencode "tutup3=12:00"
expect_contains 'Nama lokasi wajib diisi, 2 sampai 160 karakter' "$BODY"
expect_contains 'Jam tutup harus sesudah jam buka' "$BODY"
expect_contains 'Isi jam buka dan jam tutup, atau kosongkan keduanya' "$BODY"
expect_contains 'Tulis jam dengan format JJ:MM' "$BODY"
expect_contains 'value="8 pagi"' "$BODY"
expect_eq "refused: site unchanged" "$(site)" "$S0"
expect_eq "refused: hours unchanged" "$(jam)" "$H0"
expect_eq "refused: no audit event" "$(audits)" "$A0"
expect_status 303 POST /admin/antrian/MPP-SIAK -b "$SJ" --data-urlencode "csrf=$T" \
    --data-urlencode "nama=Mal Pelayanan Publik Kabupaten Siak" \
    --data-urlencode "alamat=Jl. Sultan Syarif Kasim, Siak Sri Indrapura" \
    --data-urlencode "batas=15:30" --data-urlencode "jam_berlaku=1" $(hours)
expect_eq "site stored" "$(site)" \
    "Mal Pelayanan Publik Kabupaten Siak|Jl. Sultan Syarif Kasim, Siak Sri Indrapura|15:30|1"
expect_eq "hours stored, Sunday closed" "$(jam)" \
    "1=07:30-16:00 2=07:30-16:00 3=07:30-16:00 4=07:30-16:00 5=07:30-16:00 6=08:00-12:00"
expect_eq "audited once" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.atur_lokasi' AND object_id = 'MPP-SIAK' AND note = 'jam berlaku, batas ambil 15:30'")" 1
expect_status 200 GET "/admin/antrian/MPP-SIAK?disimpan=1" -b "$SJ"
expect_contains 'Pengaturan disimpan' "$BODY"
expect_contains 'value="07:30"' "$BODY"
# the unit admin may not change the site
TA=$(csrf_from /admin/antrian/MPP-SIAK "$AJ")
expect_status 403 POST /admin/antrian/MPP-SIAK -b "$AJ" --data-urlencode "csrf=$TA" \
    --data-urlencode "nama=Diubah" --data-urlencode "alamat=" --data-urlencode "batas=" $(hours)
expect_contains 'hanya dapat diubah oleh admin unit pemiliknya' "$BODY"
expect_eq "site unchanged by the unit admin" "$(sql "SELECT nama FROM antrian_lokasi WHERE kode = '$LOK'")" \
    "Mal Pelayanan Publik Kabupaten Siak"
# back to hours not enforced, so that the kiosk answers at any hour
expect_status 303 POST /admin/antrian/MPP-SIAK -b "$SJ" --data-urlencode "csrf=$T" \
    --data-urlencode "nama=Mal Pelayanan Publik Kabupaten Siak" --data-urlencode "alamat=" \
    --data-urlencode "batas=" $(hours)
expect_eq "hours not enforced, no cut-off" "$(sql "SELECT jam_berlaku || '|' || batas_ambil FROM antrian_lokasi WHERE kode = '$LOK'")" "0|"

# --- services -----------------------------------------------------------------
A0=$(audits)
expect_status 422 POST /admin/antrian/MPP-SIAK/layanan/DUK-04 -b "$AJ" --data-urlencode "csrf=$TA" \
    --data-urlencode "kuota_pagi=-1" --data-urlencode "kuota_siang=dua" --data-urlencode "aktif=1"
expect_contains 'Kuota berupa bilangan bulat 0 sampai 9999' "$BODY"
expect_contains 'value="dua"' "$BODY"
expect_eq "refused: DUK-04 unchanged" "$(kuota DUK-04)" "100/80/1"
expect_status 303 POST /admin/antrian/MPP-SIAK/layanan/DUK-04 -b "$AJ" --data-urlencode "csrf=$TA" \
    --data-urlencode "kuota_pagi=1" --data-urlencode "kuota_siang=1" --data-urlencode "aktif=1"
expect_eq "DUK-04 quota 1/1" "$(kuota DUK-04)" "1/1/1"
expect_eq "audited with the change" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.atur_layanan' AND object_id = 'MPP-SIAK/DUK-04' AND note = 'kuota pagi 100 -> 1, siang 80 -> 1, aktif -> aktif'")" 1
# another agency's service and an outside agency's: refused, nothing written
P0=$(sql "SELECT kode || kuota_pagi FROM antrian_layanan WHERE kode LIKE 'PTSP%' ORDER BY kode LIMIT 1")
PK=$(sql "SELECT kode FROM antrian_layanan WHERE kode LIKE 'PTSP%' ORDER BY kode LIMIT 1")
expect_status 403 POST "/admin/antrian/MPP-SIAK/layanan/$PK" -b "$AJ" --data-urlencode "csrf=$TA" \
    --data-urlencode "kuota_pagi=5" --data-urlencode "kuota_siang=5" --data-urlencode "aktif=1"
expect_status 403 POST /admin/antrian/MPP-SIAK/layanan/SAMSAT-PKB -b "$AJ" --data-urlencode "csrf=$TA" \
    --data-urlencode "kuota_pagi=5" --data-urlencode "kuota_siang=5" --data-urlencode "aktif=1"
expect_eq "DPMPTSP's service unchanged" "$(sql "SELECT kode || kuota_pagi FROM antrian_layanan WHERE kode = '$PK'")" "$P0"
expect_status 422 POST /admin/antrian/MPP-SIAK/layanan/TIDAK-ADA -b "$SJ" --data-urlencode "csrf=$T" \
    --data-urlencode "kuota_pagi=5" --data-urlencode "kuota_siang=5"
expect_eq "one change audited in this part" "$(audits)" "$((A0 + 1))"
# the superadmin may change the outside agency's service
expect_status 303 POST /admin/antrian/MPP-SIAK/layanan/SAMSAT-PKB -b "$SJ" --data-urlencode "csrf=$T" \
    --data-urlencode "kuota_pagi=40" --data-urlencode "kuota_siang=30" --data-urlencode "aktif=1"
expect_eq "SAMSAT-PKB by the superadmin" "$(kuota SAMSAT-PKB)" "40/30/1"

# --- the settings hold at the kiosk -----------------------------------------
K=$(kios_token)
expect_eq "first DUK-04 ticket within the quota" "$(ambil "$K" DUK-04)" D-001
tk() { curl -s -m 20 -o "$BODY" -w '%{http_code}' -H "$CT" -H "Authorization: Bearer $K" \
    -d "{\"lokasi\":\"$LOK\",\"layanan\":\"$1\"}" "$BASE/api/v1/antrian/tiket"; }
expect_eq "second DUK-04 ticket beyond the quota of 1" "$(tk DUK-04)" 409
expect_json 'j.galat.kode === "kuota_habis"' "$BODY"
# deactivated: no ticket, and it shows as such to the admin
expect_status 303 POST /admin/antrian/MPP-SIAK/layanan/DUK-03 -b "$AJ" --data-urlencode "csrf=$TA" \
    --data-urlencode "kuota_pagi=100" --data-urlencode "kuota_siang=80"
expect_eq "DUK-03 inactive" "$(kuota DUK-03)" "100/80/0"
expect_eq "no ticket for an inactive service" "$(tk DUK-03)" 422
expect_json 'j.galat.kode === "layanan_tidak_tersedia"' "$BODY"
expect_status 200 GET /admin/antrian/MPP-SIAK -b "$AJ"
expect_contains '<strong>nonaktif</strong>' "$BODY"
expect_status 303 POST /admin/antrian/MPP-SIAK/layanan/DUK-03 -b "$AJ" --data-urlencode "csrf=$TA" \
    --data-urlencode "kuota_pagi=100" --data-urlencode "kuota_siang=80" --data-urlencode "aktif=1"
expect_eq "DUK-03 takes tickets again" "$(tk DUK-03)" 201
# without the form's token nothing changes
expect_status 403 POST /admin/antrian/MPP-SIAK/layanan/DUK-03 -b "$AJ" \
    --data-urlencode "kuota_pagi=0" --data-urlencode "kuota_siang=0" --data-urlencode "aktif=1"
expect_eq "DUK-03 unchanged without CSRF" "$(kuota DUK-03)" "100/80/1"
finish
