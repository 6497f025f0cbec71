/* proses.c: a permit application's SKRD, payment and deadline clock
 * (proses.h). */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/when.h"
#include "mod/akun/account.h"
#include "mod/alur/workday.h"
#include "mod/audit/audit.h"
#include "mod/notifikasi/notify.h"
#include "mod/permohonan/permohonan.h"
#include "store/store.h"
#include "jam.h"
#include "jenis.h"
#include "proses.h"
#include "sql.h"

/* The roles that act on applications in their unit's queue. */
#define ACTING                                                                 \
	(ROLE_OPERATOR | ROLE_VERIFIKATOR | ROLE_KEPALA | ROLE_PENANDATANGAN)
/* Days from the SKRD to its due date (Perda Siak: belum_dikonfirmasi). */
#define SKRD_HARI 30
/* the hold on the decision while an SKRD is unpaid (permohonan_tahan()) */
#define SKRD_TAHAN "perizinan.skrd"

const char *
skrd_err_text(enum skrd_err e)
{
	switch (e) {
	case SKRD_OK:
		return "";
	case SKRD_NOT_FOUND:
		return msg(M_SKRD_NOT_FOUND);
	case SKRD_FORBIDDEN:
		return msg(M_SKRD_FORBIDDEN);
	case SKRD_BUKAN_IZIN:
		return msg(M_SKRD_BUKAN_IZIN);
	case SKRD_TUTUP:
		return msg(M_SKRD_TUTUP);
	case SKRD_ADA:
		return msg(M_SKRD_ADA);
	case SKRD_NOL:
		return msg(M_SKRD_NOL);
	case SKRD_BAD_TARIF:
		return msg(M_SKRD_BAD_TARIF);
	case SKRD_BAD_JUMLAH:
		return msg(M_SKRD_BAD_JUMLAH);
	case SKRD_LUNAS:
		return msg(M_SKRD_LUNAS);
	case SKRD_BAD_REF:
		return msg(M_SKRD_BAD_REF);
	case SKRD_STORE:
		break;
	}
	return msg(M_IZIN_STORE);
}

static const char *
field_of(const struct permohonan_view *v, const char *name)
{
	int i;

	for (i = 0; i < v->nfields; i++)
		if (strcmp(v->fields[i].name, name) == 0 &&
		    v->fields[i].value != NULL && v->fields[i].value[0] != '\0')
			return v->fields[i].value;
	return NULL;
}

/* "2,5" or "2.5" as a number; -1 when not one. */
static double
decimal(const char *s)
{
	char t[32], *end;
	size_t i;
	double v;

	if (s == NULL || strlen(s) == 0 || strlen(s) >= sizeof(t))
		return -1;
	for (i = 0; s[i] != '\0'; i++) {
		if (!((s[i] >= '0' && s[i] <= '9') || s[i] == ',' ||
			s[i] == '.'))
			return -1;
		t[i] = s[i] == ',' ? '.' : s[i];
	}
	t[i] = '\0';
	v = strtod(t, &end);
	return *end == '\0' ? v : -1;
}

/* Digits only, 1 to max; else -1. */
static long long
whole(const char *s, long long max)
{
	long long v = 0;
	size_t i;

	if (s == NULL || s[0] == '\0' || strlen(s) > 13)
		return -1;
	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v >= 1 && v <= max ? v : -1;
}

/* The type's legal basis and tariff source, "; "-joined, into out. */
static void
dasar_of(json_t *t, char *out, size_t size)
{
	json_t *d;
	size_t i, n = 0;
	const char *src;

	out[0] = '\0';
	json_array_foreach(json_object_get(t, "dasar_hukum"), i, d)
	{
		n += (size_t)snprintf(out + n, n < size ? size - n : 0, "%s%s",
		    n > 0 ? "; " : "", json_string_value(d));
		if (n >= size)
			break;
	}
	src = json_string_value(
	    json_object_get(json_object_get(t, "retribusi"), "sumber"));
	if (src != NULL && n < size)
		snprintf(out + n, size - n, "; tarif: %s", src);
	n = strlen(out); /* a cut may split a character: drop its bytes */
	while (n > 0 && !utf8_valid(out, n))
		out[--n] = '\0';
}

