/* catalog.c: service catalog storage and its full-text index. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "lib/buf.h"
#include "lib/csv.h"
#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "catalog.h"
#include "sinonim.h"
#include "sql.h"

/* Default public texts by level; an admin edits them per service. */
static const char *
default_procedure(const char *level)
{
	if (strcmp(level, "kampung") == 0)
		return "Pemohon mengajukan permohonan secara daring melalui"
		       " Pamong atau datang ke kantor penghulu/lurah dengan membawa"
		       " persyaratan. Operator kampung/kelurahan memeriksa"
		       " kelengkapan berkas, lalu Penghulu/Lurah menandatangani"
		       " surat. Pemohon menerima surat secara elektronik atau"
		       " mengambilnya di kantor.";
	if (strcmp(level, "kecamatan") == 0)
		return "Pemohon mengajukan permohonan secara daring melalui"
		       " Pamong atau di loket pelayanan kecamatan. Petugas"
		       " kecamatan memverifikasi berkas, lalu Camat menandatangani"
		       " atau mengesahkan dokumen.";
	return "Pemohon mengajukan permohonan secara daring melalui Pamong"
	       " atau di loket Mal Pelayanan Publik. Petugas memverifikasi"
	       " kelengkapan dan keabsahan berkas, pejabat berwenang memproses"
	       " dan menetapkan produk layanan, lalu produk diserahkan kepada"
	       " pemohon.";
}

static const char *
default_complaints(void)
{
	return "Pengaduan, saran, dan masukan dapat disampaikan melalui kanal"
	       " Pengaduan di Pamong, SP4N-LAPOR! (www.lapor.go.id), atau"
	       " langsung kepada petugas pengaduan di unit pelayanan. Setiap"
	       " pengaduan ditanggapi paling lambat 5 hari kerja.";
}

static int
import_row(struct store *s, char **f, char *err, size_t errlen, size_t line)
{
	const char *level = f[2], *p, *semi;
	int64_t unit_id = 0, id, fee = -1;
	char *item, *end;
	long sla;
	int pos = 0;

	if (strcmp(level, "kabupaten") != 0 &&
	    strcmp(level, "kecamatan") != 0 && strcmp(level, "kampung") != 0) {
		snprintf(err, errlen, "baris %zu: tingkat \"%s\" tidak dikenal",
		    line, level);
		return -1;
	}
	if (strcmp(level, "kabupaten") == 0) {
		unit_id = layanan_sql_opd_id(s, f[3]);
		if (unit_id == 0) {
			snprintf(err, errlen, "baris %zu: OPD %s tidak dikenal",
			    line, f[3]);
			return -1;
		}
	}
	sla = strtol(f[5], &end, 10);
	if (*f[5] == '\0' || *end != '\0' || sla < 0 || sla > 365) {
		snprintf(err, errlen, "baris %zu: jangka waktu tidak sah",
		    line);
		return -1;
	}
	if (*f[6] != '\0') {
		fee = strtoll(f[6], &end, 10);
		if (*end != '\0' || fee < 0) {
			snprintf(err, errlen, "baris %zu: biaya tidak sah",
			    line);
			return -1;
		}
	}
	if (text_check(f[1], 3, 200, 0) || text_check(f[4], 1, 300, 0)) {
		snprintf(err, errlen, "baris %zu: nama atau produk tidak sah",
		    line);
		return -1;
	}
	if (layanan_sql_upsert(s, f[0], f[1], level, unit_id, f[4],
		(int64_t)sla, fee,
		fee < 0
		    ? "Retribusi sesuai Peraturan Daerah"
		      " Kabupaten Siak tentang Pajak Daerah dan Retribusi Daerah."
		    : "",
		default_procedure(level), default_complaints(), f[8], f[9],
		f[10], (int64_t)time(NULL)) != 0) {
		snprintf(err, errlen, "baris %zu: layanan %s gagal disimpan",
		    line, f[0]);
		return -1;
	}
	id = layanan_sql_id(s, f[0]);
	if (layanan_sql_syarat_clear(s, id) != 0)
		return -1;
	for (p = f[7]; *p != '\0'; p = semi ? semi + 1 : p + strlen(p)) {
		semi = strchr(p, ';');
		item = xstrndup(p, semi ? (size_t)(semi - p) : strlen(p));
		if (*item != '\0' &&
		    layanan_sql_syarat_add(s, id, ++pos, item, 1) != 0) {
			free(item);
			snprintf(err, errlen,
			    "baris %zu: persyaratan tidak sah", line);
			return -1;
		}
		free(item);
	}
	return layanan_sql_fts_refresh(s, id);
}

