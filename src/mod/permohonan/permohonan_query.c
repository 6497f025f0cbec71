/* permohonan_query.c: reads (and a small write) for the application pages. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "permohonan_query.h"
#include "mod/audit/audit.h"
#include "sql.h"

void
permohonan_form_free(struct permohonan_view_field *f, int nf,
    struct permohonan_view_doc *d, int nd)
{
	int i;

	for (i = 0; f != NULL && i < nf; i++) {
		free(f[i].choices);
		free(f[i].value);
	}
	free(f);
	for (i = 0; d != NULL && i < nd; i++)
		free(d[i].name);
	free(d);
}

int
permohonan_form_load(struct store *s, const char *code, int64_t *layanan_id,
    struct permohonan_view_field **fields, int *nfields,
    struct permohonan_view_doc **docs, int *ndocs)
{
	struct permohonan_view_field *f = NULL;
	struct permohonan_view_doc *d = NULL;
	int64_t id;
	int nf = 0, nd = 0;

	*fields = NULL;
	*docs = NULL;
	*nfields = *ndocs = 0;
	id = permohonan_sql_layanan_id(s, code);
	if (id == 0)
		return -1;
	if (permohonan_sql_form_fields(s, id, &f, &nf, PERMOHONAN_MAX_FIELDS) !=
		0 ||
	    permohonan_sql_form_docs(s, id, &d, &nd, PERMOHONAN_MAX_DOCS) != 0)
		goto fail;
	*layanan_id = id;
	*fields = f;
	*nfields = nf;
	*docs = d;
	*ndocs = nd;
	return 0;
fail:
	permohonan_form_free(f, nf, d, nd);
	return -1;
}

struct permohonan_kampung *
permohonan_kampung_list(struct store *s, size_t *np)
{
	return permohonan_sql_kampung(s, np);
}

void
permohonan_last_wilayah(struct store *s, int64_t account_id, char out[14])
{
	permohonan_sql_last_wilayah(s, account_id, out);
}

struct permohonan_option *
permohonan_state_options(struct store *s, int *np)
{
	return permohonan_sql_state_options(s, np);
}

struct permohonan_notif *
permohonan_notif_list(struct store *s, int64_t account_id, int limit, int *np)
{
	*np = 0;
	if (limit < 1 || limit > 500)
		limit = 50;
	return permohonan_sql_notif_list(s, account_id, limit, np);
}

int
permohonan_notif_read_all(struct store *s, int64_t account_id, time_t now)
{
	return permohonan_sql_notif_read_all(s, account_id, (int64_t)now);
}
