/* pengingat.c: reminders before an issued permit expires (proses.h). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/when.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "mod/notifikasi/notify.h"
#include "store/store.h"
#include "jenis.h"
#include "proses.h"
#include "sql.h"

/* Days before berlaku_sampai, largest first (issue 17). */
static const int ambang_hari[] = { 90, 60, 30, 7 };
#define N_AMBANG (sizeof(ambang_hari) / sizeof(ambang_hari[0]))

int
izin_ambang(int sisa)
{
	size_t i;
	int a = 0;

	if (sisa < 0)
		return 0;
	for (i = 0; i < N_AMBANG; i++)
		if (sisa <= ambang_hari[i])
			a = ambang_hari[i];
	return a;
}

static long
day_of(const char *iso)
{
	int y, m, d;

	if (sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return -1;
	return when_days_from_civil(y, m, d);
}

/* Remind once for h at threshold a: 1 sent, 0 sent before, -1. */
static int
ingatkan(struct store *s, const struct izin_habis *h, int a, int sisa,
    time_t now)
{
	char note[120], text[1000], link[320];
	const char *unit = json_string_value(
	    json_object_get(jenis_get(h->jenis_kode), "unit"));
	int64_t unit_id = unit != NULL ? perizinan_sql_unit_id(s, unit) : 0;
	int rc;

	snprintf(note, sizeof(note), "ambang=%d sisa_hari=%d berlaku_sampai=%s",
	    a, sisa, h->berlaku_sampai);
	snprintf(text, sizeof(text),
	    "%s nomor %s berakhir pada %s (%d hari lagi). Ajukan"
	    " perpanjangan dari izin lama sebelum masa berlakunya habis.",
	    h->jenis, h->nomor, h->berlaku_sampai, sisa);
	snprintf(link, sizeof(link), "/izin?q=%s", h->nomor);
	if (store_begin(s) != 0)
		return -1;
	rc = perizinan_sql_pengingat_insert(s, h->id, a, now);
	if (rc == 1) {
		store_rollback(s);
		return 0;
	}
	if (rc != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = 0,
		    .role = "sistem",
		    .unit_id = unit_id,
		    .action = "izin.pengingat",
		    .object_type = "izin",
		    .object_id = h->nomor,
		    .note = note,
		    .addr = "" }) != 0 ||
	    (h->pemegang_id > 0 &&
		notify_account(s, h->pemegang_id, text, link) != 0) ||
	    (unit_id > 0 &&
		notify_unit(s, unit_id, ROLE_OPERATOR | ROLE_KEPALA, text,
		    link) != 0) ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 1;
}

int
perizinan_pengingat(struct store *s, const char *data_dir, time_t now)
{
	struct izin_habis *h;
	long today = when_wib_day(now);
	char from[11], until[11];
	int y, m, d, a, rc, applied = 0, bad = 0;
	size_t i, n;

	(void)data_dir;
	when_civil_from_days(today, &y, &m, &d);
	snprintf(from, sizeof(from), "%04d-%02d-%02d", y, m, d);
	when_civil_from_days(today + ambang_hari[0], &y, &m, &d);
	snprintf(until, sizeof(until), "%04d-%02d-%02d", y, m, d);
	if (perizinan_sql_izin_habis(s, from, until, &h, &n) != 0) {
		free(h);
		return -1;
	}
	for (i = 0; i < n; i++) {
		int sisa = (int)(day_of(h[i].berlaku_sampai) - today);

		if ((a = izin_ambang(sisa)) == 0)
			continue;
		rc = ingatkan(s, &h[i], a, sisa, now);
		if (rc < 0)
			bad = 1;
		else
			applied += rc;
	}
	free(h);
	return bad ? -1 : applied;
}
