/* holiday.c: admin edits of the holidays table, each with its audit event. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/str.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "holiday.h"
#include "workday.h"
#include "sql.h"

static const char *const kinds[][2] = {
	{ "libur_nasional", "Libur nasional" },
	{ "cuti_bersama", "Cuti bersama" },
	{ "libur_daerah", "Libur daerah" },
};

const char *
holiday_kind_label(const char *kind)
{
	size_t i;

	for (i = 0; kind != NULL && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i][0], kind) == 0)
			return kinds[i][1];
	return NULL;
}

struct holiday *
holiday_list(struct store *s, int year, size_t *np)
{
	char from[11], to[11];

	*np = 0;
	snprintf(from, sizeof(from), "%04d-01-01", year);
	snprintf(to, sizeof(to), "%04d-12-31", year);
	return alur_sql_holidays(s, from, to, np);
}

int
holiday_get(struct store *s, const char *date, struct holiday *h)
{
	if (date == NULL)
		return -1;
	return alur_sql_holiday_get(s, date, h) == 1 ? 0 : -1;
}

/* The admin role an audit event names. */
static const char *
admin_role(const struct account *a)
{
	if (a == NULL)
		return "sistem";
	return (a->roles & ROLE_SUPERADMIN) ? "superadmin" : "admin";
}

static int
audit_holiday(struct store *s, const char *action, const struct holiday *h,
    const struct account *actor, const char *addr)
{
	struct audit ev;
	char *note;
	int rc;

	note = xasprintf("%s (%s)", h->name, h->kind);
	memset(&ev, 0, sizeof(ev));
	ev.actor_id = actor ? actor->id : 0;
	ev.role = admin_role(actor);
	ev.unit_id = actor ? actor->unit_id : 0;
	ev.action = action;
	ev.object_type = "hari_libur";
	ev.object_id = h->date;
	ev.note = note;
	ev.addr = addr;
	rc = audit_write(s, &ev);
	free(note);
	return rc;
}

int
holiday_add(struct store *s, const char *date, const char *name,
    const char *kind, const char *basis, const struct account *actor,
    const char *addr, struct field_errs *errs)
{
	struct holiday h;
	int y, rc;

	if (date_parse(date, &y, NULL, NULL) != 0 || y < 2000 || y > 2100)
		field_err_add(errs, "tanggal", msg(M_HOL_DATE_BAD));
	else if (holiday_get(s, date, &h) == 0)
		field_err_add(errs, "tanggal", msg(M_HOL_EXISTS));
	if (text_check(name, 1, 120, 0) != NULL ||
	    strspn(name, " ") == strlen(name))
		field_err_add(errs, "nama", msg(M_HOL_NAME_BAD));
	if (holiday_kind_label(kind) == NULL)
		field_err_add(errs, "jenis", msg(M_HOL_KIND_BAD));
	if (basis != NULL && text_check(basis, 0, 300, 0) != NULL)
		field_err_add(errs, "dasar", msg(M_HOL_BASIS_BAD));
	if (errs->n > 0)
		return -1;
	memset(&h, 0, sizeof(h));
	str_field(h.date, sizeof(h.date), date);
	str_field(h.name, sizeof(h.name), name);
	str_field(h.kind, sizeof(h.kind), kind);
	if (store_begin(s) != 0) {
		field_err_add(errs, "tanggal", msg(M_SAVE_FAILED));
		return -1;
	}
	rc = alur_sql_holiday_insert(s, date, name, kind, basis ? basis : "");
	if (rc == 0)
		rc = audit_holiday(s, "libur.tambah", &h, actor, addr);
	if (rc == 0)
		rc = store_commit(s);
	if (rc != 0) {
		store_rollback(s);
		field_err_add(errs, "tanggal",
		    rc == STORE_CONSTRAINT ? msg(M_HOL_EXISTS)
					   : msg(M_SAVE_FAILED));
		return -1;
	}
	return 0;
}

int
holiday_delete(struct store *s, const char *date, const struct account *actor,
    const char *addr)
{
	struct holiday h;

	if (store_begin(s) != 0)
		return -2;
	if (holiday_get(s, date, &h) != 0) {
		store_rollback(s);
		return -1;
	}
	if (alur_sql_holiday_delete(s, date) != 0 ||
	    audit_holiday(s, "libur.hapus", &h, actor, addr) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -2;
	}
	return 0;
}
