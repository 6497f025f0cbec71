#!/bin/sh
# t2406-identitas-nip.sh: the pages that write the identity a letter
# carries (issue 18; the letter itself is t2404): a citizen enters the
# data of their KTP/KK at /akun/identitas (checked field by field,
# nothing written on a refusal, audited, shown again, editable); staff
# have no such page; an admin of the signer's unit sets the signer's NIP
# on /admin/akun/{user} (18 digits checked: birth date, appointment,
# gender digit; spaces allowed), another unit's admin may not, and it
# can be removed again.
. "$(dirname "$0")/test-lib.sh"

PW=Siak-Demo-2026
start_server
WJ=$WORK/warga.jar
check "login warga.demo" login warga.demo "$PW" "$WJ"
idt() { sql "SELECT count(*) FROM identitas_penduduk i JOIN account a ON a.id = i.account_id WHERE a.username = 'warga.demo'"; }

# --- the citizen's identity ---------------------------------------------------
expect_status 200 GET /akun -b "$WJ"
expect_contains 'href="/akun/identitas"' "$BODY"
expect_status 200 GET /akun/identitas -b "$WJ"
expect_contains 'action="/akun/identitas"' "$BODY"
expect_contains '<option value="Islam">Islam</option>' "$BODY"
expect_contains 'inputmode="numeric"' "$BODY"
T=$(csrf_from /akun/identitas "$WJ")
N0=$(idt) A0=$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.identitas'")
expect_status 422 POST /akun/identitas -b "$WJ" --data-urlencode "csrf=$T" \
    --data-urlencode "tempat_lahir=Siak Sri Indrapura" --data-urlencode "tanggal_lahir=2099-01-01" \
    --data-urlencode "jenis_kelamin=X" --data-urlencode "agama=Lainnya" \
    --data-urlencode "kewarganegaraan=WNI" --data-urlencode "rt=12a" --data-urlencode "rw=1000"
expect_contains 'Tanggal lahir tidak sah' "$BODY"
expect_contains 'Pilih salah satu pilihan yang tersedia' "$BODY"
expect_contains 'RT dan RW berupa angka 0 sampai 999' "$BODY"
expect_contains 'value="Siak Sri Indrapura"' "$BODY"
expect_contains 'value="12a"' "$BODY"
expect_eq "refused: nothing stored" "$(idt)" "$N0"
expect_status 422 POST /akun/identitas -b "$WJ" --data-urlencode "csrf=$T" \
    --data-urlencode "tanggal_lahir=1990-02-30" --data-urlencode "kewarganegaraan=WNI"
expect_contains 'Tanggal lahir tidak sah' "$BODY"
expect_status 303 POST /akun/identitas -b "$WJ" --data-urlencode "csrf=$T" \
    --data-urlencode "tempat_lahir=Siak Sri Indrapura" --data-urlencode "tanggal_lahir=1990-01-05" \
    --data-urlencode "jenis_kelamin=L" --data-urlencode "agama=Islam" \
    --data-urlencode "pekerjaan=Wiraswasta" --data-urlencode "status_perkawinan=Kawin" \
    --data-urlencode "kewarganegaraan=WNI" --data-urlencode "alamat=Jl. Sultan Ismail No. 7" \
    --data-urlencode "rt=3" --data-urlencode "rw=001"
expect_eq "stored as on the KTP" \
    "$(sql "SELECT tempat_lahir || '|' || tanggal_lahir || '|' || jenis_kelamin || '|' || agama || '|' || pekerjaan || '|' || status_perkawinan || '|' || kewarganegaraan || '|' || alamat || '|' || rt || '|' || rw FROM identitas_penduduk i JOIN account a ON a.id = i.account_id WHERE a.username = 'warga.demo'")" \
    "Siak Sri Indrapura|1990-01-05|L|Islam|Wiraswasta|Kawin|WNI|Jl. Sultan Ismail No. 7|3|1"