/* The amount and its explanation for type t; SKRD_OK or the fault. */
static enum skrd_err
assess(json_t *t, const struct permohonan_view *v, const char *zona,
    const char *hari, const char *jumlah, struct skrd *k)
{
	json_t *ret = json_object_get(t, "retribusi");
	const char *rumus = json_string_value(json_object_get(ret, "rumus"));
	const char *luas_s;
	long long h, rp;
	double luas;

	if (json_is_object(json_object_get(ret, "tarif_zona"))) {
		luas_s = field_of(v, "luas_m2");
		if (luas_s == NULL)
			luas_s = field_of(v, "ukuran_m2");
		luas = decimal(luas_s);
		h = whole(hari, 3650);
		if (luas < 0 || h < 0 || zona == NULL ||
		    jenis_retribusi(k->jenis_kode, luas, zona, (int)h, &rp) !=
			0)
			return SKRD_BAD_TARIF;
		snprintf(k->rincian, sizeof(k->rincian),
		    "%s m² × tarif zona %s × %lld hari", luas_s, zona, h);
	} else if (rumus == NULL || strcmp(rumus, "tanpa biaya") == 0) {
		return SKRD_NOL;
	} else {
		if ((rp = whole(jumlah, 1000000000000LL)) < 0)
			return SKRD_BAD_JUMLAH;
		snprintf(k->rincian, sizeof(k->rincian), "Penilaian teknis: %s",
		    rumus);
	}
	if (rp <= 0)
		return SKRD_NOL;
	k->jumlah = rp;
	return SKRD_OK;
}

enum skrd_err
skrd_tetapkan(struct store *s, const struct account *actor,
    const char *permohonan, const char *zona, const char *hari,
    const char *jumlah, const char *addr, time_t now, struct skrd *out)
{
	struct permohonan_view v;
	struct skrd k;
	json_t *t;
	enum skrd_err e;
	char step[128], note[200], text[300], link[120], hold[200];
	int y, m, d, rc;
	int64_t id;

	memset(&k, 0, sizeof(k));
	if (permohonan == NULL ||
	    (id = permohonan_id_nomor(s, permohonan)) <= 0 ||
	    !permohonan_visible(s, actor, id))
		return SKRD_NOT_FOUND;
	if ((actor->roles & ACTING) == 0 ||
	    !permohonan_in_queue(s, actor, id, step, sizeof(step)))
		return SKRD_FORBIDDEN;
	if (permohonan_load(s, id, &v) != 0)
		return SKRD_STORE;
	if ((t = jenis_of_layanan(v.row.layanan_code)) == NULL) {
		e = SKRD_BUKAN_IZIN;
		goto done;
	}
	if (v.row.draft || v.row.terminal) {
		e = SKRD_TUTUP;
		goto done;
	}
	if ((rc = skrd_of(s, id, &k)) <= 0) {
		e = rc == 0 ? SKRD_ADA : SKRD_STORE;
		goto done;
	}
	memset(&k, 0, sizeof(k));
	k.permohonan_id = id;
	snprintf(k.permohonan, sizeof(k.permohonan), "%s", v.row.nomor);
	snprintf(k.jenis_kode, sizeof(k.jenis_kode), "%s",
	    json_string_value(json_object_get(t, "kode")));
	k.unit_id = actor->unit_id;
	if ((e = assess(t, &v, zona, hari, jumlah, &k)) != SKRD_OK)
		goto done;
	when_civil_from_days(when_wib_day(now) + SKRD_HARI, &y, &m, &d);
	snprintf(k.jatuh_tempo, sizeof(k.jatuh_tempo), "%04d-%02d-%02d", y, m,
	    d);
	dasar_of(t, k.dasar_hukum, sizeof(k.dasar_hukum));
	k.dibuat_at = now;
	when_civil_from_days(when_wib_day(now), &y, &m, &d);
	e = SKRD_STORE;
	if (store_begin(s) != 0)
		goto done;
	rc = perizinan_sql_skrd_insert(s, &k, y, actor->id);
	if (rc == 1) {
		store_rollback(s);
		e = SKRD_ADA;
		goto done;
	}
	snprintf(note, sizeof(note), "permohonan=%s jumlah=%lld jatuh_tempo=%s",
	    k.permohonan, k.jumlah, k.jatuh_tempo);
	snprintf(text, sizeof(text),
	    "Retribusi permohonan %s telah ditetapkan: SKRD %s sebesar Rp%lld,"
	    " jatuh tempo %s. Proses izin berlanjut setelah pembayaran"
	    " tercatat.",
	    k.permohonan, k.nomor, k.jumlah, k.jatuh_tempo);
	snprintf(link, sizeof(link), "/perizinan/skrd?nomor=%s", k.nomor);
	snprintf(hold, sizeof(hold),
	    "retribusi daerah (SKRD %s, Rp%lld) belum dibayar", k.nomor,
	    k.jumlah);
	/* the decision waits for the payment (permohonan_act()) */
	if (rc != 0 ||
	    permohonan_tahan(s, k.permohonan_id, SKRD_TAHAN, hold, now) != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = actor->id,
		    .role = "petugas",
		    .unit_id = k.unit_id,
		    .action = "izin.skrd",
		    .object_type = "izin_skrd",
		    .object_id = k.nomor,
		    .to_state = "menunggu_pembayaran",
		    .note = note,
		    .addr = addr }) != 0 ||
	    notify_account(s, v.pemohon_id, text, link) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		goto done;
	}
	*out = k;
	e = SKRD_OK;
