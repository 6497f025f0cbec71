/* sql.c: the layanan module's statements (see sql.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/xalloc.h"
#include "store/dialect.h"
#include "store/store.h"
#include "layanan_data.h"
#include "sql.h"

int
layanan_sql_fts_refresh(struct store *s, int64_t id)
{
	if (store_run(s, "DELETE FROM layanan_fts WHERE rowid = ?", "i", id) !=
	    0)
		return -1;
	return store_run(s,
	    "INSERT INTO layanan_fts(rowid, code, name,"
	    " product, requirements) SELECT l.id, l.code, l.name, l.product,"
	    " coalesce((SELECT " SQL_GROUP_CONCAT("text",
		"' '") " FROM"
		       " layanan_syarat WHERE layanan_id = l.id), '') FROM layanan l"
		       " WHERE l.id = ?",
	    "i", id);
}

int64_t
layanan_sql_opd_id(struct store *s, const char *code)
{
	return store_scalar(s, 0,
	    "SELECT id FROM unit WHERE code = ?"
	    " AND kind = 'opd'",
	    "s", code);
}

int
layanan_sql_upsert(struct store *s, const char *code, const char *name,
    const char *level, int64_t unit_id, const char *product, int64_t sla_days,
    int64_t fee, const char *fee_note, const char *procedure,
    const char *complaints, const char *legal_basis, const char *sla_fee_basis,
    const char *source, int64_t updated_at)
{
	return store_run(s,
	    "INSERT INTO layanan(code, name, level, unit_id,"
	    " product, sla_days, fee_idr, fee_note, procedure, complaints,"
	    " legal_basis, sla_fee_basis, source, updated_at) VALUES (?, ?, ?,"
	    " nullif(?, 0), ?, ?, nullif(?, -1), ?, ?, ?, ?, ?, ?, ?)"
	    " ON CONFLICT(code) DO UPDATE SET name = excluded.name, level ="
	    " excluded.level, unit_id = excluded.unit_id, product ="
	    " excluded.product, sla_days = excluded.sla_days, fee_idr ="
	    " excluded.fee_idr, fee_note = excluded.fee_note, legal_basis ="
	    " excluded.legal_basis, sla_fee_basis = excluded.sla_fee_basis,"
	    " source = excluded.source, updated_at = excluded.updated_at",
	    "sssisiissssssi", code, name, level, unit_id, product, sla_days,
	    fee, fee_note, procedure, complaints, legal_basis, sla_fee_basis,
	    source, updated_at);
}

int64_t
layanan_sql_id(struct store *s, const char *code)
{
	return store_scalar(s, 0, "SELECT id FROM layanan WHERE code = ?", "s",
	    code);
}

int
layanan_sql_syarat_clear(struct store *s, int64_t id)
{
	return store_run(s, "DELETE FROM layanan_syarat WHERE layanan_id = ?",
	    "i", id);
}

int
layanan_sql_syarat_add(struct store *s, int64_t id, int pos, const char *text,
    int trim)
{
	if (trim)
		return store_run(s,
		    "INSERT INTO layanan_syarat"
		    "(layanan_id, pos, text) VALUES (?, ?, trim(?))",
		    "ids", id, pos, text);
	return store_run(s,
	    "INSERT INTO layanan_syarat(layanan_id, pos,"
	    " text) VALUES (?, ?, ?)",
	    "ids", id, pos, text);
}

static void
syarat_fill(struct store_stmt *st, void *elem)
{
	*(char **)elem = xstrdup(store_text(st, 0));
}

int
layanan_sql_syarat_load(struct store *s, struct layanan *l)
{
	return store_rows(s, &l->syarat, sizeof(*l->syarat), &l->nsyarat,
		   syarat_fill,
		   "SELECT text FROM layanan_syarat WHERE layanan_id = ?"
		   " ORDER BY pos",
		   "i", l->id) == STORE_DONE
	    ? 0
	    : -1;
}

int
layanan_sql_unit_find(struct store *s, const char *code, int64_t *id,
    char **kind)
{
	struct store_stmt *u;

	*kind = NULL;
	u = store_query(s,
	    "SELECT id, kind FROM unit WHERE code = ?"
	    " AND active = 1",
	    "s", code);
	if (u == NULL)
		return -1;
	if (store_step(u) == STORE_ROW) {
		*id = store_int(u, 0);
		*kind = xstrdup(store_text(u, 1));
	}
	store_done(u);
	return 0;
}

int64_t
layanan_sql_kampung_count(struct store *s, const char *code)
{
	return store_scalar(s, 0,
	    "SELECT count(*) FROM unit WHERE code = ?"
	    " AND kind = 'kampung' AND active = 1",
	    "s", code);
}

#define L_COLS                                                                 \
	"l.id, l.code, l.name, l.level, u.code, u.name, l.product,"            \
	" l.sla_days, l.fee_idr IS NOT NULL, coalesce(l.fee_idr, 0),"          \
	" l.fee_note, l.procedure, l.complaints, l.legal_basis,"               \
	" l.sla_fee_basis, l.source, l.active, l.updated_at"

/* Filters shared by both search forms; see catalog_search(). */
#define L_FILTERS                                                              \
	" AND (? = 1 OR l.active = 1)"                                         \
	" AND (? IS NULL OR l.level = ?)"                                      \
	" AND (? IS NULL OR l.level = ?)"                                      \
	" AND (? = 0 OR l.unit_id = ?)"