expect_eq "audited once" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.identitas'")" "$((A0 + 1))"
expect_status 200 GET "/akun/identitas?disimpan=1" -b "$WJ"
expect_contains 'Data kependudukan Anda disimpan' "$BODY"
expect_contains '<option value="Kawin" selected>' "$BODY"
expect_contains 'value="003"' "$BODY"
# changed later: the same row, updated
expect_status 303 POST /akun/identitas -b "$WJ" --data-urlencode "csrf=$T" \
    --data-urlencode "pekerjaan=Petani/Pekebun" --data-urlencode "kewarganegaraan=WNI"
expect_eq "one row, updated (empty fields unknown)" \
    "$(sql "SELECT count(*) || '|' || max(pekerjaan) || '|' || max(tempat_lahir) || '|' || coalesce(max(rt), 'null') FROM identitas_penduduk i JOIN account a ON a.id = i.account_id WHERE a.username = 'warga.demo'")" \
    "1|Petani/Pekebun||null"
# without the form's token: nothing
expect_status 403 POST /akun/identitas -b "$WJ" --data-urlencode "pekerjaan=Lain" --data-urlencode "kewarganegaraan=WNI"
expect_eq "unchanged without CSRF" "$(sql "SELECT pekerjaan FROM identitas_penduduk i JOIN account a ON a.id = i.account_id WHERE a.username = 'warga.demo'")" "Petani/Pekebun"
# staff have no citizen identity page
OJ=$WORK/op.jar
check "login op.disdukcapil" login op.disdukcapil "$PW" "$OJ"
expect_status 403 GET /akun/identitas -b "$OJ"

# --- the NIP of a signer ------------------------------------------------------
echo "$PW" | "$PAMONG" user add --data "$DATA" --username admin.duk \
    --role admin --unit DISDUKCAPIL --name "Admin Disdukcapil" --password-stdin >/dev/null
AJ=$WORK/admin.jar KJ=$WORK/kominfo.jar
check "login admin.duk" login admin.duk "$PW" "$AJ"
check "login admin.kominfo" login admin.kominfo "$PW" "$KJ"
nip() { sql "SELECT nip FROM account WHERE username = 'kadis.disdukcapil'"; }
expect_status 200 GET /admin/akun/kadis.disdukcapil -b "$AJ"
expect_contains 'action="/admin/akun/kadis.disdukcapil/nip"' "$BODY"
T=$(csrf_from /admin/akun/kadis.disdukcapil "$AJ")
for bad in 123 198013011990011001 198001011990013001 198001011990011 19800101199001100X 198001011980011001; do
	expect_status 422 POST /admin/akun/kadis.disdukcapil/nip -b "$AJ" --data-urlencode "csrf=$T" --data-urlencode "nip=$bad"
done
expect_contains 'NIP tidak sah' "$BODY"
expect_eq "refused NIPs not stored" "$(nip)" ""
expect_status 303 POST /admin/akun/kadis.disdukcapil/nip -b "$AJ" --data-urlencode "csrf=$T" \
    --data-urlencode "nip=19800101 200501 1 001"
expect_eq "NIP stored as 18 digits" "$(nip)" 198001012005011001
expect_eq "audited with before and after" \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'akun.nip' AND object_id = 'kadis.disdukcapil' AND note = '- -> 198001012005011001'")" 1
expect_status 200 GET "/admin/akun/kadis.disdukcapil?ok=nip" -b "$AJ"
expect_contains 'NIP disimpan' "$BODY"
expect_contains 'value="198001012005011001"' "$BODY"
# another unit's admin: refused, nothing changed
TK=$(csrf_from /admin/akun "$KJ")
expect_status 403 POST /admin/akun/kadis.disdukcapil/nip -b "$KJ" --data-urlencode "csrf=$TK" \
    --data-urlencode "nip=197501012000031002"
expect_eq "unchanged by another unit's admin" "$(nip)" 198001012005011001
# a citizen account has no NIP
expect_status 403 POST /admin/akun/warga.demo/nip -b "$AJ" --data-urlencode "csrf=$T" --data-urlencode "nip=198001012005011001"
# removed again
expect_status 303 POST /admin/akun/kadis.disdukcapil/nip -b "$AJ" --data-urlencode "csrf=$T" --data-urlencode "nip="
expect_eq "NIP removed" "$(nip)" ""
finish
