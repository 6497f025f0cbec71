/* sql.c: the notifikasi module's SQL (see sql.h). */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/dialect.h"
#include "store/store.h"
#include "kirim_int.h"
#include "sql.h"

int
notify_sql_contact(struct store *s, int64_t account_id,
    struct notify_contact *c)
{
	struct store_stmt *st;

	memset(c, 0, sizeof(*c));
	st = store_query(s,
	    "SELECT a.email, a.phone,"
	    " (SELECT count(*) FROM kontak_verif v WHERE v.account_id = a.id"
	    " AND v.kind = 'email' AND v.alamat = a.email AND a.email <> ''),"
	    " (SELECT count(*) FROM kontak_verif v WHERE v.account_id = a.id"
	    " AND v.kind = 'phone' AND v.alamat = a.phone AND a.phone <> ''),"
	    " coalesce(p.email, 1), coalesce(p.whatsapp, 1), coalesce(p.sms, 0)"
	    " FROM account a LEFT JOIN kanal_pilihan p ON p.account_id = a.id"
	    " WHERE a.id = ? AND a.disabled = 0",
	    "i", account_id);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		c->email = xstrdup(store_text(st, 0));
		c->phone = xstrdup(store_text(st, 1));
		c->email_ok = store_int(st, 2) > 0;
		c->phone_ok = store_int(st, 3) > 0;
		c->want[0] = store_int(st, 4) != 0;
		c->want[1] = store_int(st, 5) != 0;
		c->want[2] = store_int(st, 6) != 0;
	}
	store_done(st);
	return 0;
}

void
notify_contact_free(struct notify_contact *c)
{
	free(c->email);
	free(c->phone);
	c->email = c->phone = NULL;
}

int
notify_sql_insert(struct store *s, int64_t account_id, int64_t at,
    const char *text, const char *link)
{
	return store_run(s,
	    "INSERT INTO notifikasi(account_id, at, text, link)"
	    " VALUES (?, ?, ?, ?)",
	    "iiss", account_id, at, text, link);
}

int
notify_sql_outbox(struct store *s, const char *channel, const char *recipient,
    const char *subject, const char *body, const char *link, int64_t account_id,
    const char *event, int64_t at)
{
	return store_run(s,
	    "INSERT INTO outbox(channel, recipient, subject, body, link,"
	    " account_id, event, created_at, next_at)"
	    " VALUES (?, ?, ?, ?, ?, nullif(?, 0), ?, ?, ?)",
	    "sssssisii", channel, recipient, subject, body, link, account_id,
	    event, at, at);
}

int
notify_sql_trust(struct store *s, int64_t account_id, const char *kind,
    int64_t at)
{
	int rc = 0;

	if (kind == NULL || strcmp(kind, "email") == 0)
		rc = store_run(s,
		    "INSERT INTO kontak_verif(account_id, kind, alamat, at)"
		    " SELECT id, 'email', email, ? FROM account WHERE id = ?"
		    " AND email <> '' ON CONFLICT(account_id, kind) DO UPDATE"
		    " SET alamat = excluded.alamat, at = excluded.at",
		    "ii", at, account_id);
	if (rc == 0 && (kind == NULL || strcmp(kind, "phone") == 0))
		rc = store_run(s,
		    "INSERT INTO kontak_verif(account_id, kind, alamat, at)"
		    " SELECT id, 'phone', phone, ? FROM account WHERE id = ?"
		    " AND phone <> '' ON CONFLICT(account_id, kind) DO UPDATE"
		    " SET alamat = excluded.alamat, at = excluded.at",
		    "ii", at, account_id);
	return rc == 0 ? 0 : -1;
}

int
notify_sql_choose(struct store *s, int64_t account_id, int email, int wa,
    int sms, int64_t at)
{
	return store_run(s,
		   "INSERT INTO kanal_pilihan(account_id, email, whatsapp, sms,"
		   " updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(account_id)"
		   " DO UPDATE SET email = excluded.email, whatsapp ="
		   " excluded.whatsapp, sms = excluded.sms, updated_at ="
		   " excluded.updated_at",
		   "iiiii", account_id, (int64_t)email, (int64_t)wa,
		   (int64_t)sms, at) == 0
	    ? 0
	    : -1;
}

static void
id_fill(struct store_stmt *st, void *elem)
{
	*(int64_t *)elem = store_int(st, 0);
}

