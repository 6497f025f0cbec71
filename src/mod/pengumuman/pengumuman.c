/* pengumuman.c: unit announcements (see pengumuman.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "pengumuman.h"
#include "sql.h"

const char *
pengumuman_jenis_label(const char *jenis)
{
	if (jenis == NULL)
		return NULL;
	if (strcmp(jenis, "layanan_baru") == 0)
		return "Layanan baru";
	if (strcmp(jenis, "perubahan_standar") == 0)
		return "Perubahan standar pelayanan";
	if (strcmp(jenis, "lainnya") == 0)
		return "Lainnya";
	return NULL;
}

const char *
pengumuman_state_label(const char *state)
{
	if (state == NULL)
		return NULL;
	if (strcmp(state, "draft") == 0)
		return "Draf";
	if (strcmp(state, "terbit") == 0)
		return "Terbit";
	if (strcmp(state, "ditarik") == 0)
		return "Ditarik";
	return NULL;
}

int
pengumuman_get(struct store *s, int64_t id, struct pengumuman *p)
{
	return pengumuman_sql_get(s, id, p);
}

struct pengumuman *
pengumuman_list(struct store *s, int64_t unit_id, int published_only, int limit,
    size_t *np)
{
	return pengumuman_sql_list(s, unit_id, published_only, limit, np);
}

static int
audit_ann(struct store *s, const struct account *a, const char *action,
    int64_t id, const char *from, const char *to, const char *note,
    const char *addr)
{
	char oid[24];

	snprintf(oid, sizeof(oid), "%lld", (long long)id);
	return audit_write(s,
	    &(struct audit){ .actor_id = a->id,
		.unit_id = a->unit_id,
		.action = action,
		.object_type = "pengumuman",
		.object_id = oid,
		.from_state = from,
		.to_state = to,
		.note = note,
		.addr = addr });
}

/* 0 if the actor may manage announcement id (its unit); fills state. */
static int
may_manage(struct store *s, const struct account *a, int64_t id, char state[8])
{
	struct pengumuman p;
	int rc;

	if (a->unit_id == 0 || !(a->roles & PENGUMUMAN_ROLES))
		return -2;
	if ((rc = pengumuman_get(s, id, &p)) != 0)
		return rc == -1 ? -2 : -3;
	rc = p.unit_id == a->unit_id ? 0 : -2;
	snprintf(state, 8, "%s", p.state);
	pengumuman_clear(&p);
	return rc;
}

/* Text without leading/trailing blanks only? */
static int
blank(const char *s)
{
	return s == NULL || strspn(s, " \t\r\n") == strlen(s);
}

int
pengumuman_save(struct store *s, const struct account *a, int64_t id,
    const char *jenis, const char *judul, const char *isi, const char *addr,
    time_t now, struct field_errs *errs, int64_t *idp)
{
	char state[8];
	int rc;

	if (id != 0 && (rc = may_manage(s, a, id, state)) != 0)
		return rc;
	if (id == 0 && (a->unit_id == 0 || !(a->roles & PENGUMUMAN_ROLES)))
		return -2;
	if (pengumuman_jenis_label(jenis) == NULL)
		field_err_add(errs, "jenis", msg(M_IKM_ANN_JENIS_BAD));
	if (blank(judul) || text_check(judul, 5, 160, 0) != NULL)
		field_err_add(errs, "judul", msg(M_IKM_ANN_JUDUL_BAD));
	if (blank(isi) || text_check(isi, 10, 5000, 1) != NULL)
		field_err_add(errs, "isi", msg(M_IKM_ANN_ISI_BAD));
	if (errs->n > 0)
		return -1;
	if (store_begin(s) != 0)
		return -3;
	if (id == 0) {
		rc = pengumuman_sql_insert(s, a->unit_id, jenis, judul, isi,
		    a->id, now, &id);
		if (rc == 0)
			rc = audit_ann(s, a, "pengumuman.buat", id, "", "draft",
			    judul, addr);
	} else {
		rc = pengumuman_sql_update(s, id, jenis, judul, isi, now);
		if (rc == 0)
			rc = audit_ann(s, a, "pengumuman.ubah", id, state,
			    state, judul, addr);
	}
	if (rc == 0)
		rc = store_commit(s);
	if (rc != 0) {
		store_rollback(s);
		return -3;
	}
	if (idp != NULL)
		*idp = id;
	return 0;
}

int
pengumuman_set_state(struct store *s, const struct account *a, int64_t id,
    const char *to, const char *addr, time_t now)
{
	char state[8];
	int rc;

	if ((rc = may_manage(s, a, id, state)) != 0)
		return rc;
	if (strcmp(to, "terbit") == 0) {
		if (strcmp(state, "terbit") == 0)
			return -4;
	} else if (strcmp(to, "ditarik") == 0) {
		if (strcmp(state, "terbit") != 0)
			return -4;
	} else
		return -4;
	if (store_begin(s) != 0)
		return -3;
	rc = pengumuman_sql_set_state(s, id, state, to, now);
	if (rc == 0 && store_changes(s) != 1)
		rc = -1;
	if (rc == 0)
		rc = audit_ann(s, a,
		    strcmp(to, "terbit") == 0 ? "pengumuman.terbit"
					      : "pengumuman.tarik",
		    id, state, to, "", addr);
	if (rc == 0)
		rc = store_commit(s);
	if (rc != 0) {
		store_rollback(s);
		return -3;
	}
	return 0;
}