done:
	permohonan_view_free(&v);
	return e;
}

enum skrd_err
skrd_bayar(struct store *s, const struct account *actor, const char *nomor,
    const char *referensi, const char *addr, time_t now, struct skrd *out)
{
	struct skrd k;
	char note[200], text[300], link[120];
	int rc;
	int64_t pemohon;

	if (nomor == NULL || strlen(nomor) > 40)
		return SKRD_NOT_FOUND;
	if ((rc = perizinan_sql_skrd_nomor(s, nomor, &k)) < 0)
		return SKRD_STORE;
	if (rc == 1 || !permohonan_visible(s, actor, k.permohonan_id))
		return SKRD_NOT_FOUND;
	if ((actor->roles & ACTING) == 0 || actor->unit_id != k.unit_id)
		return SKRD_FORBIDDEN;
	if (k.dibayar_at != 0)
		return SKRD_LUNAS;
	if (referensi == NULL || text_check(referensi, 3, 80, 0) != NULL)
		return SKRD_BAD_REF;
	pemohon = permohonan_applicant(s, k.permohonan_id);
	snprintf(note, sizeof(note), "permohonan=%s jumlah=%lld referensi=%s",
	    k.permohonan, k.jumlah, referensi);
	snprintf(text, sizeof(text),
	    "Pembayaran retribusi SKRD %s (permohonan %s) telah tercatat."
	    " Proses izin berlanjut.",
	    k.nomor, k.permohonan);
	snprintf(link, sizeof(link), "/perizinan/skrd?nomor=%s", k.nomor);
	if (store_begin(s) != 0)
		return SKRD_STORE;
	rc = perizinan_sql_skrd_bayar(s, nomor, referensi, actor->id, now);
	if (rc == 1) {
		store_rollback(s);
		return SKRD_LUNAS;
	}
	if (rc != 0 ||
	    permohonan_lepas(s, k.permohonan_id, SKRD_TAHAN, now) != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = actor->id,
		    .role = "petugas",
		    .unit_id = k.unit_id,
		    .action = "izin.bayar",
		    .object_type = "izin_skrd",
		    .object_id = k.nomor,
		    .from_state = "menunggu_pembayaran",
		    .to_state = "lunas",
		    .note = note,
		    .addr = addr }) != 0 ||
	    (pemohon > 0 && notify_account(s, pemohon, text, link) != 0) ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return SKRD_STORE;
	}
	k.dibayar_at = now;
	snprintf(k.referensi, sizeof(k.referensi), "%s", referensi);
	*out = k;
	return SKRD_OK;
}