int
catalog_import(struct store *s, const char *path, char *err, size_t errlen)
{
	struct csv *c;
	char *data, **f;
	size_t len, nf;
	int rc, header = 1;

	if (csv_load_file(path, &data, &len) != 0) {
		snprintf(err, errlen, "berkas %s tidak dapat dibaca", path);
		return -1;
	}
	c = csv_open(data, len);
	while ((rc = csv_next(c, &f, &nf)) == 1) {
		if (header) {
			header = 0;
			continue;
		}
		if (nf != 11) {
			snprintf(err, errlen, "%s baris %zu: harus 11 kolom",
			    path, csv_line(c));
			rc = -1;
			break;
		}
		if (import_row(s, f, err, errlen, csv_line(c)) != 0) {
			rc = -1;
			break;
		}
	}
	if (rc < 0 && err[0] == '\0')
		snprintf(err, errlen, "%s baris %zu: %s", path, csv_line(c),
		    csv_error(c));
	csv_close(c);
	free(data);
	return rc < 0 ? -1 : 0;
}

/* ---------------------------------------------------------------------- */
/* Reading: search, one service, units, counts.                           */

void
catalog_free(struct layanan *l)
{
	size_t i;

	if (l == NULL)
		return;
	free(l->code);
	free(l->name);
	free(l->level);
	free(l->unit_code);
	free(l->unit_name);
	free(l->product);
	free(l->fee_note);
	free(l->procedure);
	free(l->complaints);
	free(l->legal_basis);
	free(l->sla_fee_basis);
	free(l->source);
	for (i = 0; i < l->nsyarat; i++)
		free(l->syarat[i]);
	free(l->syarat);
	memset(l, 0, sizeof(*l));
}

void
catalog_list_free(struct layanan_list *ll)
{
	size_t i;

	for (i = 0; i < ll->n; i++)
		catalog_free(&ll->v[i]);
	free(ll->v);
	ll->v = NULL;
	ll->n = 0;
}

int
catalog_level_ok(const char *s)
{
	return s != NULL &&
	    (strcmp(s, "kabupaten") == 0 || strcmp(s, "kecamatan") == 0 ||
		strcmp(s, "kampung") == 0);
}

/* "%text%" for LIKE ... ESCAPE '\', with %, _ and \ taken literally. */
static char *
like_pattern(const char *q)
{
	struct buf b = BUF_INIT;

	buf_addc(&b, '%');
	for (; *q != '\0'; q++) {
		if (*q == '%' || *q == '_' || *q == '\\')
			buf_addc(&b, '\\');
		buf_addc(&b, *q);
	}
	buf_addc(&b, '%');
	return buf_detach(&b, NULL);
}

static const char *
nonempty(const char *s)
{
	return s != NULL && *s != '\0' ? s : NULL;
}

int
catalog_search(struct store *s, const struct catalog_query *cq,
    struct layanan_list *ll)
{
	const char *tingkat = nonempty(cq->tingkat), *unit_level = NULL;
	const char *q = nonempty(cq->q);
	struct buf fq = BUF_INIT;
	int64_t unit_id = 0;
	char *like = NULL, *kind = NULL;
	size_t i;
	int rc;

	memset(ll, 0, sizeof(*ll));
	if (q != NULL && text_check(q, 0, CATALOG_Q_MAX, 0) != NULL)
		return CATALOG_BAD_Q;
	if (tingkat != NULL && !catalog_level_ok(tingkat))
		return CATALOG_BAD_TINGKAT;
	if (nonempty(cq->unit) != NULL) {
		if (layanan_sql_unit_find(s, cq->unit, &unit_id, &kind) != 0)
			return -1;
		if (kind == NULL)
			return CATALOG_BAD_UNIT;
		/* kecamatan and kampung offices offer their level's services */
		if (strcmp(kind, "opd") == 0)
			unit_level = "kabupaten";
		else {
			unit_level = strcmp(kind, "kecamatan") == 0
			    ? "kecamatan"
			    : "kampung";
			unit_id = 0;
		}
		free(kind);
	}
	/*
	 * A resident of a kampung can use its kampung- and kecamatan-level
	 * services and every kabupaten service: every level, so the
	 * kampung filter only has to name a kampung or kelurahan served here.
	 */
	if (nonempty(cq->kampung) != NULL &&
	    layanan_sql_kampung_count(s, cq->kampung) == 0)
		return CATALOG_BAD_KAMPUNG;