static char *
dup_or_null(struct store_stmt *st, int col)
{
	return store_isnull(st, col) ? NULL : xstrdup(store_text(st, col));
}

static void
layanan_row(struct store_stmt *st, void *elem)
{
	struct layanan *l = elem;

	memset(l, 0, sizeof(*l));
	l->id = store_int(st, 0);
	l->code = xstrdup(store_text(st, 1));
	l->name = xstrdup(store_text(st, 2));
	l->level = xstrdup(store_text(st, 3));
	l->unit_code = dup_or_null(st, 4);
	l->unit_name = dup_or_null(st, 5);
	l->product = xstrdup(store_text(st, 6));
	l->sla_days = (int)store_int(st, 7);
	l->fee_set = (int)store_int(st, 8);
	l->fee_idr = store_int(st, 9);
	l->fee_note = xstrdup(store_text(st, 10));
	l->procedure = xstrdup(store_text(st, 11));
	l->complaints = xstrdup(store_text(st, 12));
	l->legal_basis = xstrdup(store_text(st, 13));
	l->sla_fee_basis = xstrdup(store_text(st, 14));
	l->source = xstrdup(store_text(st, 15));
	l->active = (int)store_int(st, 16);
	l->updated_at = store_int(st, 17);
}

int
layanan_sql_search_fts(struct store *s, const char *fq, int with_inactive,
    const char *tingkat, const char *unit_level, int64_t unit_id,
    struct layanan_list *ll)
{
	char *title;
	int rc;