int
skrd_lihat(struct store *s, const struct account *actor, const char *nomor,
    struct skrd *out)
{
	int rc;

	if (actor == NULL || nomor == NULL || strlen(nomor) > 40)
		return 1;
	rc = perizinan_sql_skrd_nomor(s, nomor, out);
	if (rc != 0)
		return rc;
	return permohonan_visible(s, actor, out->permohonan_id) ? 0 : 1;
}

int
skrd_of(struct store *s, int64_t permohonan_id, struct skrd *out)
{
	return perizinan_sql_skrd_permohonan(s, permohonan_id, out);
}

/* --- the clock ------------------------------------------------------------ */

static int
kerja_store(void *arg, long day)
{
	char date[11];
	int y, m, d;

	when_civil_from_days(day, &y, &m, &d);
	snprintf(date, sizeof(date), "%04d-%02d-%02d", y, m, d);
	return workday_is(arg, date) == 1;
}

#define MAX_HENTI 32

int
izin_jam_hitung(struct store *s, int64_t id, time_t now, struct izin_jam *j)
{
	struct permohonan_view v;
	struct jam_henti h[MAX_HENTI];
	struct skrd k;
	json_t *t;
	time_t end = now;
	int i, n = 0, rc;

	memset(j, 0, sizeof(*j));
	j->sebab = "";
	if (permohonan_load(s, id, &v) != 0)
		return -1;
	t = jenis_of_layanan(v.row.layanan_code);
	if (t == NULL || v.row.draft || v.row.submitted_at == 0) {
		permohonan_view_free(&v);
		return 1;
	}
	snprintf(j->jenis_kode, sizeof(j->jenis_kode), "%s",
	    json_string_value(json_object_get(t, "kode")));
	j->batas =
	    (int)json_integer_value(json_object_get(t, "batas_hari_kerja"));
	/* waiting for the applicant's correction stops the clock */
	for (i = 0; i < v.nhist && n < MAX_HENTI - 1; i++) {
		if (strcmp(v.hist[i].to_state, "perlu_perbaikan") != 0)
			continue;
		h[n].a = when_wib_day(v.hist[i].at);
		h[n].b = i + 1 < v.nhist ? when_wib_day(v.hist[i + 1].at) : -1;
		if (h[n].b < 0 && !v.row.terminal) {
			j->berhenti = 1;
			j->sebab = "menunggu perbaikan oleh pemohon";
		}
		n++;
	}
	if (v.row.terminal) {
		j->selesai = 1;
		end = v.nhist > 0 ? v.hist[v.nhist - 1].at : v.row.state_since;
	}
	/* so does waiting for the payment of the retribution */
	rc = skrd_of(s, id, &k);
	if (rc < 0) {
		permohonan_view_free(&v);
		return -1;
	}
	if (rc == 0) {
		h[n].a = when_wib_day(k.dibuat_at);
		h[n].b = k.dibayar_at != 0 ? when_wib_day(k.dibayar_at) : -1;
		if (k.dibayar_at == 0 && !v.row.terminal) {
			j->berhenti = 1;
			j->sebab = "menunggu pembayaran retribusi";
		}
		n++;
	}
	j->terpakai = jam_terpakai(when_wib_day(v.row.submitted_at),
	    when_wib_day(end), h, n, kerja_store, s);
	j->sisa = j->batas - j->terpakai;
	j->lewat = !j->selesai && j->terpakai > j->batas;
	j->fiktif = perizinan_sql_tenggat_has(s, id, "fiktif_positif");
	permohonan_view_free(&v);
	return 0;
}

