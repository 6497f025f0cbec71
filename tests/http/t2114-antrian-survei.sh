#!/bin/sh
# t2114-antrian-survei.sh: the satisfaction survey after a queue ticket
# (issue 16: "after selesai the survey (IKM) invitation goes out, and the
# survey answer is bound to the ticket's service and unit").  A walk-in
# ticket without an application gets an invitation when the counter
# finishes it, in the same transaction; the ticket page links to
# /survei/tiket/{kode}; the holder answers anonymously with the code on
# the slip; the answer counts for the ticket's service (DUK-01) and unit
# (DISDUKCAPIL); a second answer is refused; a "Ya" on the integrity
# question opens an Inspektorat case without identity; a booked ticket's
# account is told in-app; a ticket of a service outside the catalog, one
# not finished and an unknown code have no survey.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server
K=$(kios_token)
AUTH="Authorization: Bearer $(token loket.disdukcapil)"
TW=$(token warga.demo)
TODAY=$(TZ=Asia/Jakarta date +%F)
SESI=$([ "$(TZ=Asia/Jakarta date +%H)" -lt 12 ] && echo pagi || echo siang)
panggil() { # LOKET -> nomor
	curl -s -m 20 -H "$CT" -H "$AUTH" -d "{\"lokasi\":\"$LOK\",\"loket\":$1}" \
	    "$BASE/api/v1/antrian/panggil" | jfield nomor
}
act() { # LOKET NOMOR AKSI -> status code
	curl -s -m 20 -o "$BODY" -w '%{http_code}' -H "$CT" -H "$AUTH" \
	    -d "{\"lokasi\":\"$LOK\",\"loket\":$1,\"nomor\":\"$2\",\"aksi\":\"$3\"}" \
	    "$BASE/api/v1/antrian/aksi"
}
kode_of() { sql "SELECT kode FROM antrian_tiket WHERE nomor = '$1' AND tanggal = '$TODAY'"; }
jawaban() { # DUK-01 answers of DISDUKCAPIL
	sql "SELECT count(*) FROM survei_jawaban j JOIN unit u ON u.id = j.unit_id JOIN layanan l ON l.id = j.layanan_id WHERE u.code = 'DISDUKCAPIL' AND l.code = 'DUK-01' AND j.sumber = 'online'"
}
# all nine answered with 4 (u5 with $2 if given), integrity $1
answers() {
	for i in 1 2 3 4 5 6 7 8 9; do
		v=4
		[ "$i" = 5 ] && v=${2:-4}
		printf ' --data-urlencode u%s=%s' "$i" "$v"
	done
	printf ' --data-urlencode integritas=%s' "$1"
}

# --- a walk-in ticket, served to the end -----------------------------------
A1=$(ambil "$K" DUK-01)
KA1=$(kode_of "$A1")
expect_eq "counter 1 calls $A1" "$(panggil 1)" "$A1"
expect_eq "start" "$(act 1 "$A1" mulai)" 200
# before the end: no survey yet
expect_status 404 GET "/survei/tiket/$KA1"
expect_contains "Survei untuk kode antrean ini tidak ada" "$BODY"
expect_status 200 GET "/antrian/tiket/$KA1"
expect_not_contains "/survei/tiket/" "$BODY"
N0=$(sql "SELECT count(*) FROM audit_event")
expect_eq "finish" "$(act 1 "$A1" selesai)" 200
expect_eq "invited for DUK-01 of DISDUKCAPIL in the finishing transaction" \
    "$(sql "SELECT t.nomor || ' ' || l.code || ' ' || u.code FROM survei_tiket t JOIN layanan l ON l.id = t.layanan_id JOIN unit u ON u.id = t.unit_id WHERE t.kode = '$KA1'")" \
    "$A1 DUK-01 DISDUKCAPIL"
expect_eq "one audit event (antrian.selesai)" "$(sql "SELECT count(*) FROM audit_event")" "$((N0 + 1))"

# the follow page links to the survey
expect_status 200 GET "/antrian/tiket/$KA1"
expect_contains "href=\"/survei/tiket/$KA1\"" "$BODY"
expect_contains "Survei Kepuasan Masyarakat" "$BODY"

# --- the questionnaire, anonymous ------------------------------------------
J=$WORK/anon.jar
expect_status 200 GET "/survei/tiket/$KA1" -b "$J" -c "$J"
expect_contains "antrean $A1" "$BODY"
expect_contains "action=\"/survei/tiket/$KA1\"" "$BODY"
expect_contains "tanpa identitas Anda" "$BODY"
expect_not_contains 'name="tanpa_identitas"' "$BODY"
check "nine questions" test "$(grep -o 'name="u[1-9]" value="4"' "$BODY" | sort -u | wc -l)" -eq 9
T=$(csrf_from "/survei/tiket/$KA1" "$J")
T1=$T
# without the form's token: refused, nothing written
J0=$(jawaban)
expect_status 403 POST "/survei/tiket/$KA1" -b "$J" --data-urlencode "u1=4"
# incomplete: 422 naming the questions left, nothing written
expect_status 422 POST "/survei/tiket/$KA1" -b "$J" --data-urlencode "csrf=$T" \
    --data-urlencode "u1=4" --data-urlencode "u2=3" --data-urlencode "integritas=tidak"
