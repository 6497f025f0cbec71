/* kasus.c: open Inspektorat cases from other modules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/audit/audit.h"
#include "kasus.h"

int64_t
kasus_open(struct store *s, const char *sumber, const char *ref_type,
    const char *ref_id, int64_t unit_id, const char *judul,
    const char *ringkasan, int64_t actor_id, time_t now, char *nomor,
    size_t nomorlen)
{
	struct tm tm;
	char no[32];
	int64_t id, seq;

	if (!store_in_tx(s))
		BUG("kasus_open outside a transaction");
	localtime_r(&now, &tm);
	snprintf(no, sizeof(no), "KAS-%d-", tm.tm_year + 1900);
	seq = store_scalar(s, 0, "SELECT count(*) FROM kasus WHERE"
	    " substr(nomor, 1, length(?)) = ?", "ss", no, no) + 1;
	snprintf(no + strlen(no), sizeof(no) - strlen(no), "%06lld",
	    (long long)seq);
	if (store_run(s, "INSERT INTO kasus(nomor, sumber, ref_type, ref_id,"
	    " unit_id, judul, ringkasan, created_at) VALUES (?, ?, ?, ?,"
	    " nullif(?, 0), ?, ?, ?)", "ssssissi", no, sumber,
	    ref_type ? ref_type : "", ref_id ? ref_id : "", unit_id, judul,
	    ringkasan ? ringkasan : "", (int64_t)now) != 0)
		return 0;
	id = store_last_id(s);
	if (audit_write(s, &(struct audit){ .actor_id = actor_id,
	    .action = "kasus.buka", .object_type = "kasus", .object_id = no,
	    .to_state = "baru", .note = sumber }) != 0)
		return 0;
	if (nomor != NULL && nomorlen > 0)
		snprintf(nomor, nomorlen, "%s", no);
	return id;
}

static void
copy(char *dst, size_t n, const char *src)
{
	snprintf(dst, n, "%s", src);
}

#define KASUS_COLS "k.id, k.nomor, k.sumber, k.ref_type, k.ref_id," \
	" coalesce(u.name, ''), k.judul, k.status, coalesce(a.full_name, '')," \
	" k.created_at, coalesce(k.closed_at, 0), k.ringkasan, k.temuan" \
	" FROM kasus k LEFT JOIN unit u ON u.id = k.unit_id" \
	" LEFT JOIN account a ON a.id = k.assigned_to"

static void
row_read(struct store_stmt *st, struct kasus_row *r)
{
	r->id = store_int(st, 0);
	copy(r->nomor, sizeof(r->nomor), store_text(st, 1));
	copy(r->sumber, sizeof(r->sumber), store_text(st, 2));
	copy(r->ref_type, sizeof(r->ref_type), store_text(st, 3));
	copy(r->ref_id, sizeof(r->ref_id), store_text(st, 4));
	copy(r->unit, sizeof(r->unit), store_text(st, 5));
	copy(r->judul, sizeof(r->judul), store_text(st, 6));
	copy(r->status, sizeof(r->status), store_text(st, 7));
	copy(r->petugas, sizeof(r->petugas), store_text(st, 8));
	r->created_at = (time_t)store_int(st, 9);
	r->closed_at = (time_t)store_int(st, 10);
}

int
kasus_list(struct store *s, const char *status, int max,
    struct kasus_row **rows)
{
	struct store_stmt *st;
	int n = 0, rc;

	*rows = NULL;
	st = store_query(s, "SELECT " KASUS_COLS " WHERE (? = '' OR"
	    " k.status = ?) ORDER BY k.status = 'selesai', k.created_at DESC,"
	    " k.id DESC LIMIT ?", "ssd", status, status, max);
	if (st == NULL)
		return -1;
	*rows = xcalloc((size_t)(max > 0 ? max : 1), sizeof(**rows));
	while ((rc = store_step(st)) == STORE_ROW && n < max)
		row_read(st, &(*rows)[n++]);
	store_done(st);
	if (rc == STORE_ERR) {
		free(*rows);
		*rows = NULL;
		return -1;
	}
	return n;
}

int
kasus_get(struct store *s, const char *nomor, struct kasus_row *r,
    char **ringkasan, char **temuan, struct kasus_note **notes, int *nnotes)
{
	struct store_stmt *st;
	int found = 0, n = 0, cap = 0;

	*ringkasan = *temuan = NULL;
	*notes = NULL;
	*nnotes = 0;
	st = store_query(s, "SELECT " KASUS_COLS " WHERE k.nomor = ?", "s",
	    nomor);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		found = 1;
		row_read(st, r);
		*ringkasan = xstrdup(store_text(st, 11));
		*temuan = xstrdup(store_text(st, 12));
	}
	store_done(st);
	if (!found)
		return -1;
	st = store_query(s, "SELECT c.at, coalesce(a.full_name, 'Sistem'),"
	    " c.catatan FROM kasus_catatan c LEFT JOIN account a ON"
	    " a.id = c.actor_id WHERE c.kasus_id = ? ORDER BY c.id", "i",
	    r->id);
	if (st == NULL)
		return 0;
	while (store_step(st) == STORE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 8;
			*notes = xrealloc(*notes, (size_t)cap *
			    sizeof(**notes));
		}
		(*notes)[n].at = (time_t)store_int(st, 0);
		copy((*notes)[n].who, sizeof((*notes)[n].who),
		    store_text(st, 1));
		copy((*notes)[n].text, sizeof((*notes)[n].text),
		    store_text(st, 2));
		n++;
	}
	store_done(st);
	*nnotes = n;
	return 0;
}

/* One change of a case by an inspector, begun by change_begin(). */
struct change {
	const char	*nomor;
	int64_t		 actor_id;
	int64_t		 id;		/* set by change_begin() */
	char		 status[12];	/* status before the change */
};

