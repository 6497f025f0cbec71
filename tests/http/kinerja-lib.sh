# kinerja-lib.sh: a small journey for the performance tests (t17NN),
# sourced after test-lib.sh and api-app-lib.sh.  Not a test itself.
#
#	kinerja_journey		warga.demo submits three KPG-02 applications at
#				Kampung Dalam: N1 verified and approved (selesai),
#				N2 rejected, N3 left open with its due date moved
#				into the past (overdue now).  Sets N1 N2 N3, YEAR
#				and MONTH (WIB) of today.
#	no_personal FILE	the file holds none of warga.demo's NIK, name,
#				phone, e-mail, nor the numbers N1..N3

KD=14.08.01.1001

kinerja_journey() {
	_tw=$(token warga.demo)
	_to=$(token op.kampungdalam)
	_tp=$(token penghulu.kampungdalam)
	kpg02 201 "$_tw" || return 1
	N1=$NOMOR
	act 200 "$_to" "$N1" verifikasi
	# approving signs the letter: with the demo TTE passphrase
	expect_status 200 POST "/api/v1/permohonan/$(enc "$N1")/tindakan" \
	    -H "Authorization: Bearer $_tp" -H 'Content-Type: application/json' \
	    -d '{"tindakan":"setujui","passphrase":"Siak-TTE-Demo-2026"}' ||
	    head -c 400 "$BODY" >&2
	kpg02 201 "$_tw" || return 1
	N2=$NOMOR
	act 200 "$_to" "$N2" tolak "Bukan penduduk kampung ini."
	kpg02 201 "$_tw" || return 1
	N3=$NOMOR
	# the only change made behind the API: N3 was due long ago
	sql "UPDATE permohonan SET due_date = '2020-01-02' WHERE nomor = '$N3'"
	YEAR=$(TZ=Asia/Jakarta date +%Y)
	MONTH=$(TZ=Asia/Jakarta date +%Y-%m)
}

no_personal() {
	_nik=1408014507900001
	_name=$(sql "SELECT full_name FROM account WHERE username = 'warga.demo'")
	_phone=$(sql "SELECT coalesce(phone, '') FROM account WHERE username = 'warga.demo'")
	_mail=$(sql "SELECT coalesce(email, '') FROM account WHERE username = 'warga.demo'")
	for _x in "$_nik" "$_name" "$_phone" "$_mail" "$N1" "$N2" "$N3"; do
		[ -n "$_x" ] || continue
		expect_not_contains "$_x" "$1"
	done
	# anything shaped like a NIK (16 digits) or an e-mail address
	if grep -Eq '(^|[^0-9])[0-9]{16}([^0-9]|$)|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}' "$1"; then
		fail "no NIK- or e-mail-shaped text in $(basename "$1")"
	else
		ok "no NIK- or e-mail-shaped text in $(basename "$1")"
	fi
}