/* Mark application o once with kind; 1 applied, 0 nothing, -1. */
static int
tandai(struct store *s, const struct perizinan_open *o,
    const struct izin_jam *j, const char *kind, time_t now)
{
	char note[160], text[400], link[120], mine[120];
	int rc;

	if (perizinan_sql_tenggat_has(s, o->id, kind))
		return 0;
	snprintf(note, sizeof(note), "jenis=%s batas=%d terpakai=%d",
	    j->jenis_kode, j->batas, j->terpakai);
	snprintf(link, sizeof(link), "/perizinan/kelola");
	snprintf(mine, sizeof(mine), "/perizinan/status?nomor=%s", o->nomor);
	if (strcmp(kind, "peringatan") == 0)
		snprintf(text, sizeof(text),
		    "Permohonan izin %s tinggal 1 hari kerja sebelum batas"
		    " waktu %d hari kerja; setelah itu permohonan dianggap"
		    " dikabulkan (fiktif positif).",
		    o->nomor, j->batas);
	else
		snprintf(text, sizeof(text),
		    "Permohonan izin %s melewati batas waktu %d hari kerja"
		    " tanpa keputusan dan ditandai fiktif positif (dianggap"
		    " dikabulkan, PP 28/2025).",
		    o->nomor, j->batas);
	if (store_begin(s) != 0)
		return -1;
	rc = perizinan_sql_tenggat_insert(s, o->id, kind, now, j->terpakai);
	if (rc == 1) {
		store_rollback(s);
		return 0;
	}
	if (rc != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = 0,
		    .role = "sistem",
		    .unit_id = o->unit_id,
		    .action = strcmp(kind, "peringatan") == 0
			? "izin.peringatan"
			: "izin.fiktif_positif",
		    .object_type = "permohonan",
		    .object_id = o->nomor,
		    .note = note,
		    .addr = "" }) != 0 ||
	    notify_unit(s, o->unit_id,
		ROLE_OPERATOR | ROLE_VERIFIKATOR | ROLE_KEPALA, text,
		link) != 0 ||
	    (strcmp(kind, "fiktif_positif") == 0 &&
		notify_account(s, o->pemohon_id, text, mine) != 0) ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 1;
}

int
perizinan_tenggat(struct store *s, const char *data_dir, time_t now)
{
	struct perizinan_open *o;
	struct izin_jam j;
	size_t i, n;
	int applied = 0, rc, bad = 0;

	(void)data_dir;
	if (perizinan_sql_open(s, 0, 0, &o, &n) != 0) {
		free(o);
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (jenis_of_layanan(o[i].layanan) == NULL)
			continue;
		if (izin_jam_hitung(s, o[i].id, now, &j) != 0) {
			bad = 1;
			continue;
		}
		rc = 0;
		if (j.lewat)
			rc = tandai(s, &o[i], &j, "fiktif_positif", now);
		else if (j.sisa == 1 && !j.berhenti)
			rc = tandai(s, &o[i], &j, "peringatan", now);
		if (rc < 0)
			bad = 1;
		else
			applied += rc;
	}
	free(o);
	return bad ? -1 : applied;
}

struct fiktif_count {
	json_t *per_jenis; /* kode -> count */
};

static int
fiktif_row(void *arg, struct store_stmt *st)
{
	struct fiktif_count *c = arg;
	json_t *t = jenis_of_layanan(store_text(st, 0));
	const char *kode;

	if (t != NULL && (kode = json_string_value(json_object_get(t, "kode"))))
		json_object_set_new(c->per_jenis, kode,
		    json_integer(store_int(st, 1)));
	return 0;
}

int
izin_fiktif_rekap(struct store *s,
    void (*fn)(void *, const char *kode, int64_t n), void *arg)
{
	struct fiktif_count c = { json_object() };
	json_t *t;
	const char *kode;
	size_t i;
	int rc;

	rc = perizinan_sql_fiktif_per_layanan(s, fiktif_row, &c);
	if (rc == 0)
		json_array_foreach(jenis_all(), i, t)
		{
			kode = json_string_value(json_object_get(t, "kode"));
			fn(arg, kode,
			    (int64_t)json_integer_value(
				json_object_get(c.per_jenis, kode)));
		}
	json_decref(c.per_jenis);
	return rc;
}