	if (q != NULL &&
	    sinonim_query(q, store_is_pg(s) ? SINONIM_TSQUERY : SINONIM_FTS5,
		CATALOG_WORDS_MAX, &fq) > 0) {
		rc = layanan_sql_search_fts(s, fq.s, cq->with_inactive ? 1 : 0,
		    tingkat, unit_level, unit_id, ll);
	} else {
		if (q != NULL && q[strspn(q, " \t")] != '\0')
			like = like_pattern(q);
		rc = layanan_sql_search_like(s, like, cq->with_inactive ? 1 : 0,
		    tingkat, unit_level, unit_id, ll);
	}
	buf_free(&fq);
	free(like);
	if (rc != 0) {
		catalog_list_free(ll);
		return -1;
	}
	for (i = 0; cq->with_syarat && i < ll->n; i++) {
		if (layanan_sql_syarat_load(s, &ll->v[i]) != 0) {
			catalog_list_free(ll);
			return -1;
		}
	}
	return CATALOG_OK;
}

int
catalog_get(struct store *s, const char *code, struct layanan *l)
{
	memset(l, 0, sizeof(*l));
	if (code == NULL || *code == '\0' || strlen(code) > 20)
		return -1;
	if (layanan_sql_get(s, code, l) != 1)
		return -1;
	if (layanan_sql_syarat_load(s, l) != 0) {
		catalog_free(l);
		return -1;
	}
	return 0;
}

int
catalog_units(struct store *s, const char *kind, struct unit_list *ul)
{
	memset(ul, 0, sizeof(*ul));
	if (layanan_sql_units(s, kind, ul) != 0) {
		catalog_units_free(ul);
		return -1;
	}
	return 0;
}

void
catalog_units_free(struct unit_list *ul)
{
	free(ul->v);
	ul->v = NULL;
	ul->n = 0;
}

int
catalog_stats(struct store *s, struct catalog_stats *cs)
{
	memset(cs, 0, sizeof(*cs));
	layanan_sql_stats(s, cs);
	return cs->layanan < 0 || cs->opd < 0 || cs->kecamatan < 0 ||
		cs->kampung < 0 || cs->kelurahan < 0
	    ? -1
	    : 0;
}

/* ---------------------------------------------------------------------- */
/* Writing: an admin's edit of one service.                               */

#define SYARAT_MAX 30
#define FEE_MAX 1000000000LL

/* Check a text field; on failure record why (required / chars / length). */
static void
check_text(struct field_errs *fe, const char *field, const char *v, size_t min,
    size_t max, int multiline, enum msg_id bad)
{
	const char *m = text_check(v, min, max, multiline);
	size_t n;

	if (m == NULL)
		return;
	n = utf8_valid(v, strlen(v)) ? utf8_chars(v) : 0;
	if (*v == '\0' && min > 0)
		field_err_add(fe, field, msg(M_FIELD_REQUIRED));
	else if (n >= min && (max == 0 || n <= max))
		field_err_add(fe, field, m); /* a bad character */
	else
		field_err_add(fe, field, msg(bad));
}

/* "0".."365", digits only. */
static int
parse_sla(const char *v, int *out)
{
	size_t i, n = strlen(v);

	if (n == 0 || n > 3)
		return -1;
	for (i = 0; i < n; i++)
		if (v[i] < '0' || v[i] > '9')
			return -1;
	*out = atoi(v);
	return *out <= 365 ? 0 : -1;
}

/* "" -> retribusi (*set = 0); "15000" or "15.000" -> rupiah. */
static int
parse_fee(const char *v, int *set, int64_t *out)
{
	int64_t fee = 0;
	int digits = 0, group = -1;

	*set = 0;
	if (*v == '\0')
		return 0;
	for (; *v != '\0'; v++) {
		if (*v == '.') {
			/* thousands separators: groups of exactly 3 digits */
			if (digits == 0 || (group >= 0 && group != 3) ||
			    (group < 0 && digits > 3))
				return -1;
			group = 0;
			continue;
		}
		if (*v < '0' || *v > '9')
			return -1;
		fee = fee * 10 + (*v - '0');
		digits++;
		if (group >= 0)
			group++;
		if (fee > FEE_MAX)
			return -1;
	}
	if (digits == 0 || (group >= 0 && group != 3))
		return -1;
	*set = 1;
	*out = fee;
	return 0;
}

