#!/bin/sh
# t1703-kinerja-eksekutif.sh: the executive dashboard is for pimpinan and
# superadmin only, and lists the overdue work behind the "overdue now"
# figure: the application, its service, units and working days late.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/kinerja-lib.sh"

start_server
kinerja_journey

# anonymous: to the login page; other roles: refused
expect_status 303 GET /kinerja/eksekutif
expect_header Location '/masuk'
for u in warga.demo op.kampungdalam penghulu.kampungdalam inspektur admin.kominfo; do
	jar=$WORK/$u.jar
	login "$u" "$PW" "$jar" || fail "login $u"
	expect_status 403 GET /kinerja/eksekutif -b "$jar"
done

# pimpinan: the figures and the overdue list behind them
JAR=$WORK/pimpinan.jar
login pimpinan "$PW" "$JAR" || fail "login pimpinan"
expect_status 200 GET /kinerja/eksekutif -b "$JAR"
expect_contains "<h1>Dasbor Eksekutif Kinerja</h1>" "$BODY"
expect_contains "Permohonan melewati batas waktu saat ini (1)" "$BODY"
expect_contains "<a href=\"/kinerja/eksekutif?periode=$YEAR&amp;unit=$KD#h-terlambat\">Kelurahan Kampung Dalam</a>" "$BODY"
# the row of N3: due 2 January 2020, handled by Kampung Dalam, still Diajukan
days=$(sql "SELECT count(*) FROM (WITH RECURSIVE d(x) AS (SELECT date('2020-01-03') UNION ALL SELECT date(x, '+1 day') FROM d WHERE x < date('now', '+7 hours')) SELECT x FROM d WHERE strftime('%w', x) NOT IN ('0', '6') AND x NOT IN (SELECT tanggal FROM hari_libur))")
label=$(sql "SELECT ws.label FROM permohonan p JOIN layanan l ON l.id = p.layanan_id JOIN wf_state ws ON ws.workflow_id = l.workflow_id AND ws.code = p.state WHERE p.nomor = '$N3'")
row=$(tr -d '\n' <"$BODY" | grep -o "<tr class=\"terlambat\"><th scope=\"row\"><a href=\"/petugas/permohonan/$(enc "$N3")\">.*" | sed 's|</tr>.*||' | sed 's/<[^>]*>/|/g; s/||*/|/g')
check "overdue row of $N3 ($days working days late)" test "$row" = "|$N3|Surat Keterangan Domisili Penduduk|Kelurahan Kampung Dalam|Kelurahan Kampung Dalam|$label|$(TZ=Asia/Jakarta date +%Y-%m-%d)|2020-01-02|$days|"
expect_not_contains "$N1" "$BODY"
expect_not_contains "$N2" "$BODY"
# the list for one unit, and a unit without overdue work
expect_status 200 GET "/kinerja/eksekutif?unit=$KD" -b "$JAR"
expect_contains "Permohonan melewati batas waktu saat ini: $KD (1)" "$BODY"
expect_status 200 GET "/kinerja/eksekutif?unit=DISDUKCAPIL" -b "$JAR"
expect_contains "Tidak ada permohonan yang melewati batas waktu." "$BODY"
expect_status 400 GET "/kinerja/eksekutif?unit=TIDAK-ADA" -b "$JAR"
expect_contains "Parameter unit tidak sah" "$BODY"
expect_status 400 GET "/kinerja/eksekutif?periode=kemarin" -b "$JAR"
expect_contains "Parameter periode tidak sah" "$BODY"
# the link leads to the staff view, which pimpinan may open
expect_status 200 GET "/petugas/permohonan/$(enc "$N3")" -b "$JAR"
expect_contains "KPG-02" "$BODY"

# superadmin too
JAR=$WORK/superadmin.jar
login superadmin "$PW" "$JAR" || fail "login superadmin"
expect_status 200 GET "/kinerja/eksekutif?periode=$MONTH" -b "$JAR"
expect_contains "$N3" "$BODY"

# once done, nothing is overdue
act 200 "$(token op.kampungdalam)" "$N3" tolak "Berkas tidak lengkap."
expect_status 200 GET /kinerja/eksekutif -b "$JAR"
expect_contains "Permohonan melewati batas waktu saat ini (0)" "$BODY"
finish