	/*
	 * fq is sinonim_query()'s: FTS5 on SQLite, to_tsquery's on
	 * PostgreSQL.  Services whose name matches all of fq come first
	 * (FTS5's column filter, a tsvector of the name), then by weight:
	 * name 10, product 3, requirements 1 (bm25; ts_rank's A, B, D).
	 * PostgreSQL's parser reads "KK/KTP-el" as a file path (one lexeme):
	 * the name's slashes become spaces.
	 */
	if (store_is_pg(s))
		return store_rows(s, &ll->v, sizeof(*ll->v), &ll->n,
			   layanan_row,
			   "SELECT " L_COLS
			   " FROM layanan_fts f JOIN layanan l ON l.id ="
			   " f.rowid LEFT JOIN unit u ON u.id = l.unit_id,"
			   " to_tsquery('simple', ?) fq"
			   " WHERE f.doc @@ fq" L_FILTERS
			   " ORDER BY to_tsvector('simple', translate(coalesce("
			   "f.name, ''), '/', ' ')) @@ fq DESC, ts_rank('{0.1, 0.0, 0.3, 1.0}',"
			   " setweight(to_tsvector('simple', coalesce(f.name,"
			   " '')), 'A') || setweight(to_tsvector('simple',"
			   " coalesce(f.product, '')), 'B') ||"
			   " setweight(to_tsvector('simple',"
			   " coalesce(f.requirements, '')), 'D'), fq) DESC, l.id",
			   "sdssssii", fq, with_inactive, tingkat, tingkat,
			   unit_level, unit_level, unit_id,
			   unit_id) == STORE_DONE
		    ? 0
		    : -1;
	title = xmalloc(strlen(fq) + 10);
	sprintf(title, "name : (%s)", fq);
	rc =
	    store_rows(s, &ll->v, sizeof(*ll->v), &ll->n, layanan_row,
		"SELECT " L_COLS " FROM layanan_fts f JOIN layanan l ON l.id ="
		" f.rowid LEFT JOIN unit u ON u.id = l.unit_id WHERE layanan_fts"
		" MATCH ?" L_FILTERS
		" ORDER BY l.id IN (SELECT rowid FROM layanan_fts WHERE"
		" layanan_fts MATCH ?) DESC, bm25(layanan_fts, 0.0, 10.0, 3.0,"
		" 1.0), l.id",
		"sdssssiis", fq, with_inactive, tingkat, tingkat, unit_level,
		unit_level, unit_id, unit_id, title) == STORE_DONE
	    ? 0
	    : -1;
	free(title);
	return rc;
}

int
layanan_sql_search_like(struct store *s, const char *like, int with_inactive,
    const char *tingkat, const char *unit_level, int64_t unit_id,
    struct layanan_list *ll)
{
	/* SQLite's LIKE ignores the case of ASCII letters: ILIKE */
	if (store_is_pg(s))
		return store_rows(s, &ll->v, sizeof(*ll->v), &ll->n,
			   layanan_row,
			   "SELECT " L_COLS " FROM layanan l LEFT JOIN unit u"
			   " ON u.id = l.unit_id WHERE (CAST(? AS text) IS NULL"
			   " OR l.name ILIKE ? ESCAPE '\\' OR l.product ILIKE ?"
			   " ESCAPE '\\' OR EXISTS (SELECT 1 FROM layanan_syarat"
			   " y WHERE y.layanan_id = l.id AND y.text ILIKE ?"
			   " ESCAPE '\\'))" L_FILTERS " ORDER BY l.id",
			   "ssssdssssii", like, like, like, like, with_inactive,
			   tingkat, tingkat, unit_level, unit_level, unit_id,
			   unit_id) == STORE_DONE
		    ? 0
		    : -1;
	return store_rows(s, &ll->v, sizeof(*ll->v), &ll->n, layanan_row,
		   "SELECT " L_COLS " FROM layanan l LEFT JOIN unit u ON u.id ="
		   " l.unit_id WHERE (? IS NULL OR l.name LIKE ? ESCAPE '\\' OR"
		   " l.product LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM"
		   " layanan_syarat y WHERE y.layanan_id = l.id AND y.text LIKE ?"
		   " ESCAPE '\\'))" L_FILTERS " ORDER BY l.id",
		   "ssssdssssii", like, like, like, like, with_inactive,
		   tingkat, tingkat, unit_level, unit_level, unit_id,
		   unit_id) == STORE_DONE
	    ? 0
	    : -1;
}

int
layanan_sql_get(struct store *s, const char *code, struct layanan *l)
{
	struct store_stmt *st;
	int found = 0;

	st = store_query(s,
	    "SELECT " L_COLS " FROM layanan l LEFT JOIN unit u"
	    " ON u.id = l.unit_id WHERE l.code = ?",
	    "s", code);
	if (st == NULL)
		return -1;
	if (store_step(st) == STORE_ROW) {
		layanan_row(st, l);
		found = 1;
	}
	store_done(st);
	return found;
}