/* Split requirements into trimmed non-empty lines; -1 if one is bad. */
static int
parse_syarat(const char *v, char ***items, size_t *n)
{
	const char *p = v, *e, *nl;
	char *item;

	*items = NULL;
	*n = 0;
	while (*p != '\0') {
		nl = strchr(p, '\n');
		e = nl ? nl : p + strlen(p);
		while (p < e && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		while (
		    e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		if (e > p) {
			item = xstrndup(p, (size_t)(e - p));
			*items = xrealloc(*items, (*n + 1) * sizeof(char *));
			(*items)[(*n)++] = item;
			if (*n > SYARAT_MAX || text_check(item, 1, 300, 0))
				return -1;
		}
		p = nl ? nl + 1 : e;
		if (nl == NULL)
			break;
	}
	return 0;
}

static void
items_free(char **items, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(items[i]);
	free(items);
}

/* Record field name with its old and new value when it changed. */
static void
note_changed(json_t *note, int changed, const char *name, json_t *before,
    json_t *after)
{
	if (!changed) {
		json_decref(before);
		json_decref(after);
		return;
	}
	json_array_append_new(json_object_get(note, "diubah"),
	    json_string(name));
	json_object_set_new(json_object_get(note, "sebelum"), name, before);
	json_object_set_new(json_object_get(note, "sesudah"), name, after);
}

/* The requirements as one JSON array. */
static json_t *
syarat_json(char **v, size_t n)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < n; i++)
		json_array_append_new(a, json_string(v[i]));
	return a;
}

int64_t
catalog_owner(struct store *s, int64_t layanan_id)
{
	return layanan_sql_owner(s, layanan_id);
}

int
catalog_may_edit(const struct account *actor, const struct layanan *l)
{
	if (actor == NULL || (actor->roles & ROLE_SUPERADMIN))
		return 1;
	return (actor->roles & ROLE_ADMIN) &&
	    strcmp(l->level, "kabupaten") == 0 && l->unit_code != NULL &&
	    strcmp(l->unit_code, actor->unit_code) == 0;
}

#define S(x) ((x) != NULL ? (x) : "")

