#!/bin/sh
# t0305-group-commit.sh: new applications under concurrency, through the
# API (POST /api/v1/permohonan) and the form (POST /layanan/KPG-02/ajukan).
# Submissions are committed in groups (src/web/web.c, issue 3): many at
# once must each get their own complete application with gapless numbers,
# concurrent twins with one idempotency key must give one application,
# bad input in the middle of a group must not harm the others, and clients
# that hang up while their group is being committed must not hurt the
# server.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"

start_server
TW=$(token warga.demo)
check "warga.demo has an API token" test -n "$TW"
add_user warga.kedua warga 14.08.01.1001 1408014507900002
TB=$(token warga.kedua)
check "a second citizen has an API token" test -n "$TB"

# one submission in the background: status to $WORK/c.N, body to $WORK/b.N
fire() {
	_n=$1 _tok=$2
	shift 2
	curl -s -m 30 -o "$WORK/b.$_n" -w '%{http_code}' \
	    -H "Authorization: Bearer $_tok" \
	    -F layanan=KPG-02 -F wilayah=14.08.01.1001 \
	    -F 'isian.keperluan=Melamar pekerjaan' \
	    -F 'isian.alamat=Jl. Sultan Syarif Kasim No. 7' \
	    -F 'isian.rt_rw=001/003' -F 'isian.status_tinggal=Milik sendiri' \
	    -F "berkas.ktp_el=@$PDF" -F "berkas.kartu_keluarga=@$PNG" \
	    -F "berkas.surat_pengantar_rt_rw=@$JPG" "$@" \
	    "$BASE/api/v1/permohonan" >"$WORK/c.$_n" 2>/dev/null
}

before=$(sql "SELECT count(*) FROM permohonan")
pids=
i=1
while [ $i -le 40 ]; do
	if [ $((i % 2)) = 0 ]; then tok=$TW; else tok=$TB; fi
	case $i in
	7|8|9|10)	# twins: one key, one citizen, sent at the same time
		fire $i "$TW" -F isian.lama_tinggal=3 -F kunci_idempoten=t0305-kembar & ;;
	13)		# invalid in the middle of the group
		fire $i "$tok" -F isian.lama_tinggal=tiga -F kunci_idempoten=t0305-$i & ;;
	14)		# a text file named .pdf
		fire $i "$tok" -F isian.lama_tinggal=3 -F "berkas.ktp_el=@$FAKE" -F kunci_idempoten=t0305-$i & ;;
	*)
		fire $i "$tok" -F isian.lama_tinggal=$i -F kunci_idempoten=t0305-$i & ;;
	esac
	pids="$pids $!"
	i=$((i + 1))
done
wait $pids	# not the server

codes=$(i=1; while [ $i -le 40 ]; do printf '%s ' "$(cat "$WORK/c.$i")"; i=$((i + 1)); done)
n201=$(echo "$codes" | tr ' ' '\n' | grep -c '^201$')
n200=$(echo "$codes" | tr ' ' '\n' | grep -c '^200$')
n422=$(echo "$codes" | tr ' ' '\n' | grep -c '^422$')
check "35 new applications (201): $codes" test "$n201" = 35
check "three twins answered as replays (200)" test "$n200" = 3
check "the two bad submissions refused (422)" test "$n422" = 2
check "the bad value named in its answer" grep -q 'isian.lama_tinggal' "$WORK/b.13"
check "the fake PDF named in its answer" grep -q 'berkas.ktp_el' "$WORK/b.14"

# every 201 is a complete application; the twins share one
nomors=$WORK/nomors
: >"$nomors"
for i in $(seq 1 40); do
	case $(cat "$WORK/c.$i") in
	200|201) jget j.nomor "$WORK/b.$i" >>"$nomors" ;;
	esac
done
check "38 answers carry a nomor" test "$(grep -c . "$nomors")" = 38
check "the four twins carry one nomor" test \
    "$(for i in 7 8 9 10; do jget j.nomor "$WORK/b.$i"; done | sort -u | wc -l)" = 1
