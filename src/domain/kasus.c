/* kasus.c: open Inspektorat cases from other modules. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../lib/xalloc.h"
#include "../store/store.h"
#include "audit.h"
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
	snprintf(no, sizeof(no), "KAS/%d/", tm.tm_year + 1900);
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