int
catalog_update(struct store *s, const char *code, const struct layanan_edit *e,
    const struct account *actor, const char *addr, struct field_errs *fe)
{
	struct layanan old;
	struct audit a;
	json_t *note;
	char **items = NULL, *state_from, *state_to, *note_text = NULL;
	size_t nitems = 0, i;
	int sla = 0, fee_set = 0, active = 0, same;
	int64_t fee = 0;
	const char *act = S(e->active);

	/* every field is checked before anything is written */
	check_text(fe, "name", S(e->name), 3, 200, 0, M_CAT_NAME_BAD);
	check_text(fe, "product", S(e->product), 1, 300, 0, M_CAT_PRODUCT_BAD);
	if (parse_sla(S(e->sla_days), &sla) != 0)
		field_err_add(fe, "sla_days",
		    *S(e->sla_days) == '\0' ? msg(M_FIELD_REQUIRED)
					    : msg(M_CAT_SLA_BAD));
	if (parse_fee(S(e->fee_idr), &fee_set, &fee) != 0)
		field_err_add(fe, "fee_idr", msg(M_CAT_FEE_BAD));
	check_text(fe, "fee_note", S(e->fee_note), 0, 500, 1,
	    M_CAT_FEE_NOTE_BAD);
	check_text(fe, "procedure", S(e->procedure), 1, 4000, 1,
	    M_CAT_PROCEDURE_BAD);
	check_text(fe, "complaints", S(e->complaints), 1, 2000, 1,
	    M_CAT_COMPLAINTS_BAD);
	check_text(fe, "legal_basis", S(e->legal_basis), 1, 2000, 1,
	    M_CAT_LEGAL_BAD);
	if (text_check(S(e->requirements), 0, 0, 1) != NULL ||
	    parse_syarat(S(e->requirements), &items, &nitems) != 0)
		field_err_add(fe, "requirements", msg(M_CAT_REQ_BAD));
	else if (nitems == 0)
		field_err_add(fe, "requirements", msg(M_CAT_REQ_EMPTY));
	if (strcmp(act, "1") == 0)
		active = 1;
	else if (*act != '\0' && strcmp(act, "0") != 0)
		field_err_add(fe, "active", msg(M_CAT_ACTIVE_BAD));
	if (catalog_get(s, code, &old) != 0) {
		field_err_add(fe, "code", msg(M_CAT_UNKNOWN));
		items_free(items, nitems);
		return -1;
	}
	if (fe->n > 0) {
		catalog_free(&old);
		items_free(items, nitems);
		return -1;
	}

	if (!catalog_may_edit(actor, &old)) {
		catalog_free(&old);
		items_free(items, nitems);
		return -2;
	}

	/* the audit note: what changed, from what, to what */
	note = json_pack("{s:[],s:{},s:{}}", "diubah", "sebelum", "sesudah");
	note_changed(note, strcmp(old.name, e->name) != 0, "name",
	    json_string(old.name), json_string(e->name));
	note_changed(note, strcmp(old.product, e->product) != 0, "product",
	    json_string(old.product), json_string(e->product));
	note_changed(note, old.sla_days != sla, "sla_days",
	    json_integer(old.sla_days), json_integer(sla));
	note_changed(note,
	    old.fee_set != fee_set || (fee_set && old.fee_idr != fee),
	    "fee_idr", old.fee_set ? json_integer(old.fee_idr) : json_null(),
	    fee_set ? json_integer(fee) : json_null());
	note_changed(note, strcmp(old.fee_note, S(e->fee_note)) != 0,
	    "fee_note", json_string(old.fee_note), json_string(S(e->fee_note)));
	note_changed(note, strcmp(old.procedure, e->procedure) != 0,
	    "procedure", json_string(old.procedure), json_string(e->procedure));
	note_changed(note, strcmp(old.complaints, e->complaints) != 0,
	    "complaints", json_string(old.complaints),
	    json_string(e->complaints));
	note_changed(note, strcmp(old.legal_basis, e->legal_basis) != 0,
	    "legal_basis", json_string(old.legal_basis),
	    json_string(e->legal_basis));
	same = old.nsyarat == nitems;
	for (i = 0; same && i < nitems; i++)
		same = strcmp(old.syarat[i], items[i]) == 0;
	note_changed(note, !same, "requirements",
	    syarat_json(old.syarat, old.nsyarat), syarat_json(items, nitems));
	note_changed(note, old.active != active, "active",
	    json_boolean(old.active), json_boolean(active));
	note_text = json_dumps(note, JSON_COMPACT | JSON_ENSURE_ASCII);
	json_decref(note);

	state_from = xasprintf("%s", old.active ? "aktif" : "nonaktif");
	state_to = xasprintf("%s", active ? "aktif" : "nonaktif");
	memset(&a, 0, sizeof(a));
	if (actor != NULL) {
		a.actor_id = actor->id;
		a.role = actor->roles & ROLE_SUPERADMIN
		    ? role_name(ROLE_SUPERADMIN)
		    : actor->roles & ROLE_ADMIN ? role_name(ROLE_ADMIN)
						: NULL;
		a.unit_id = actor->unit_id;
	}
	a.action = "layanan.ubah";
	a.object_type = "layanan";
	a.object_id = old.code;
	a.from_state = state_from;
	a.to_state = state_to;
	a.note = note_text != NULL ? note_text : "";
	a.addr = addr;
	if (store_begin(s) != 0)
		goto fail;
	if (layanan_sql_update(s, old.id, e->name, e->product, sla,
		fee_set ? fee : (int64_t)-1, S(e->fee_note), e->procedure,
		e->complaints, e->legal_basis, active,
		(int64_t)time(NULL)) != 0)
		goto fail;
	if (layanan_sql_syarat_clear(s, old.id) != 0)
		goto fail;
	for (i = 0; i < nitems; i++)
		if (layanan_sql_syarat_add(s, old.id, (int)i + 1, items[i],
			0) != 0)
			goto fail;
	if (layanan_sql_fts_refresh(s, old.id) != 0 ||
	    audit_write(s, &a) != 0 || store_commit(s) != 0)
		goto fail;
	free(state_from);
	free(state_to);
	catalog_free(&old);
	items_free(items, nitems);
	free(note_text);
	return 0;
fail:
	store_rollback(s);
	free(state_from);
	free(state_to);
	catalog_free(&old);
	items_free(items, nitems);
	free(note_text);
	field_err_add(fe, "name", msg(M_SAVE_FAILED));
	return -1;
}
