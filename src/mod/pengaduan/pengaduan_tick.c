/*
 * pengaduan_tick.c: the complaint timer (pengaduan_tick()): auto-close
 * answered complaints, flag and escalate missed deadlines.  Every change
 * is guarded by its own condition in the UPDATE, so a second run (or a
 * second process) does nothing twice.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/msg.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/kasus/kasus.h"
#include "mod/notifikasi/notify.h"
#include "pengaduan.h"
#include "pengaduan_impl.h"
#include "sql.h"
#include "mod/alur/workday.h"

/* Noon WIB of date (for workday_add()). */
static time_t
noon(const char *date)
{
	struct tm tm;
	int y, m, d;

	if (date_parse(date, &y, &m, &d) != 0)
		return 0;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 5; /* 12:00 WIB */
	return timegm(&tm);
}

/* Close an answered complaint nobody replied to.  1 done, 0 not, -1. */
static int
auto_close(struct store *s, const struct pengaduan_due *d, time_t now)
{
	char *text, *link;
	int rc = 0;

	if (store_begin(s) != 0)
		return -1;
	if (pengaduan_sql_auto_close(s, d->id, d->batas, now) != 0)
		rc = -1;
	if (rc == 0 && store_changes(s) == 0) {
		store_rollback(s);
		return 0;
	}
	if (rc == 0 && pengaduan_tlog_close(s, d->id, "selesai", now) != 0)
		rc = -1;
	pengaduan_message(s, d->id, 0, "sistem", "tutup_otomatis",
	    msg(M_PENGADUAN_AUTO_CLOSED), now, &rc);
	pengaduan_history(s, d->id, 0, "tutup_otomatis", "ditanggapi",
	    "selesai", 0, now, &rc);
	pengaduan_audit(s, 0, "", 0, "pengaduan.tutup_otomatis", d->nomor,
	    "ditanggapi", "selesai", "", &rc);
	text = xasprintf(msg(M_PENGADUAN_N_CLOSED), d->nomor);
	link = xasprintf("/pengaduan/%s", d->nomor);
	if (rc == 0 && notify_account(s, d->pelapor_id, text, link) != 0)
		rc = -1;
	free(text);
	free(link);
	if (rc != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 1;
}

/* Escalate one level (to the head, then the Inspektorat).  1, 0 or -1. */
static int
escalate(struct store *s, const struct pengaduan_due *d, int level, time_t now)
{
	char *text, *link, *judul, *sum, act[16];
	int rc = 0;

	if (store_begin(s) != 0)
		return -1;
	if (pengaduan_sql_escalate(s, d->id, level, d->status, d->batas, now) !=
	    0)
		rc = -1;
	if (rc == 0 && store_changes(s) == 0) {
		store_rollback(s);
		return 0;
	}
	snprintf(act, sizeof(act), "eskalasi_%d", level);
	link = xasprintf("/pengaduan/%s", d->nomor);
	if (level == 1) {
		text = xasprintf(msg(M_PENGADUAN_N_LATE), d->nomor, d->batas);
		if (d->unit_id != 0) {
			if (rc == 0 &&
			    notify_unit(s, d->unit_id, ROLE_KEPALA, text,
				link) != 0)
				rc = -1;
		} else {
			pengaduan_notify_admins(s, text, link, &rc);
		}
		free(text);
	} else {
		judul =
		    xasprintf("Pengaduan %s melewati batas waktu", d->nomor);
		sum = xasprintf(
		    "Pengaduan %s (%s) dengan status \"%s\" belum"
		    " ditindaklanjuti sejak batas waktu %s; pimpinan unit"
		    " telah diperingatkan.",
		    d->nomor, pengaduan_kategori_label(d->kategori),
		    pengaduan_status_label(d->status), d->batas);
		if (rc == 0 &&
		    kasus_open(s, KASUS_ESKALASI, "pengaduan", d->nomor,
			d->unit_id, judul, sum, 0, now, NULL, 0) <= 0)
			rc = -1;
		free(judul);
		free(sum);
	}
	free(link);
	pengaduan_history(s, d->id, 0, act, d->status, d->status, d->unit_id,
	    now, &rc);
	pengaduan_audit(s, 0, "", 0,
	    level == 1 ? "pengaduan.eskalasi_kepala"
		       : "pengaduan.eskalasi_inspektorat",
	    d->nomor, d->status, d->status, "", &rc);
	if (rc != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 1;
}

int
pengaduan_tick(struct store *s, time_t now)
{
	struct pengaduan_due *v = NULL;
	char today[11], later[11];
	int n = 0, i, r, done = 0, bad = 0;

	workday_date(now, today);
	if (pengaduan_sql_due(s, today, &v, &n) != 0)
		return -1;
	for (i = 0; i < n; i++) {
		if (strcmp(v[i].status, "ditanggapi") == 0) {
			r = auto_close(s, &v[i], now);
		} else if (v[i].eskalasi == 0) {
			r = escalate(s, &v[i], 1, now);
			if (r == 1) {
				v[i].eskalasi = 1;
				i--; /* the Inspektorat may be due too */
				done++;
				continue;
			}
		} else if (v[i].eskalasi == 1) {
			workday_add(s, noon(v[i].batas), PENGADUAN_ESC2_DAYS,
			    later);
			r = strcmp(later, today) < 0
			    ? escalate(s, &v[i], 2, now)
			    : 0;
		} else {
			r = 0;
		}
		if (r < 0)
			bad = 1;
		else
			done += r;
	}
	free(v);
	return bad && done == 0 ? -1 : done;
}
