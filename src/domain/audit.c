/* audit.c: write audit events inside the caller's transaction. */
#include <time.h>

#include "../lib/xalloc.h"
#include "../store/store.h"
#include "audit.h"

#define S(x) ((x) != NULL ? (x) : "")

int
audit_write(struct store *s, const struct audit *a)
{
	if (!store_in_tx(s))
		BUG("audit_write outside a transaction");
	return store_run(s, "INSERT INTO audit_event(at, actor_id, role,"
	    " unit_id, action, object_type, object_id, from_state, to_state,"
	    " note, addr) VALUES (?, nullif(?, 0), ?, nullif(?, 0), ?, ?, ?,"
	    " ?, ?, ?, ?)", "iisisssssss", (int64_t)time(NULL), a->actor_id,
	    S(a->role), a->unit_id, S(a->action), S(a->object_type),
	    S(a->object_id), S(a->from_state), S(a->to_state), S(a->note),
	    S(a->addr)) == 0 ? 0 : -1;
}