int
notify_sql_unit_accounts(struct store *s, int64_t unit_id, const char *list,
    int64_t **ids, size_t *np)
{
	*ids = NULL;
	*np = 0;
	return store_rows(s, ids, sizeof(**ids), np, id_fill,
		   "SELECT"
		   " DISTINCT a.id FROM account a JOIN account_role r ON"
		   " r.account_id = a.id WHERE a.unit_id = ? AND a.disabled = 0 AND " SQL_INSTR(
		       "?", "',' || r.role || ','") " > 0 ORDER BY a.id",
		   "is", unit_id, list) == STORE_NOSTMT
	    ? -1
	    : 0;
}

int
notify_sql_unread(struct store *s, int64_t account_id)
{
	return (int)store_scalar(s, 0,
	    "SELECT count(*) FROM notifikasi WHERE"
	    " account_id = ? AND read_at IS NULL",
	    "i", account_id);
}

/* --- delivery --- */

#define CLAIM_WHERE                                                            \
	" channel = ? AND ((state = 'antre' AND next_at <= ?) OR"              \
	" (state = 'mengirim' AND lease_until < ?))"

int
kirim_sql_claim(struct store *s, const char *channel, const char *claim,
    int64_t now, int64_t lease_until, int limit)
{
	/* the outer WHERE repeats the state test: on PostgreSQL a row
	   another worker changed meanwhile is checked again */
	static const char q_lite[] =
	    "UPDATE outbox SET state = 'mengirim', claim = ?, lease_until = ?,"
	    " attempts = attempts + 1 WHERE id IN (SELECT id FROM outbox"
	    " WHERE" CLAIM_WHERE
	    " ORDER BY next_at, id LIMIT ?) AND" CLAIM_WHERE;
	/* PostgreSQL: the ids locked once (an InitPlan: an IN (...) the
	   planner may run again per row took more than the LIMIT), rows
	   another worker holds skipped */
	static const char q_pg[] =
	    "UPDATE outbox SET state = 'mengirim', claim = ?, lease_until = ?,"
	    " attempts = attempts + 1 WHERE id = ANY(ARRAY(SELECT id FROM"
	    " outbox WHERE" CLAIM_WHERE " ORDER BY next_at, id LIMIT ?"
	    " FOR UPDATE SKIP LOCKED)) AND" CLAIM_WHERE;

	return store_run(s, store_is_pg(s) ? q_pg : q_lite, "sisiiisii", claim,
		   lease_until, channel, now, now, (int64_t)limit, channel, now,
		   now) == 0
	    ? 0
	    : -1;
}

static void
pesan_fill(struct store_stmt *st, void *elem)
{
	struct pesan *m = elem;

	m->id = store_int(st, 0);
	m->channel = kanal_from_name(store_text(st, 1));
	m->recipient = xstrdup(store_text(st, 2));
	m->subject = xstrdup(store_text(st, 3));
	m->body = xstrdup(store_text(st, 4));
	m->link = xstrdup(store_text(st, 5));
	m->attempts = (int)store_int(st, 6);
	m->account_id = store_int(st, 7);
	m->event = xstrdup(store_text(st, 8));
}

int
kirim_sql_claimed(struct store *s, const char *claim, struct pesan **v,
    size_t *np)
{
	*v = NULL;
	*np = 0;
	return store_rows(s, v, sizeof(**v), np, pesan_fill,
		   "SELECT id, channel, recipient, subject, body, link,"
		   " attempts, coalesce(account_id, 0), event FROM outbox WHERE"
		   " claim = ? AND state = 'mengirim' ORDER BY id",
		   "s", claim) == STORE_DONE
	    ? 0
	    : -1;
}

void
kirim_pesan_free(struct pesan *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++) {
		free(v[i].recipient);
		free(v[i].subject);
		free(v[i].body);
		free(v[i].link);
		free(v[i].event);
		free(v[i].wa_template);
	}
	free(v);
}

int
kirim_sql_release(struct store *s, const char *claim)
{
	return store_run(s,
		   "UPDATE outbox SET state = 'antre', claim = '', lease_until ="
		   " 0, attempts = attempts - 1 WHERE claim = ? AND state ="
		   " 'mengirim'",
		   "s", claim) == 0
	    ? 0
	    : -1;
}

int
kirim_sql_recent(struct store *s, const char *channel, int64_t since)
{
	return (int)store_scalar(s, 0,
	    "SELECT (SELECT count(*) FROM outbox_attempt t JOIN outbox o ON"
	    " o.id = t.outbox_id WHERE o.channel = ? AND t.at >= ?) +"
	    " (SELECT count(*) FROM outbox WHERE channel = ? AND"
	    " state = 'mengirim' AND lease_until >= ?)",
	    "sisi", channel, since, channel, since);
}

