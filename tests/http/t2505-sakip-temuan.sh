#!/bin/sh
# t2505-sakip-temuan.sh: audit findings (issue 22): an LHP of BPK on an
# OPD with a recommendation due 60 days after receipt; `pamong tick`
# escalates it once the day after the deadline (not on the day, not twice);
# the Inspektorat's own LHP with its configured deadline; the review into
# the four outcomes; per-unit follow-up rates on /kinerja and /sakip,
# counts only (finding texts stay internal); every change audited.
. "$(dirname "$0")/test-lib.sh"

expect_eq() {
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}

start_server

"$PAMONG" temuan lhp --data "$DATA" --sumber bpk --nomor "12/LHP/XVIII.PEK/01/2026" \
    --judul "Pemeriksaan atas Laporan Keuangan 2025" --unit DPMPTSP \
    --diterima 2026-01-02 >"$WORK/out" 2>&1
expect_eq "BPK LHP recorded" $? 0
"$PAMONG" temuan lhp --data "$DATA" --sumber bpk --nomor "13/LHP/2026" --judul "Uji" \
    --unit DPMPTSP --diterima 2026-01-02 --hari 30 >"$WORK/out" 2>&1
expect_eq "BPK with another deadline exits 1" $? 1
expect_contains "60 hari (UU 15/2004 pasal 20)" "$WORK/out"
"$PAMONG" temuan lhp --data "$DATA" --sumber bpk --nomor "12/LHP/XVIII.PEK/01/2026" \
    --judul "Lagi" --unit DPMPTSP --diterima 2026-01-02 >/dev/null 2>&1
expect_eq "a duplicate LHP number exits 1" $? 1
"$PAMONG" temuan lhp --data "$DATA" --sumber inspektorat --nomor "700/ITDA/LHP/05/2026" \
    --judul "Audit kinerja pelayanan perizinan" --unit DPMPTSP --diterima 2026-03-01 \
    --hari 30 >/dev/null 2>&1
expect_eq "Inspektorat LHP with 30 days" $? 0
"$PAMONG" temuan lhp --data "$DATA" --sumber bpkp --nomor X-1 --judul "Uji" --unit DPMPTSP \
    --diterima 2026-01-02 >"$WORK/out" 2>&1
expect_eq "unknown source exits 1" $? 1

R1=$("$PAMONG" temuan rekomendasi --data "$DATA" --lhp "12/LHP/XVIII.PEK/01/2026" \
    --temuan "Retribusi perizinan terlambat disetor ke kas daerah" \
    --rekomendasi "Memerintahkan bendahara penerimaan menyetor tepat waktu")
expect_eq "recommendation id" "$(echo "$R1" | grep -Ec '^[0-9]+$')" 1
R2=$("$PAMONG" temuan rekomendasi --data "$DATA" --lhp "12/LHP/XVIII.PEK/01/2026" \
    --temuan "Aset tidak diinventarisasi" --rekomendasi "Menginventarisasi aset")
R3=$("$PAMONG" temuan rekomendasi --data "$DATA" --lhp "700/ITDA/LHP/05/2026" \
    --temuan "SOP izin belum diperbarui" --rekomendasi "Memperbarui SOP")
expect_eq "BPK deadline: received + 60 days" "$(sql "SELECT batas FROM sakip_rekomendasi WHERE id = $R1")" 2026-03-03
expect_eq "Inspektorat deadline: + 30 days" "$(sql "SELECT batas FROM sakip_rekomendasi WHERE id = $R3")" 2026-03-31

"$PAMONG" temuan status --data "$DATA" --id "$R2" --status sesuai --uraian "Inventarisasi selesai" \
    --bukti "https://siakkab.go.id/ba-inventaris.pdf" >/dev/null
expect_eq "reviewed sesuai" $? 0
"$PAMONG" temuan status --data "$DATA" --id "$R2" --status selesai >"$WORK/out" 2>&1
expect_eq "an unknown status exits 1" $? 1
expect_contains "status harus sesuai, belum_sesuai" "$WORK/out"
"$PAMONG" temuan status --data "$DATA" --id 99999 --status sesuai >/dev/null 2>&1
expect_eq "an unknown recommendation exits 1" $? 1

# the deadline day itself: nothing; the day after: the BPK one escalates
"$PAMONG" tick --data "$DATA" --now 2026-03-03 >/dev/null 2>&1
expect_eq "not on the deadline day" "$(sql "SELECT count(*) FROM sakip_rekomendasi WHERE eskalasi_at IS NOT NULL")" 0
"$PAMONG" tick --data "$DATA" --now 2026-03-04 >/dev/null 2>&1
expect_eq "escalated after 60 days" "$(sql "SELECT group_concat(id) FROM sakip_rekomendasi WHERE eskalasi_at IS NOT NULL")" "$R1"
expect_eq "escalation audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'sakip.eskalasi' AND object_id = '$R1'")" 1
"$PAMONG" tick --data "$DATA" --now 2026-03-05 >/dev/null 2>&1
expect_eq "escalated once only" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'sakip.eskalasi'")" 1
"$PAMONG" tick --data "$DATA" --now 2026-04-01 >/dev/null 2>&1
expect_eq "the Inspektorat one after its 30 days" "$(sql "SELECT count(*) FROM sakip_rekomendasi WHERE eskalasi_at IS NOT NULL")" 2
expect_eq "every change audited" "$(sql "SELECT count(*) FROM audit_event WHERE action IN ('sakip.lhp', 'sakip.rekomendasi', 'sakip.tindak_lanjut')")" 6

expect_status 200 GET /kinerja
expect_contains "Tindak lanjut rekomendasi hasil pemeriksaan" "$BODY"
# 3 recommendations: 1 sesuai, 2 open and past their deadline: 33,33 %
expect_contains "<tr><th scope=\"row\">Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Siak</th><td>3</td><td>1</td><td>0</td><td>2</td><td>0</td><td>2</td><td>33,33</td></tr>" "$BODY"
expect_not_contains "Retribusi perizinan" "$BODY"
expect_status 200 GET "/sakip?tahun=2026"
expect_contains "<td>3</td><td>1</td><td>0</td><td>2</td><td>0</td><td>2</td><td>33,33</td>" "$BODY"
expect_not_contains "Aset tidak diinventarisasi" "$BODY"
finish