static void
unit_fill(struct store_stmt *st, void *elem)
{
	struct unit_row *u = elem;

	u->id = store_int(st, 0);
	snprintf(u->code, sizeof(u->code), "%s", store_text(st, 1));
	snprintf(u->name, sizeof(u->name), "%s", store_text(st, 2));
	snprintf(u->kind, sizeof(u->kind), "%s", store_text(st, 3));
	snprintf(u->category, sizeof(u->category), "%s", store_text(st, 4));
	snprintf(u->parent_code, sizeof(u->parent_code), "%s",
	    store_text(st, 5));
	u->active = (int)store_int(st, 6);
	u->nlayanan = (int)store_int(st, 7);
	u->nakun = (int)store_int(st, 8);
}

int
layanan_sql_units(struct store *s, const char *kind, struct unit_list *ul)
{
	return store_rows(s, &ul->v, sizeof(*ul->v), &ul->n, unit_fill,
		   "SELECT u.id, u.code, u.name, u.kind, u.category,"
		   " coalesce(p.code, ''), u.active, CASE u.kind WHEN 'opd' THEN"
		   " (SELECT count(*) FROM layanan l WHERE l.unit_id = u.id AND"
		   " l.active = 1) ELSE (SELECT count(*) FROM layanan l WHERE"
		   " l.level = u.kind AND l.active = 1) END, (SELECT count(*) FROM"
		   " account a WHERE a.unit_id = u.id) FROM unit u LEFT JOIN unit p"
		   " ON p.id = u.parent_id WHERE (? IS NULL OR u.kind = ?) ORDER BY"
		   " CASE u.kind WHEN 'opd' THEN 0 WHEN 'kecamatan' THEN 1 ELSE 2"
		   " END, CASE WHEN u.kind = 'opd' THEN u.name ELSE u.code END",
		   "ss", kind, kind) == STORE_DONE
	    ? 0
	    : -1;
}

void
layanan_sql_stats(struct store *s, struct catalog_stats *cs)
{
	cs->layanan = (int)store_scalar(s, -1,
	    "SELECT count(*) FROM layanan"
	    " WHERE active = 1",
	    "");
	cs->opd = (int)store_scalar(s, -1,
	    "SELECT count(*) FROM unit WHERE"
	    " kind = 'opd' AND active = 1",
	    "");
	cs->kecamatan = (int)store_scalar(s, -1,
	    "SELECT count(*) FROM wilayah"
	    " WHERE level = 'kecamatan' AND parent_code = ?",
	    "s", "14.08");
	cs->kampung = (int)store_scalar(s, -1,
	    "SELECT count(*) FROM wilayah"
	    " WHERE level = 'desa' AND kelurahan = 0 AND code LIKE ?",
	    "s", "14.08.%");
	cs->kelurahan = (int)store_scalar(s, -1,
	    "SELECT count(*) FROM"
	    " wilayah WHERE level = 'desa' AND kelurahan = 1 AND code LIKE ?",
	    "s", "14.08.%");
}

int
layanan_sql_update(struct store *s, int64_t id, const char *name,
    const char *product, int sla_days, int64_t fee, const char *fee_note,
    const char *procedure, const char *complaints, const char *legal_basis,
    int active, int64_t updated_at)
{
	if (store_run(s,
		"UPDATE layanan SET name = ?, product = ?, sla_days"
		" = ?, fee_idr = nullif(?, -1), fee_note = ?, procedure = ?,"
		" complaints = ?, legal_basis = ?, active = ?, updated_at = ?"
		" WHERE id = ?",
		"ssdissssdii", name, product, sla_days, fee, fee_note,
		procedure, complaints, legal_basis, active, updated_at,
		id) != 0 ||
	    store_changes(s) != 1)
		return -1;
	return 0;
}

int64_t
layanan_sql_owner(struct store *s, int64_t id)
{
	return store_scalar(s, -1,
	    "SELECT CASE level WHEN 'kabupaten' THEN"
	    " coalesce(unit_id, 0) ELSE 0 END FROM layanan WHERE id = ?",
	    "i", id);
}
