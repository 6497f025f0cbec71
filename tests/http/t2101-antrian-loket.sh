#!/bin/sh
# t2101-antrian-loket.sh: a counter's day at the MPP (issue 16): tickets
# from a kiosk, call next (FIFO, capped priority), recall, start, finish,
# no-show, transfer keeping its place, pause; wrong state and another
# counter's ticket refused with nothing changed; every change audited.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/antrian-lib.sh"

start_server

# --- the demo data of the contract ---
expect_eq "site MPP-SIAK" "$(sql "SELECT nama FROM antrian_lokasi WHERE kode = 'MPP-SIAK'")" \
    "Mal Pelayanan Publik Kabupaten Siak"
expect_eq "tenant agencies" "$(sql "SELECT group_concat(kode, ' ') FROM (SELECT kode FROM antrian_instansi ORDER BY kode)")" \
    "BPJS-KES DISDUKCAPIL DPMPTSP SAMSAT"
expect_eq "Disdukcapil counters serve DUK services" \
    "$(sql "SELECT count(DISTINCT l.kode) FROM antrian_loket_layanan kl JOIN antrian_layanan l ON l.id = kl.layanan_id WHERE l.kode LIKE 'DUK-%'")" 5
expect_eq "officer loket.disdukcapil" \
    "$(sql "SELECT r.role || ' ' || u.code FROM account a JOIN account_role r ON r.account_id = a.id JOIN unit u ON u.id = a.unit_id WHERE a.username = 'loket.disdukcapil'")" \
    "petugas_loket DISDUKCAPIL"

K=$(kios_token)
check "kiosk token is one line of 43 characters" sh -c "printf '%s' '$K' | grep -Eqx '[A-Za-z0-9_-]{43}'"
expect_eq "only its hash is stored" "$(sql "SELECT count(*) FROM antrian_kios WHERE token_hash = lower(token_hash) AND length(token_hash) = 64 AND token_hash <> '$K'")" 1
T=$(token loket.disdukcapil)
check "officer token" test -n "$T"
AUTH="Authorization: Bearer $T"

# --- an empty queue ---
expect_status 404 POST /api/v1/antrian/panggil -H "$CT" -H "$AUTH" -d '{"lokasi":"MPP-SIAK","loket":1}'
expect_json 'j.galat.kode === "antrean_kosong" && /Tidak ada antrean/.test(j.galat.pesan)' "$BODY"

# --- tickets: the contract's answer ---
expect_status 201 POST /api/v1/antrian/tiket -H "$CT" -H "Authorization: Bearer $K" \
    -d '{"lokasi":"MPP-SIAK","layanan":"DUK-01"}'
expect_json 'j.nomor === "A-001" && /^[0-9A-Z]{12}$/.test(j.kode) && j.di_depan === 0' "$BODY"
KODE1=$(jfield kode <"$BODY")
expect_status 201 POST /api/v1/antrian/tiket -H "$CT" -H "Authorization: Bearer $K" \
    -d '{"lokasi":"MPP-SIAK","layanan":"DUK-01"}'
expect_json 'j.nomor === "A-002" && j.di_depan === 1' "$BODY"
expect_eq "A-003 (priority)" "$(ambil "$K" DUK-01 p)" A-003
expect_eq "A-004 (priority)" "$(ambil "$K" DUK-01 p)" A-004
expect_eq "C-001 for KIA" "$(ambil "$K" DUK-03)" C-001
expect_eq "B-001 for KTP-el" "$(ambil "$K" DUK-02)" B-001
expect_eq "A-005" "$(ambil "$K" DUK-01)" A-005
expect_eq "seven tickets audited" "$(sql "SELECT count(*) FROM audit_event WHERE action = 'antrian.ambil' AND role = 'kios'")" 7

# bad input: nothing written
N0=$(sql "SELECT count(*) FROM antrian_tiket")
expect_status 422 POST /api/v1/antrian/tiket -H "$CT" -H "Authorization: Bearer $K" -d '{"lokasi":"MPP-SIAK","layanan":"XYZ-99"}'
expect_json 'j.galat.kode === "layanan_tidak_tersedia"' "$BODY"
expect_status 404 POST /api/v1/antrian/tiket -H "$CT" -H "Authorization: Bearer $K" -d '{"lokasi":"MPP-LAIN","layanan":"DUK-01"}'
expect_status 422 POST /api/v1/antrian/tiket -H "$CT" -H "Authorization: Bearer $K" -d '{"lokasi":"MPP-SIAK"}'
expect_status 400 POST /api/v1/antrian/tiket -H "$CT" -H "Authorization: Bearer $K" -d '{"lokasi":'
expect_eq "refused tickets write nothing" "$(sql "SELECT count(*) FROM antrian_tiket")" "$N0"

