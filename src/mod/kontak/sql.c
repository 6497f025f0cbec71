/* sql.c: the kontak module's SQL (see sql.h). */
#include <stdio.h>
#include <string.h>

#include "store/store.h"
#include "kontak_jam.h"
#include "sql.h"

int64_t
kontak_sql_unit(struct store *s, const char *code, char *name, size_t namelen)
{
	struct store_stmt *st;
	int64_t id = 0;

	if (name != NULL && namelen > 0)
		*name = '\0';
	if (code == NULL || *code == '\0')
		return 0;
	st = store_query(s, "SELECT id, name FROM unit WHERE code = ?", "s",
	    code);
	if (st == NULL)
		return 0;
	if (store_step(st) == STORE_ROW) {
		id = store_int(st, 0);
		if (name != NULL && namelen > 0)
			snprintf(name, namelen, "%s", store_text(st, 1));
	}
	store_done(st);
	return id;
}

int
kontak_sql_unit_code(struct store *s, int64_t id, char *code, size_t codelen)
{
	struct store_stmt *st;
	int rc = -1;

	st = store_query(s, "SELECT code FROM unit WHERE id = ?", "i", id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		snprintf(code, codelen, "%s", store_text(st, 0));
		rc = 0;
	}
	store_done(st);
	return rc;
}

/* Add one opening session to kontak arg (days 1..7, the first sessions). */
static int
jam_row(void *arg, struct store_stmt *st)
{
	struct kontak *k = arg;
	struct kontak_hari *h;
	int d;

	d = (int)store_int(st, 0) - 1;
	if (d < 0 || d >= KONTAK_DAYS)
		return 0;
	h = &k->hari[d];
	if (h->n >= KONTAK_SESSIONS)
		return 0;
	h->s[h->n].buka = kontak_time_parse(store_text(st, 1));
	h->s[h->n].tutup = kontak_time_parse(store_text(st, 2));
	h->n++;
	return 0;
}

int
kontak_sql_get(struct store *s, int64_t unit_id, struct kontak *k)
{
	struct store_stmt *st;
	int rc, found = 0;

	memset(k, 0, sizeof(*k));
	st = store_query(s,
	    "SELECT alamat, telepon, email, whatsapp, catatan,"
	    " demo, updated_at FROM kontak WHERE unit_id = ?",
	    "i", unit_id);
	if (st == NULL)
		return -1;
	if ((rc = store_step(st)) == STORE_ROW) {
		found = 1;
		k->unit_id = unit_id;
		snprintf(k->alamat, sizeof(k->alamat), "%s", store_text(st, 0));
		snprintf(k->telepon, sizeof(k->telepon), "%s",
		    store_text(st, 1));
		snprintf(k->email, sizeof(k->email), "%s", store_text(st, 2));
		snprintf(k->whatsapp, sizeof(k->whatsapp), "%s",
		    store_text(st, 3));
		snprintf(k->catatan, sizeof(k->catatan), "%s",
		    store_text(st, 4));
		k->demo = (int)store_int(st, 5);
		k->updated_at = (time_t)store_int(st, 6);
	}
	store_done(st);
	if (rc == STORE_ERR)
		return -1;
	if (!found)
		return 1;
	rc = store_each(s, jam_row, k,
	    "SELECT hari, buka, tutup FROM"
	    " kontak_jam WHERE unit_id = ? ORDER BY hari, sesi",
	    "i", unit_id);
	return rc == STORE_NOSTMT || rc == STORE_ERR ? -1 : 0;
}

int
kontak_sql_put(struct store *s, const struct kontak *k, int64_t actor_id)
{
	char buka[6], tutup[6];
	int d, i;

	if (store_run(s,
		"INSERT INTO kontak(unit_id, alamat, telepon, email,"
		" whatsapp, catatan, demo, updated_at, updated_by)"
		" VALUES (?, ?, ?, ?, ?, ?, ?, ?, nullif(?, 0))"
		" ON CONFLICT(unit_id) DO UPDATE SET alamat = excluded.alamat,"
		" telepon = excluded.telepon, email = excluded.email,"
		" whatsapp = excluded.whatsapp, catatan = excluded.catatan,"
		" demo = excluded.demo, updated_at = excluded.updated_at,"
		" updated_by = excluded.updated_by",
		"isssssdii", k->unit_id, k->alamat, k->telepon, k->email,
		k->whatsapp, k->catatan, k->demo, (int64_t)k->updated_at,
		actor_id) != 0)
		return -1;
	if (store_run(s, "DELETE FROM kontak_jam WHERE unit_id = ?", "i",
		k->unit_id) != 0)
		return -1;
	for (d = 0; d < KONTAK_DAYS; d++)
		for (i = 0; i < k->hari[d].n && i < KONTAK_SESSIONS; i++) {
			/* stored as "HH:MM" */
			kontak_time_format(k->hari[d].s[i].buka, buka);
			kontak_time_format(k->hari[d].s[i].tutup, tutup);
			buka[2] = tutup[2] = ':';
			if (store_run(s,
				"INSERT INTO kontak_jam(unit_id, hari,"
				" sesi, buka, tutup) VALUES (?, ?, ?, ?, ?)",
				"iddss", k->unit_id, d + 1, i + 1, buka,
				tutup) != 0)
				return -1;
		}
	return 0;
}

/* The callback of kontak_sql_units() with its argument, called for each row. */
struct units_walk {
	void (*fn)(void *, const char *, const char *, const char *, int, int);
	void *arg;
};

static int
units_row(void *a, struct store_stmt *st)
{
	struct units_walk *w = a;

	w->fn(w->arg, store_text(st, 0), store_text(st, 1), store_text(st, 2),
	    (int)store_int(st, 3), (int)store_int(st, 4));
	return 0;
}

int
kontak_sql_units(struct store *s, int64_t unit_id,
    void (*fn)(void *, const char *, const char *, const char *, int, int),
    void *arg)
{
	struct units_walk w = { fn, arg };
	int rc;

	rc = store_each(s, units_row, &w,
	    "SELECT u.code, u.name, u.kind,"
	    " k.unit_id IS NOT NULL, coalesce(k.demo, 0) FROM unit u"
	    " LEFT JOIN kontak k ON k.unit_id = u.id"
	    " WHERE u.active = 1 AND (? = 0 OR u.id = ?)"
	    " ORDER BY CASE u.kind WHEN 'opd' THEN 0 WHEN 'kecamatan' THEN 1"
	    " ELSE 2 END, u.code",
	    "ii", unit_id, unit_id);
	return rc == STORE_NOSTMT || rc == STORE_ERR ? -1 : 0;
}

int
kontak_sql_demo_delete(struct store *s)
{
	int n;

	if (store_run(s,
		"DELETE FROM kontak_jam WHERE unit_id IN (SELECT"
		" unit_id FROM kontak WHERE demo = 1)",
		"") != 0)
		return -1;
	if (store_run(s, "DELETE FROM kontak WHERE demo = 1", "") != 0)
		return -1;
	n = store_changes(s);
	return n;
}
