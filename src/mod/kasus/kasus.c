/* kasus.c: open Inspektorat cases from other modules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/audit/audit.h"
#include "kasus.h"
#include "sql.h"

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
	seq = kasus_sql_count_prefix(s, no) + 1;
	snprintf(no + strlen(no), sizeof(no) - strlen(no), "%06lld",
	    (long long)seq);
	if (kasus_sql_insert(s, no, sumber, ref_type, ref_id, unit_id, judul,
		ringkasan, now, &id) != 0)
		return 0;
	if (audit_write(s,
		&(struct audit){ .actor_id = actor_id,
		    .action = "kasus.buka",
		    .object_type = "kasus",
		    .object_id = no,
		    .to_state = "baru",
		    .note = sumber }) != 0)
		return 0;
	if (nomor != NULL && nomorlen > 0)
		snprintf(nomor, nomorlen, "%s", no);
	return id;
}

int
kasus_list(struct store *s, const char *status, int max,
    struct kasus_row **rows)
{
	return kasus_sql_list(s, status, max, rows);
}

int
kasus_get(struct store *s, const char *nomor, struct kasus_row *r,
    char **ringkasan, char **temuan, struct kasus_note **notes, int *nnotes)
{
	*ringkasan = *temuan = NULL;
	*notes = NULL;
	*nnotes = 0;
	if (kasus_sql_get(s, nomor, r, ringkasan, temuan) != 0)
		return -1;
	*nnotes = kasus_sql_notes(s, r->id, notes);
	return 0;
}

/* One change of a case by an inspector, begun by change_begin(). */
struct change {
	const char *nomor;
	int64_t actor_id;
	int64_t id;	 /* set by change_begin() */
	char status[12]; /* status before the change */
};

/*
 * Load case c->nomor and, if it is still open, begin the change's
 * transaction.  Returns 0 (in a transaction), -1 not found, -2 closed,
 * -3 storage failure.
 */
static int
change_begin(struct store *s, struct change *c)
{
	if (kasus_sql_status(s, c->nomor, &c->id, c->status,
		sizeof(c->status)) != 0)
		return -3;
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
change_end(struct store *s, const struct change *c, int rc, const char *action,
    const char *to_state, const char *addr)
{
	if (rc != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = c->actor_id,
		    .role = "inspektorat",
		    .action = action,
		    .object_type = "kasus",
		    .object_id = c->nomor,
		    .from_state = c->status,
		    .to_state = to_state,
		    .addr = addr }) != 0 ||
	    store_commit(s) != 0) {
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

	(void)now; /* no column for it; the audit event is timed */
	if ((rc = change_begin(s, &c)) != 0)
		return rc;
	rc = kasus_sql_take(s, c.id, actor_id);
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
	rc = kasus_sql_add_note(s, c.id, actor_id, text, now);
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
	rc = kasus_sql_close(s, c.id, actor_id, temuan, now);
	return change_end(s, &c, rc, "kasus.tutup", "selesai", addr);
}