# --- who may call ---
expect_status 401 POST /api/v1/antrian/panggil -H "$CT" -d '{"lokasi":"MPP-SIAK","loket":1}'
TOP=$(token op.disdukcapil)
expect_status 403 POST /api/v1/antrian/panggil -H "$CT" -H "Authorization: Bearer $TOP" -d '{"lokasi":"MPP-SIAK","loket":1}'
# counter 4 belongs to DPMPTSP: not this officer's
expect_status 403 POST /api/v1/antrian/panggil -H "$CT" -H "$AUTH" -d '{"lokasi":"MPP-SIAK","loket":4}'
expect_json 'j.galat.kode === "bukan_petugas_loket"' "$BODY"
expect_status 404 POST /api/v1/antrian/panggil -H "$CT" -H "$AUTH" -d '{"lokasi":"MPP-SIAK","loket":77}'

# --- call: priority first, then at most one priority in three calls ---
call() { # LOKET -> prints nomor, after acting "selesai" on it
	curl -s -m 20 -H "$CT" -H "$AUTH" -d "{\"lokasi\":\"MPP-SIAK\",\"loket\":$1}" \
	    "$BASE/api/v1/antrian/panggil" | jfield nomor
}
act() { # LOKET NOMOR AKSI [EXTRA JSON]
	curl -s -m 20 -o "$BODY" -w '%{http_code}' -H "$CT" -H "$AUTH" \
	    -d "{\"lokasi\":\"MPP-SIAK\",\"loket\":$1,\"nomor\":\"$2\",\"aksi\":\"$3\"${4:-}}" \
	    "$BASE/api/v1/antrian/aksi"
}
expect_status 200 POST /api/v1/antrian/panggil -H "$CT" -H "$AUTH" -d '{"lokasi":"MPP-SIAK","loket":1}'
expect_json 'j.nomor === "A-003" && j.loket === 1 && j.status === "dipanggil"' "$BODY"
expect_eq "A-003 called at counter 1" "$(status_of A-003)" "dipanggil@1#1"
# a second call while A-003 is at the counter is refused
expect_status 409 POST /api/v1/antrian/panggil -H "$CT" -H "$AUTH" -d '{"lokasi":"MPP-SIAK","loket":1}'
expect_json 'j.galat.kode === "loket_sibuk"' "$BODY"
# wrong state: finish before start; nothing changed
expect_eq "finish before start -> 409" "$(act 1 A-003 selesai)" 409
expect_json 'j.galat.kode === "status_tidak_sesuai" && /tidak ada yang diubah/.test(j.galat.pesan)' "$BODY"
expect_eq "A-003 unchanged" "$(status_of A-003)" "dipanggil@1#1"
# another counter's ticket: counter 2 (KTP-el) acting on A-003
expect_eq "counter 2 on A-003 -> 422" "$(act 2 A-003 mulai)" 422
expect_json 'j.galat.kode === "tiket_loket_lain"' "$BODY"
# no-show needs a recall first
expect_eq "no-show before recall -> 409" "$(act 1 A-003 tidak_hadir)" 409
expect_json 'j.galat.kode === "belum_dipanggil_ulang"' "$BODY"
# recall, start, finish
expect_eq "recall" "$(act 1 A-003 ulang)" 200
expect_json 'j.panggil === 2 && j.status === "dipanggil"' "$BODY"
expect_eq "start" "$(act 1 A-003 mulai)" 200
expect_eq "finish" "$(act 1 A-003 selesai)" 200
expect_eq "A-003 done" "$(status_of A-003)" "selesai@1#2"
expect_eq "finish twice -> 409" "$(act 1 A-003 selesai)" 409
# next: the last call was priority, so a regular one now (A-001, oldest)
expect_eq "regular after a priority call" "$(call 1)" A-001
expect_eq "start A-001" "$(act 1 A-001 mulai)" 200
expect_eq "finish A-001" "$(act 1 A-001 selesai)" 200
# one priority among the last two calls: regular again (A-002)
expect_eq "still regular (cap 1 in 3)" "$(call 1)" A-002
# A-002 does not come: recall, then no-show
expect_eq "recall A-002" "$(act 1 A-002 ulang)" 200
expect_eq "no-show A-002" "$(act 1 A-002 tidak_hadir)" 200
expect_eq "A-002 no-show" "$(status_of A-002)" "tidak_hadir@1#2"
# now the priority ticket may come again
expect_eq "priority again after two regular calls" "$(call 1)" A-004
# transfer A-004 to counter 3: it waits there, keeping its check-in time
AT=$(sql "SELECT diambil_at FROM antrian_tiket WHERE nomor = 'A-004'")
expect_eq "transfer to counter 2 (not serving DUK-01) -> 422" "$(act 1 A-004 alih ',"ke_loket":2')" 422
expect_json 'j.galat.kode === "tujuan_alih_tidak_sah"' "$BODY"
expect_eq "transfer to counter 3" "$(act 1 A-004 alih ',"ke_loket":3')" 200
expect_eq "A-004 waits for counter 3" "$(status_of A-004)" "menunggu@3#0"
expect_eq "check-in time kept" "$(sql "SELECT diambil_at FROM antrian_tiket WHERE nomor = 'A-004'")" "$AT"
# counter 1 no longer sees it: its next is C-001 (KIA, oldest regular left)
expect_eq "counter 1 calls C-001, not the transferred ticket" "$(call 1)" C-001
# counter 3 gets the transferred one first (earliest check-in)
expect_eq "counter 3 calls A-004" "$(call 3)" A-004
# transfer to another service: C-001 becomes a KTP-el wait (counter 2)
expect_eq "transfer C-001 to DUK-02" "$(act 1 C-001 alih ',"ke_layanan":"DUK-02"')" 200
expect_eq "C-001 waits again" "$(status_of C-001)" "menunggu@0#0"
expect_eq "counter 2 calls C-001 before B-001 (earlier check-in)" "$(call 2)" C-001