/*
 * Load case c->nomor and, if it is still open, begin the change's
 * transaction.  Returns 0 (in a transaction), -1 not found, -2 closed,
 * -3 storage failure.
 */
static int
change_begin(struct store *s, struct change *c)
{
	struct store_stmt *st;

	st = store_query(s, "SELECT id, status FROM kasus WHERE nomor = ?",
	    "s", c->nomor);
	if (st == NULL)
		return -3;
	c->id = 0;
	if (store_step(st) == STORE_ROW) {
		c->id = store_int(st, 0);
		copy(c->status, sizeof(c->status), store_text(st, 1));
	}
	store_done(st);
	if (c->id == 0)
		return -1;
	if (strcmp(c->status, "selesai") == 0)
		return -2;
	if (store_begin(s) != 0)
		return -3;
	return 0;
}

/*
 * End a change begun by change_begin(): rc is the result of the caller's
 * statement.  If it is 0, write the audit event and commit; otherwise, or
 * if either fails, roll back.  Returns 0 or -3.
 */
static int
change_end(struct store *s, const struct change *c, int rc,
    const char *action, const char *to_state, const char *addr)
{
	if (rc != 0 || audit_write(s, &(struct audit){
	    .actor_id = c->actor_id, .role = "inspektorat", .action = action,
	    .object_type = "kasus", .object_id = c->nomor,
	    .from_state = c->status, .to_state = to_state,
	    .addr = addr }) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -3;
	}
	return 0;
}

int
kasus_take(struct store *s, const char *nomor, int64_t actor_id,
    const char *addr, time_t now)
{
	struct change c = { .nomor = nomor, .actor_id = actor_id };
	int rc;

	(void)now;		/* no column for it; the audit event is timed */
	if ((rc = change_begin(s, &c)) != 0)
		return rc;
	rc = store_run(s, "UPDATE kasus SET assigned_to = ?,"
	    " status = 'diproses' WHERE id = ?", "ii", actor_id, c.id);
	return change_end(s, &c, rc, "kasus.ambil", "diproses", addr);
}

int
kasus_add_note(struct store *s, const char *nomor, int64_t actor_id,
    const char *text, const char *addr, time_t now)
{
	struct change c = { .nomor = nomor, .actor_id = actor_id };
	int rc;

	if ((rc = change_begin(s, &c)) != 0)
		return rc;
	rc = store_run(s, "INSERT INTO kasus_catatan(actor_id, catatan, at,"
	    " kasus_id) VALUES (?, ?, ?, ?)", "isii", actor_id, text,
	    (int64_t)now, c.id);
	return change_end(s, &c, rc, "kasus.catatan", "", addr);
}

int
kasus_close(struct store *s, const char *nomor, int64_t actor_id,
    const char *temuan, const char *addr, time_t now)
{
	struct change c = { .nomor = nomor, .actor_id = actor_id };
	int rc;

	if ((rc = change_begin(s, &c)) != 0)
		return rc;
	rc = store_run(s, "UPDATE kasus SET assigned_to ="
	    " coalesce(assigned_to, ?), temuan = ?, closed_at = ?,"
	    " status = 'selesai' WHERE id = ?", "isii", actor_id, temuan,
	    (int64_t)now, c.id);
	return change_end(s, &c, rc, "kasus.tutup", "selesai", addr);
}
