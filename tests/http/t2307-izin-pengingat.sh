#!/bin/sh
# t2307-izin-pengingat.sh: reminders before an issued permit expires
# (issue 17): `pamong izin catat --pemegang-akun` links the holder's
# account (never published); the job perizinan.pengingat (run by
# `pamong tick --now DATE`) sends, once per permit and threshold, the
# reminder of the smallest threshold reached (90, 60, 30, 7 days): to the
# holder in-app and to the issuing unit, audited; revoked permits and
# permits far from their end get none; a second run sends nothing.
. "$(dirname "$0")/test-lib.sh"

start_server

expect_eq() { # DESC GOT WANT
	if [ "$2" = "$3" ]; then ok "$1: $2"; else fail "$1: got '$2', want '$3'"; fi
}
day() { TZ=Asia/Jakarta date -d "+$1 day" +%F; }
catat() { # NOMOR BERLAKU [ARGS...]
	_n=$1 _b=$2
	shift 2
	"$PAMONG" izin catat --data "$DATA" --nomor "$_n" --jenis reklame \
	    --pemegang "Toko Maju Jaya" --kecamatan 14.08.01 \
	    --terbit "$(day -300)" --berlaku-sampai "$_b" "$@" \
	    >"$WORK/catat.out" 2>&1
}
tick() { # DATE
	"$PAMONG" tick --data "$DATA" --now "$1" >"$WORK/tick.out" 2>&1 ||
	    fail "tick --now $1: $(cat "$WORK/tick.out")"
}
sent() { # NOMOR AMBANG
	sql "SELECT count(*) FROM izin_pengingat g JOIN izin z ON z.id = g.izin_id WHERE z.nomor = '$1' AND g.ambang = $2"
}
told() { # USER NOMOR
	sql "SELECT count(*) FROM notifikasi n JOIN account a ON a.id = n.account_id WHERE a.username = '$1' AND n.text LIKE '%$2%'"
}

check "a permit far from its end" catat 503/RK/2026/101 "$(day 100)" \
    --pemegang-akun warga.demo
check "a permit 20 days from its end" catat 503/RK/2026/102 "$(day 20)" \
    --pemegang-akun warga.demo
check "a permit 5 days from its end, holder unknown" catat 503/RK/2026/103 "$(day 5)"
check "a permit to revoke" catat 503/RK/2026/104 "$(day 5)" --pemegang-akun warga.demo
"$PAMONG" izin cabut --data "$DATA" --nomor 503/RK/2026/104 \
    --alasan "Reklame dibongkar pemiliknya." >/dev/null 2>&1
if catat 503/RK/2026/105 "$(day 20)" --pemegang-akun tidak.ada; then
	fail "an unknown holder account was accepted"
else
	ok "an unknown holder account is refused"
fi
expect_contains "tidak ditemukan" "$WORK/catat.out"
expect_eq "nothing recorded for it" \
    "$(sql "SELECT count(*) FROM izin WHERE nomor = '503/RK/2026/105'")" 0

# the holder's account is not published
expect_status 200 GET '/api/v1/izin?q=503/RK/2026'
expect_json "j.data.length === 4 && j.data.every(z => !('pemegang_id' in z))" "$BODY"

tick "$(day 0)"
expect_eq "20 days: the 30-day reminder" "$(sent 503/RK/2026/102 30)" 1
expect_eq "to the holder" "$(told warga.demo 503/RK/2026/102)" 1
check "and to the issuing unit" test "$(told op.dpmptsp 503/RK/2026/102)" -ge 1
expect_eq "5 days: the 7-day reminder only" \
    "$(sql "SELECT group_concat(g.ambang) FROM izin_pengingat g JOIN izin z ON z.id = g.izin_id WHERE z.nomor = '503/RK/2026/103'")" 7
expect_eq "100 days: none yet" \
    "$(sql "SELECT count(*) FROM izin_pengingat g JOIN izin z ON z.id = g.izin_id WHERE z.nomor = '503/RK/2026/101'")" 0
expect_eq "a revoked permit: none" \
    "$(sql "SELECT count(*) FROM izin_pengingat g JOIN izin z ON z.id = g.izin_id WHERE z.nomor = '503/RK/2026/104'")" 0
expect_eq "audited" \
    "$(sql "SELECT count(*) FROM audit_event WHERE action = 'izin.pengingat'")" 2

tick "$(day 0)"
expect_eq "a second run sends nothing" \
    "$(sql "SELECT count(*) FROM izin_pengingat")" 2
expect_eq "the holder was told once" "$(told warga.demo 503/RK/2026/102)" 1

tick "$(day 14)"
expect_eq "6 days later: the 7-day reminder" "$(sent 503/RK/2026/102 7)" 1
expect_eq "86 days: the 90-day reminder" "$(sent 503/RK/2026/101 90)" 1
expect_eq "the holder was told again" "$(told warga.demo 503/RK/2026/102)" 2
tick "$(day 30)"
expect_eq "an expired permit gets no more" "$(sql "SELECT count(*) FROM izin_pengingat")" 4

finish