check "35 distinct nomor" test "$(sort -u "$nomors" | grep -c .)" = 35
check "35 rows in the database" test \
    "$(sql "SELECT count(*) FROM permohonan") " = "$((before + 35)) "
check "one row for the twins' key" test \
    "$(sql "SELECT count(*) FROM permohonan WHERE idem_key = 't0305-kembar'")" = 1
missing=0
for n in $(sort -u "$nomors"); do
	[ "$(sql "SELECT count(*) FROM permohonan_berkas pb JOIN permohonan p ON p.id = pb.permohonan_id WHERE p.nomor = '$n'")" = 3 ] &&
	[ "$(sql "SELECT count(*) FROM permohonan_riwayat r JOIN permohonan p ON p.id = r.permohonan_id WHERE p.nomor = '$n'")" = 1 ] &&
	[ "$(sql "SELECT count(*) FROM audit_event WHERE object_id = '$n' AND action = 'permohonan.ajukan'")" = 1 ] ||
	    missing=$((missing + 1))
done
check "every application has its documents, history and audit event" test "$missing" = 0
check "registration numbers have no gaps" test "$(sql "SELECT max(cast(substr(nomor, -5) AS int)) - min(cast(substr(nomor, -5) AS int)) + 1 = count(*) FROM permohonan WHERE nomor LIKE '14.08.01.1001/KPG-02/%'")" = 1
check "nothing of the refused ones stored" test \
    "$(sql "SELECT count(*) FROM permohonan WHERE idem_key IN ('t0305-13', 't0305-14')")" = 0
check "audit chain intact" "$PAMONG" audit verify --data "$DATA"
check "every stored file matches its name" sh -c \
    "cd '$DATA/berkas' && for f in */*; do [ \"\$(sha256sum < \$f | cut -c1-64)\" = \"\${f#*/}\" ] || exit 1; done"

# the HTML form is group-committed too: a double click (two posts of one
# form at once) gives one application, both answers lead to it
. "$ROOT/tests/http/app-lib.sh"
J=$WORK/jar
check "warga.demo signs in" login warga.demo "$PW" "$J"
curl -s -m 20 -b "$J" -c "$J" -o "$WORK/f.html" "$BASE/layanan/KPG-02/ajukan"
fc=$(form_value csrf "$WORK/f.html")
fk=$(form_value kunci_idempoten "$WORK/f.html")
check "the form carries an idempotency key" test -n "$fk"
post_form() {
	curl -s -m 30 -o /dev/null -D "$WORK/h.$1" -w '%{http_code}' \
	    -b "$J" -F "csrf=$fc" -F "kunci_idempoten=$fk" \
	    -F wilayah=14.08.01.1001 -F 'isian.keperluan=Melamar pekerjaan' \
	    -F 'isian.alamat=Jl. Sultan Syarif Kasim No. 5' \
	    -F isian.rt_rw=002/003 -F isian.lama_tinggal=4 \
	    -F 'isian.status_tinggal=Milik sendiri' \
	    -F "berkas.ktp_el=@$PDF;type=application/pdf" \
	    -F "berkas.kartu_keluarga=@$PDF;type=application/pdf" \
	    -F "berkas.surat_pengantar_rt_rw=@$PDF;type=application/pdf" \
	    -F simpan=ajukan "$BASE/layanan/KPG-02/ajukan" >"$WORK/c.$1"
}
post_form f1 & p1=$!
post_form f2 & p2=$!
wait $p1 $p2
check "both posts answered 303" test "$(cat "$WORK/c.f1") $(cat "$WORK/c.f2")" = "303 303"
l1=$(sed -n 's/^[Ll]ocation: *\([^?]*\).*/\1/p' "$WORK/h.f1" | tr -d '\r')
l2=$(sed -n 's/^[Ll]ocation: *\([^?]*\).*/\1/p' "$WORK/h.f2" | tr -d '\r')
check "both lead to the same application ($l1)" test -n "$l1" -a "$l1" = "$l2"
check "one application for the form's key" test \
    "$(sql "SELECT count(*) FROM permohonan WHERE idem_key = '$fk'")" = 1