int
kirim_sql_finish(struct store *s, int64_t id, const char *claim,
    const char *state, int64_t next_at, const char *provider_id,
    const char *reason, int n, const char *result, int64_t now)
{
	int changed;

	if (store_run(s,
		"UPDATE outbox SET state = ?, next_at = ?, provider_id = ?,"
		" reason = ?, claim = '', lease_until = 0, sent_at = CASE WHEN"
		" ? = 'terkirim' THEN ? ELSE sent_at END WHERE id = ? AND"
		" claim = ? AND state = 'mengirim'",
		"sisssiis", state, next_at, provider_id, reason, state, now, id,
		claim) != 0)
		return -1;
	if ((changed = store_changes(s)) == 0)
		return 0;
	return store_run(s,
		   "INSERT INTO outbox_attempt(outbox_id, n, at, result, reason)"
		   " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
		   "iiiss", id, (int64_t)n, now, result, reason) == 0
	    ? 1
	    : -1;
}

int
kirim_sql_status_seen(struct store *s, const char *provider_id,
    const char *status, int64_t at)
{
	if (store_run(s,
		"INSERT INTO outbox_status(provider_id, status, at) VALUES"
		" (?, ?, ?) ON CONFLICT DO NOTHING",
		"ssi", provider_id, status, at) != 0)
		return -1;
	return store_changes(s) > 0;
}

int
kirim_sql_status_bits(struct store *s, const char *provider_id)
{
	return (int)store_scalar(s, -1,
	    "SELECT coalesce(sum(CASE status WHEN 'sent' THEN 1 WHEN"
	    " 'delivered' THEN 2 WHEN 'read' THEN 4 WHEN 'failed' THEN 8"
	    " ELSE 0 END), 0) FROM outbox_status WHERE provider_id = ?",
	    "s", provider_id);
}

int
kirim_sql_status_move(struct store *s, const char *provider_id,
    const char *state, const char *lower, const char *reason, int64_t at)
{
	if (store_run(s,
		"UPDATE outbox SET state = ?, status_at = ?, reason ="
		" coalesce(nullif(?, ''), reason) WHERE provider_id = ? AND provider_id <>"
		" '' AND " SQL_INSTR("?", "',' || state || ','") " > 0",
		"sisss", state, at, reason, provider_id, lower) != 0)
		return -1;
	return store_changes(s);
}

int
kirim_sql_resend(struct store *s, int64_t id, int64_t now)
{
	if (store_run(s,
		"UPDATE outbox SET state = 'antre', next_at = ?, attempts = 0,"
		" reason = '' WHERE id = ? AND state = 'gagal'",
		"ii", now, id) != 0)
		return -1;
	return store_changes(s) > 0;
}

/* --- one-time codes --- */

int
kode_sql_count(struct store *s, int64_t account_id, const char *tujuan,
    int64_t since)
{
	return (int)store_scalar(s, 0,
	    "SELECT count(*) FROM kode_sekali WHERE account_id = ? AND"
	    " tujuan = ? AND created_at >= ?",
	    "isi", account_id, tujuan, since);
}

int
kode_sql_close(struct store *s, int64_t account_id, const char *tujuan,
    int64_t now)
{
	return store_run(s,
		   "UPDATE kode_sekali SET used_at = ? WHERE account_id = ? AND"
		   " tujuan = ? AND used_at IS NULL",
		   "iis", now, account_id, tujuan) == 0
	    ? 0
	    : -1;
}

int
kode_sql_insert(struct store *s, int64_t account_id, const char *tujuan,
    const char *alamat, const char *hash, int64_t now, int64_t expires)
{
	return store_run(s,
		   "INSERT INTO kode_sekali(account_id, tujuan, alamat,"
		   " kode_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?,"
		   " ?)",
		   "isssii", account_id, tujuan, alamat, hash, now,
		   expires) == 0
	    ? 0
	    : -1;
}

int
kode_sql_open(struct store *s, int64_t account_id, const char *tujuan,
    int64_t now, int max_wrong, int64_t *id, char *hash, char **alamat)
{
	struct store_stmt *st;
	int rc = 0;

	*alamat = NULL;
	st = store_query(s,
	    "SELECT id, kode_hash, alamat FROM kode_sekali WHERE account_id ="
	    " ? AND tujuan = ? AND used_at IS NULL AND expires_at > ? AND"
	    " salah < ? ORDER BY id DESC LIMIT 1",
	    "isii", account_id, tujuan, now, (int64_t)max_wrong);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		*id = store_int(st, 0);
		snprintf(hash, 65, "%s", store_text(st, 1));
		*alamat = xstrdup(store_text(st, 2));
		rc = 1;
	}
	store_done(st);
	return rc;
}