expect_contains "Pertanyaan berikut belum dijawab" "$BODY"
expect_contains 'href="#f-u9"' "$BODY"
# a value out of range
expect_status 422 POST "/survei/tiket/$KA1" -b "$J" --data-urlencode "csrf=$T" \
    $(answers tidak 7)
expect_eq "refusals wrote nothing" "$(jawaban)" "$J0"
expect_eq "still open" "$(sql "SELECT coalesce(answered_at, 0) FROM survei_tiket WHERE kode = '$KA1'")" 0
# complete
expect_status 200 POST "/survei/tiket/$KA1" -b "$J" --data-urlencode "csrf=$T" \
    $(answers tidak) --data-urlencode "saran=Loket cepat dan ramah."
expect_contains "Jawaban survei Anda telah disimpan tanpa identitas" "$BODY"
expect_contains "href=\"/antrian/tiket/$KA1\"" "$BODY"
expect_eq "the answer counts for DUK-01 of DISDUKCAPIL" "$(jawaban)" "$((J0 + 1))"
check "answered" test "$(sql "SELECT answered_at FROM survei_tiket WHERE kode = '$KA1'")" -gt 0
expect_eq "audited as survei.isi on the ticket's number, no actor" \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'survei.isi' AND object_type = 'survei_tiket' AND object_id = '$A1' AND coalesce(actor_id, 0) = 0")" 1
# a second answer
expect_status 409 POST "/survei/tiket/$KA1" -b "$J" --data-urlencode "csrf=$T" $(answers tidak)
expect_contains "sudah diisi" "$BODY"
expect_eq "still one answer" "$(jawaban)" "$((J0 + 1))"
expect_status 200 GET "/survei/tiket/$KA1"
expect_contains "sudah diisi" "$BODY"
expect_status 200 GET "/antrian/tiket/$KA1"
expect_contains "sudah diisi. Terima kasih" "$BODY"
expect_not_contains "href=\"/survei/tiket/$KA1\"" "$BODY"

# --- "Ya" on the integrity question: a case without identity ---------------
A2=$(ambil "$K" DUK-01)
KA2=$(kode_of "$A2")
expect_eq "counter 1 calls $A2" "$(panggil 1)" "$A2"
act 1 "$A2" mulai >/dev/null
expect_eq "finish $A2" "$(act 1 "$A2" selesai)" 200
T=$(csrf_from "/survei/tiket/$KA2" "$J")
K0=$(sql "SELECT count(*) FROM kasus WHERE sumber = 'survei_integritas'")
expect_status 200 POST "/survei/tiket/$KA2" -b "$J" --data-urlencode "csrf=$T" $(answers ya)
expect_contains "tanpa identitas Anda" "$BODY"
expect_eq "one Inspektorat case" "$(sql "SELECT count(*) FROM kasus WHERE sumber = 'survei_integritas'")" "$((K0 + 1))"
expect_eq "about the unit, without identity" \
    "$(sql "SELECT ref_type || ' ' || (ringkasan LIKE '%NIK%') || ' ' || (ringkasan LIKE '%tidak menyertakan identitas%') FROM kasus WHERE sumber = 'survei_integritas' ORDER BY id DESC LIMIT 1")" \
    "unit 0 1"

# --- a booked ticket: its account is told -----------------------------------
curl -s -m 20 -o "$BODY" -H "$CT" -H "Authorization: Bearer $TW" \
    -d "{\"lokasi\":\"$LOK\",\"layanan\":\"DUK-01\",\"tanggal\":\"$TODAY\",\"sesi\":\"$SESI\"}" \
    "$BASE/api/v1/antrian/pesan"
BK=$(jfield kode <"$BODY")
check "booked DUK-01 today" test -n "$BK"
expect_status 201 POST /api/v1/antrian/checkin -H "$CT" -H "Authorization: Bearer $K" -d "{\"kode\":\"$BK\"}"
A3=$(jfield nomor <"$BODY")
KA3=$(kode_of "$A3")
expect_eq "counter 1 calls the booked $A3" "$(panggil 1)" "$A3"
act 1 "$A3" mulai >/dev/null
expect_eq "finish $A3" "$(act 1 "$A3" selesai)" 200
expect_eq "warga.demo told in-app with the survey link" \
    "$(sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = 'warga.demo' AND n.link = '/survei/tiket/$KA3'")" 1

# --- no survey: a service outside the catalog, an unknown code --------------
sql "UPDATE antrian_layanan SET kode = 'LOKAL-01' WHERE kode = 'DUK-05'"
A4=$(ambil "$K" LOKAL-01)
check "ticket for a local service" test -n "$A4"
KA4=$(kode_of "$A4")
expect_eq "counter 3 calls $A4" "$(panggil 3)" "$A4"
act 3 "$A4" mulai >/dev/null
expect_eq "finish $A4" "$(act 3 "$A4" selesai)" 200
expect_eq "no invitation for a service outside the catalog" \
    "$(sql "SELECT count(*) FROM survei_tiket WHERE kode = '$KA4'")" 0
expect_status 404 GET "/survei/tiket/$KA4"
expect_status 404 GET /survei/tiket/ZZZZZZZZZZZZ
expect_status 404 GET /survei/tiket/pendek
expect_status 404 POST /survei/tiket/ZZZZZZZZZZZZ -b "$J" --data-urlencode "csrf=$T1" $(answers tidak)
finish
