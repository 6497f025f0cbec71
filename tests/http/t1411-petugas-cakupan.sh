#!/bin/sh
# t1411-petugas-cakupan.sh: the officer's inbox with each of its WHERE
# texts (permohonan_sql_list(): the unit's open applications, the unit's
# all, the unit's ever acted on, every submitted one for pimpinan), after
# the kinerja journey (N1 approved, N2 rejected, N3 open at Kampung
# Dalam): each scope lists what it should and another kampung's officer
# sees none of them; the API list of the citizen (his own) too.
. "$(dirname "$0")/test-lib.sh"
. "$(dirname "$0")/api-app-lib.sh"
. "$(dirname "$0")/kinerja-lib.sh"

DEMO_PW=Siak-Demo-2026
start_server
kinerja_journey
JO=$WORK/jaro # op.kampungdalam
JR=$WORK/jarr # op.kampungrempak
JP=$WORK/jarp # pimpinan (reads every submitted one)
for u in op.kampungdalam:$JO op.kampungrempak:$JR pimpinan:$JP; do
	login "${u%%:*}" "$DEMO_PW" "${u#*:}" && ok "login ${u%%:*}" ||
	    fail "login ${u%%:*}"
done
# lists NUMBERS... / lacks NUMBERS...: on the last page fetched
lists() { for _n in "$@"; do expect_contains "$_n" "$BODY"; done; }
lacks() { for _n in "$@"; do expect_not_contains "$_n" "$BODY"; done; }

expect_status 200 GET /petugas -b "$JO"
lists "$N3"
lacks "$N1" "$N2"
expect_status 200 GET '/petugas?keadaan=semua' -b "$JO"
lists "$N1" "$N2" "$N3"
expect_status 200 GET '/petugas?keadaan=semua&cakupan=pernah' -b "$JO"
lists "$N1" "$N2" "$N3"
expect_status 200 GET '/petugas?keadaan=semua&cakupan=pernah&status=ditolak' -b "$JO"
lists "$N2"
lacks "$N1" "$N3"
for q in '' '?keadaan=semua' '?keadaan=semua&cakupan=pernah'; do
	expect_status 200 GET "/petugas$q" -b "$JR"
	lacks "$N1" "$N2" "$N3"
done
expect_status 200 GET '/petugas?keadaan=semua' -b "$JP"
lists "$N1" "$N2" "$N3"
expect_status 200 GET /petugas -b "$JP"
lists "$N3"
lacks "$N1" "$N2"
# the citizen's own list through the API
expect_status 200 GET /api/v1/permohonan -H "Authorization: Bearer $(token warga.demo)"
lists "$N1" "$N2" "$N3"
finish
