/*
 * status.c: delivery statuses from providers' webhooks (see kirim.h).
 * Every status seen is kept (outbox_status); the row's state follows
 * from the set seen, not from the order: read -> dibaca, else delivered
 * -> diterima, else failed -> gagal, else sent -> terkirim; and a row
 * only moves up that order, so a late "failed" after "delivered" or a
 * repeated webhook changes nothing.
 */
#include <stdio.h>
#include <string.h>

#include "mod/audit/audit.h"
#include "store/store.h"
#include "kirim.h"
#include "sql.h"

/* The target state for the statuses seen, and the states below it. */
static const char *
target(int bits, const char **lower)
{
	if (bits & 4) {
		*lower = ",mengirim,terkirim,gagal,diterima,";
		return "dibaca";
	}
	if (bits & 2) {
		*lower = ",mengirim,terkirim,gagal,";
		return "diterima";
	}
	if (bits & 8) {
		*lower = ",mengirim,terkirim,";
		return "gagal";
	}
	if (bits & 1) {
		*lower = ",mengirim,";
		return "terkirim";
	}
	return NULL;
}

int
kirim_status(struct store *s, const char *provider_id, const char *status,
    const char *reason, time_t now)
{
	const char *to, *lower = "";
	int bits, moved, own = !store_in_tx(s);

	if (provider_id == NULL || *provider_id == '\0')
		return 0;
	if (status != NULL && strcmp(status, "sent") != 0 &&
	    strcmp(status, "delivered") != 0 && strcmp(status, "read") != 0 &&
	    strcmp(status, "failed") != 0)
		return -1;
	if (own && store_begin(s) != 0)
		return -1;
	if (status != NULL &&
	    kirim_sql_status_seen(s, provider_id, status, (int64_t)now) < 0)
		goto fail;
	if ((bits = kirim_sql_status_bits(s, provider_id)) < 0)
		goto fail;
	moved = 0;
	if ((to = target(bits, &lower)) != NULL &&
	    (moved = kirim_sql_status_move(s, provider_id, to, lower,
		 strcmp(to, "gagal") == 0 && reason != NULL ? reason : "",
		 (int64_t)now)) < 0)
		goto fail;
	if (own && store_commit(s) != 0)
		goto fail;
	return moved > 0;
fail:
	if (own)
		store_rollback(s);
	return -1;
}

int
kirim_resend(struct store *s, int64_t id, int64_t actor_id, const char *addr,
    time_t now)
{
	struct audit au;
	char oid[24];
	int r;

	if (store_begin(s) != 0)
		return -1;
	r = kirim_sql_resend(s, id, (int64_t)now);
	if (r == 1) {
		memset(&au, 0, sizeof(au));
		snprintf(oid, sizeof(oid), "%lld", (long long)id);
		au.actor_id = actor_id;
		au.action = "notifikasi.kirim_ulang";
		au.object_type = "outbox";
		au.object_id = oid;
		au.from_state = "gagal";
		au.to_state = "antre";
		au.addr = addr;
		if (audit_write(s, &au) != 0)
			r = -1;
	}
	if (r < 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return r;
}