int
kode_sql_wrong(struct store *s, int64_t id)
{
	return store_run(s,
		   "UPDATE kode_sekali SET salah = salah + 1 WHERE id = ?", "i",
		   id) == 0
	    ? 0
	    : -1;
}

int
kode_sql_use(struct store *s, int64_t id, int64_t now)
{
	if (store_run(s,
		"UPDATE kode_sekali SET used_at = ? WHERE id = ? AND used_at"
		" IS NULL",
		"ii", now, id) != 0)
		return -1;
	return store_changes(s) > 0;
}

/* --- the admin page --- */

/* One walk of the admin page: the callback of its query, and its arg. */
struct admin_walk {
	void (
	    *counts)(void *, const char *, const char *, const char *, int64_t);
	void (*failures)(void *, int64_t, const char *, const char *, int64_t,
	    const char *, int64_t);
	void (*queue)(void *, const char *, const char *, int64_t, int64_t);
	void *arg;
};

static int
counts_row(void *p, struct store_stmt *st)
{
	struct admin_walk *w = p;

	w->counts(w->arg, store_text(st, 0), store_text(st, 1),
	    store_text(st, 2), store_int(st, 3));
	return 0;
}

int
admin_sql_counts(struct store *s, int64_t since,
    void (*fn)(void *, const char *, const char *, const char *, int64_t),
    void *arg)
{
	struct admin_walk w = { fn, NULL, NULL, arg };

	return store_each(s, counts_row, &w,
		   "SELECT " SQL_DATE(
		       "created_at + 25200") " AS hari, channel,"
					     " state, count(*) FROM outbox WHERE created_at >= ? GROUP BY"
					     " hari, channel, state ORDER BY hari DESC, channel, state",
		   "i", since) == STORE_DONE
	    ? 0
	    : -1;
}

static int
failure_row(void *p, struct store_stmt *st)
{
	struct admin_walk *w = p;

	w->failures(w->arg, store_int(st, 0), store_text(st, 1),
	    store_text(st, 2), store_int(st, 3), store_text(st, 4),
	    store_int(st, 5));
	return 0;
}

int
admin_sql_failures(struct store *s, int limit,
    void (*fn)(void *, int64_t, const char *, const char *, int64_t,
	const char *, int64_t),
    void *arg)
{
	struct admin_walk w = { NULL, fn, NULL, arg };

	return store_each(s, failure_row, &w,
		   "SELECT id, channel, recipient, attempts, reason, created_at"
		   " FROM outbox WHERE state = 'gagal' ORDER BY id DESC LIMIT ?",
		   "i", (int64_t)limit) == STORE_DONE
	    ? 0
	    : -1;
}

static int
queue_row(void *p, struct store_stmt *st)
{
	struct admin_walk *w = p;

	w->queue(w->arg, store_text(st, 0), store_text(st, 1), store_int(st, 2),
	    store_int(st, 3));
	return 0;
}

int
admin_sql_queue(struct store *s,
    void (*fn)(void *, const char *, const char *, int64_t, int64_t), void *arg)
{
	struct admin_walk w = { NULL, NULL, fn, arg };

	return store_each(s, queue_row, &w,
		   "SELECT channel, state, count(*), min(created_at) FROM outbox"
		   " WHERE state IN ('antre', 'mengirim') GROUP BY channel, state"
		   " ORDER BY channel, state",
		   "") == STORE_DONE
	    ? 0
	    : -1;
}

/* --- templates --- */

int
templat_sql_get(struct store *s, const char *event, const char *channel,
    char **teks, char **wa)
{
	struct store_stmt *st;
	int rc = 0;

	*teks = *wa = NULL;
	st = store_query(s,
	    "SELECT teks, wa_template FROM notif_templat WHERE event = ? AND"
	    " channel = ? ORDER BY versi DESC LIMIT 1",
	    "ss", event, channel);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		*teks = xstrdup(store_text(st, 0));
		*wa = xstrdup(store_text(st, 1));
		rc = 1;
	}
	store_done(st);
	return rc;
}

int
templat_sql_insert(struct store *s, const char *event, const char *channel,
    const char *teks, const char *wa, int64_t actor_id, int64_t at)
{
	return store_run(s,
		   "INSERT INTO notif_templat(event, channel, versi, teks,"
		   " wa_template, dibuat_oleh, at) SELECT ?, ?,"
		   " coalesce(max(versi), 0) + 1, ?, ?, nullif(?, 0), ? FROM"
		   " notif_templat WHERE event = ? AND channel = ?",
		   "ssssiiss", event, channel, teks, wa, actor_id, at, event,
		   channel) == 0
	    ? 0
	    : -1;
}