# --- pause ---
expect_status 422 POST /api/v1/antrian/jeda -H "$CT" -H "$AUTH" -d "{\"lokasi\":\"MPP-SIAK\",\"loket\":1,\"alasan\":\"$(printf 'x%.0s' $(seq 1 201))\"}"
expect_status 200 POST /api/v1/antrian/jeda -H "$CT" -H "$AUTH" -d '{"lokasi":"MPP-SIAK","loket":1,"alasan":"Istirahat salat zuhur"}'
expect_eq "counter 1 paused" "$(sql "SELECT jeda FROM antrian_loket WHERE nomor = 1")" "Istirahat salat zuhur"
expect_status 409 POST /api/v1/antrian/panggil -H "$CT" -H "$AUTH" -d '{"lokasi":"MPP-SIAK","loket":1}'
expect_json 'j.galat.kode === "loket_dijeda"' "$BODY"
expect_status 200 POST /api/v1/antrian/jeda -H "$CT" -H "$AUTH" -d '{"lokasi":"MPP-SIAK","loket":1,"alasan":""}'
expect_eq "counter 1 open" "$(sql "SELECT jeda FROM antrian_loket WHERE nomor = 1")" ""
expect_eq "A-005 next at counter 1" "$(call 1)" A-005

# --- follow the first ticket ---
expect_status 200 GET /api/v1/antrian/tiket/$KODE1
expect_json 'j.nomor === "A-001" && j.status === "selesai"' "$BODY"
expect_status 404 GET /api/v1/antrian/tiket/ZZZZZZZZZZZZ

# --- the audit trail: one event per change, with the officer ---
expect_eq "officer's audited changes" \
    "$(sql "SELECT count(*) FROM audit_event e JOIN account a ON a.id = e.actor_id WHERE a.username = 'loket.disdukcapil' AND e.action LIKE 'antrian.%'")" \
    19	# 8 calls, 2 recalls, 2 starts, 2 finishes, 1 no-show, 2 transfers, pause and open
expect_eq "audit chain verifies" "$("$PAMONG" audit verify --data "$DATA" >/dev/null 2>&1; echo $?)" 0
finish