# a bad value through the form: 422 with the form again; nothing submitted
# (issue 19 item 5: what was valid is kept as the citizen's draft)
code=$(curl -s -m 30 -o "$WORK/bad.html" -w '%{http_code}' -b "$J" \
    -F "csrf=$fc" -F kunci_idempoten=t0305-form-salah \
    -F wilayah=14.08.01.1001 -F 'isian.keperluan=Melamar pekerjaan' \
    -F 'isian.alamat=Jl. Sultan' -F isian.rt_rw=002/003 \
    -F isian.lama_tinggal=empat -F 'isian.status_tinggal=Milik sendiri' \
    -F "berkas.ktp_el=@$PDF;type=application/pdf" \
    -F "berkas.kartu_keluarga=@$PDF;type=application/pdf" \
    -F "berkas.surat_pengantar_rt_rw=@$PDF;type=application/pdf" \
    -F simpan=ajukan "$BASE/layanan/KPG-02/ajukan")
check "a bad value through the form: 422" test "$code" = 422
check "the form is shown again with its error" grep -q 'aria-invalid="true"' "$WORK/bad.html"
check "nothing submitted for it (at most the citizen's draft)" test \
    "$(sql "SELECT count(*) FROM permohonan WHERE idem_key = 't0305-form-salah' AND (draft = 0 OR nomor IS NOT NULL)")" = 0

# clients that hang up while their group is committed
pids=
i=1
while [ $i -le 30 ]; do
	curl -s -m 0.02 -o /dev/null -H "Authorization: Bearer $TW" \
	    -F layanan=KPG-02 -F wilayah=14.08.01.1001 \
	    -F 'isian.keperluan=Melamar pekerjaan' -F 'isian.alamat=Jl. Sultan' \
	    -F 'isian.rt_rw=001/003' -F 'isian.status_tinggal=Milik sendiri' \
	    -F isian.lama_tinggal=2 -F "berkas.ktp_el=@$PDF" \
	    -F "berkas.kartu_keluarga=@$PNG" \
	    -F "berkas.surat_pengantar_rt_rw=@$JPG" \
	    -F "kunci_idempoten=t0305-putus-$i" \
	    "$BASE/api/v1/permohonan" >/dev/null 2>&1 &
	pids="$pids $!"
	i=$((i + 1))
done
wait $pids
sleep 0.5
fire 99 "$TW" -F isian.lama_tinggal=4 -F kunci_idempoten=t0305-sesudah
check "the server still accepts after hang-ups" test "$(cat "$WORK/c.99")" = 201
# a hung-up submission that was committed is returned by its key
n=$(sql "SELECT count(*) FROM permohonan WHERE idem_key LIKE 't0305-putus-%'")
ok "$n of 30 hung-up submissions were committed before the hang-up"
if [ "$n" -gt 0 ]; then
	k=$(sql "SELECT idem_key FROM permohonan WHERE idem_key LIKE 't0305-putus-%' LIMIT 1")
	fire 98 "$TW" -F isian.lama_tinggal=2 -F "kunci_idempoten=$k"
	check "a retry with its key gets it (200)" test "$(cat "$WORK/c.98")" = 200
fi

# a graceful stop under load: every 201 answered is in the database, and
# the workers stop cleanly (what was queued is committed and synced)
pids=
for i in $(seq 200 239); do
	fire $i "$TW" -F isian.lama_tinggal=2 -F kunci_idempoten=t0305-stop-$i &
	pids="$pids $!"
done
sleep 0.3
stop_server
wait $pids
got=0 missing=0
for i in $(seq 200 239); do
	[ "$(cat "$WORK/c.$i")" = 201 ] || continue
	got=$((got + 1))
	n=$(jget j.nomor "$WORK/b.$i")
	[ "$(sql "SELECT count(*) FROM permohonan_berkas pb JOIN permohonan p ON p.id = pb.permohonan_id WHERE p.nomor = '$n'")" = 3 ] ||
	    missing=$((missing + 1))
done
ok "$got of 40 submissions answered 201 before the stop"
check "every one of them stored with its documents" test "$missing" = 0
check "the database is intact after the stop" test \
    "$(sql 'PRAGMA integrity_check')" = ok
finish
