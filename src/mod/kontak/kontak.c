/*
 * kontak.c: the rules of a unit's contact: validation of the fields and
 * the hours, "open today" in WIB, saving with audit, demo data.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "lib/msg.h"
#include "lib/str.h"
#include "lib/utf8.h"
#include "lib/when.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "kontak.h"
#include "sql.h"

static const char *
nz(const char *s)
{
	return s != NULL ? s : "";
}

/* Is s empty after leading and trailing blanks? */
static int
blank(const char *s)
{
	for (; s != NULL && *s != '\0'; s++)
		if (!isspace((unsigned char)*s))
			return 0;
	return 1;
}

/* Parse a time field that may carry blanks around it. */
static int
time_field(const char *s, int *minutes)
{
	char t[8];
	size_t a, e;

	s = nz(s);
	a = strspn(s, " \t");
	e = strlen(s);
	while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (e - a >= sizeof(t))
		return -1;
	memcpy(t, s + a, e - a);
	t[e - a] = '\0';
	*minutes = kontak_time_parse(t);
	return *minutes < 0 ? -1 : 0;
}

const char *
kontak_day_check(const char *const jam[4], struct kontak_hari *h)
{
	int set[2], v[4], i;

	memset(h, 0, sizeof(*h));
	for (i = 0; i < 4; i++) {
		v[i] = -1;
		if (!blank(jam[i]) && time_field(jam[i], &v[i]) != 0)
			return msg(M_KONTAK_JAM_FORMAT);
	}
	for (i = 0; i < 2; i++) {
		if ((v[2 * i] < 0) != (v[2 * i + 1] < 0))
			return msg(M_KONTAK_JAM_PASANGAN);
		set[i] = v[2 * i] >= 0;
		if (set[i] && v[2 * i] >= v[2 * i + 1])
			return msg(M_KONTAK_JAM_URUTAN);
	}
	if (set[1] && (!set[0] || v[2] <= v[1]))
		return msg(M_KONTAK_JAM_SESI2);
	for (i = 0; i < 2; i++)
		if (set[i]) {
			h->s[h->n].buka = v[2 * i];
			h->s[h->n].tutup = v[2 * i + 1];
			h->n++;
		}
	return NULL;
}

/* Count digits of a phone number written with + ( ) - . and spaces. */
static int
phone_digits(const char *s, char *digits, size_t n)
{
	size_t i, k = 0;

	for (i = 0; s[i] != '\0'; i++) {
		if (isdigit((unsigned char)s[i])) {
			if (k + 1 < n)
				digits[k] = s[i];
			k++;
		} else if (s[i] == '+') {
			if (i != 0)
				return -1;
		} else if (strchr(" -().", s[i]) == NULL)
			return -1;
	}
	if (n > 0)
		digits[k < n ? k : n - 1] = '\0';
	return (int)k;
}

static int
phone_ok(const char *s)
{
	char d[24];
	int n;

	if (strlen(s) < 6 || strlen(s) > 20)
		return 0;
	n = phone_digits(s, d, sizeof(d));
	return n >= 6 && n <= 15;
}

/* A mobile number for WhatsApp: 08..., 62 8..., +62 8..., 9-15 digits. */
static int
whatsapp_ok(const char *s)
{
	char d[24];
	int n;

	if (strlen(s) > 20)
		return 0;
	n = phone_digits(s, d, sizeof(d));
	if (n < 9 || n > 15)
		return 0;
	return strncmp(d, "08", 2) == 0 || strncmp(d, "628", 3) == 0;
}

static int
email_ok(const char *s)
{
	const char *at = strchr(s, '@'), *dot;
	size_t i;

	if (strlen(s) > 254 || at == NULL || at == s ||
	    strchr(at + 1, '@') != NULL)
		return 0;
	for (i = 0; s[i] != '\0'; i++)
		if ((unsigned char)s[i] <= ' ' || (unsigned char)s[i] >= 127 ||
		    strchr("<>\"'(),;:\\[]", s[i]) != NULL)
			return 0;
	dot = strrchr(at, '.');
	return dot != NULL && dot > at + 1 && dot[1] != '\0';
}

/* s without its outer blanks into out; -1 when it does not fit. */
static int
trimmed(const char *s, char *out, size_t n)
{
	size_t a, e;

	s = nz(s);
	a = strspn(s, " \t");
	e = strlen(s);
	while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (e - a >= n) {
		*out = '\0';
		return -1;
	}
	memcpy(out, s + a, e - a);
	out[e - a] = '\0';
	return 0;
}

int
kontak_validate(const struct kontak_input *in, struct kontak *k,
    struct field_errs *fe)
{
	static const char *const jam_fields[KONTAK_DAYS] = { "jam-1", "jam-2",
		"jam-3", "jam-4", "jam-5", "jam-6", "jam-7" };
	char tmp[300];
	const char *m;
	int d, bad = 0;

	if (trimmed(in->alamat, k->alamat, sizeof(k->alamat)) != 0 ||
	    text_check(k->alamat, 5, 300, 0) != NULL) {
		field_err_add(fe, "alamat", msg(M_KONTAK_ALAMAT));
		bad = 1;
	}
	if (trimmed(in->telepon, tmp, sizeof(tmp)) != 0 ||
	    strlen(tmp) >= sizeof(k->telepon) || !phone_ok(tmp)) {
		field_err_add(fe, "telepon", msg(M_KONTAK_TELEPON));
		bad = 1;
	} else
		str_field(k->telepon, sizeof(k->telepon), tmp);
	if (trimmed(in->email, tmp, sizeof(tmp)) != 0 ||
	    strlen(tmp) >= sizeof(k->email) ||
	    (tmp[0] != '\0' && !email_ok(tmp))) {
		field_err_add(fe, "email", msg(M_KONTAK_EMAIL));
		bad = 1;
	} else
		str_field(k->email, sizeof(k->email), tmp);
	if (trimmed(in->whatsapp, tmp, sizeof(tmp)) != 0 ||
	    strlen(tmp) >= sizeof(k->whatsapp) ||
	    (tmp[0] != '\0' && !whatsapp_ok(tmp))) {
		field_err_add(fe, "whatsapp", msg(M_KONTAK_WHATSAPP));
		bad = 1;
	} else
		str_field(k->whatsapp, sizeof(k->whatsapp), tmp);
	if (trimmed(in->catatan, k->catatan, sizeof(k->catatan)) != 0 ||
	    text_check(k->catatan, 0, 300, 0) != NULL) {
		field_err_add(fe, "catatan", msg(M_KONTAK_CATATAN));
		bad = 1;
	}
	for (d = 0; d < KONTAK_DAYS; d++)
		if ((m = kontak_day_check(in->jam[d], &k->hari[d])) != NULL) {
			field_err_add(fe, jam_fields[d], m);
			bad = 1;
		}
	return bad ? -1 : 0;
}

void
kontak_status(const struct kontak *k, time_t now, int libur,
    struct kontak_status *st)
{
	const struct kontak_hari *h;
	struct tm tm;
	int i;

	when_wib(now, &tm);
	st->hari = (tm.tm_wday + 6) % 7; /* Sunday 0 -> 6 */
	st->menit = tm.tm_hour * 60 + tm.tm_min;
	st->berikut = -1;
	h = &k->hari[st->hari];
	if (libur || h->n == 0) {
		st->keadaan = KONTAK_TUTUP_HARI_INI;
		return;
	}
	for (i = 0; i < h->n; i++) {
		if (st->menit < h->s[i].buka) {
			st->keadaan =
			    i == 0 ? KONTAK_BELUM_BUKA : KONTAK_ISTIRAHAT;
			st->berikut = h->s[i].buka;
			return;
		}
		if (st->menit < h->s[i].tutup) {
			st->keadaan = KONTAK_BUKA;
			return;
		}
	}
	st->keadaan = KONTAK_SUDAH_TUTUP;
}

void
kontak_today_text(const struct kontak *k, time_t now, int libur, char *out,
    size_t n)
{
	struct kontak_status st;
	const struct kontak_hari *h;
	char a[6], b[6], c[6], d[6], nx[6], hours[64];
	const char *day;

	kontak_status(k, now, libur, &st);
	day = kontak_day_names[st.hari];
	h = &k->hari[st.hari];
	if (st.keadaan == KONTAK_TUTUP_HARI_INI) {
		snprintf(out, n, "Hari ini: tutup (%s%s).", day,
		    libur && h->n > 0 ? ", hari libur" : "");
		return;
	}
	kontak_time_format(h->s[0].buka, a);
	kontak_time_format(h->s[0].tutup, b);
	if (h->n > 1) {
		kontak_time_format(h->s[1].buka, c);
		kontak_time_format(h->s[1].tutup, d);
		snprintf(hours, sizeof(hours), "%s–%s dan %s–%s", a, b, c, d);
	} else
		snprintf(hours, sizeof(hours), "%s–%s", a, b);
	kontak_time_format(st.berikut, nx);
	switch (st.keadaan) {
	case KONTAK_BELUM_BUKA:
		snprintf(out, n,
		    "Hari ini: buka %s (%s; belum buka, buka"
		    " pukul %s WIB).",
		    hours, day, nx);
		break;
	case KONTAK_ISTIRAHAT:
		snprintf(out, n,
		    "Hari ini: buka %s (%s; sedang istirahat,"
		    " buka kembali pukul %s WIB).",
		    hours, day, nx);
		break;
	case KONTAK_BUKA:
		snprintf(out, n, "Hari ini: buka %s (%s; saat ini buka).",
		    hours, day);
		break;
	default:
		snprintf(out, n, "Hari ini: buka %s (%s; sudah tutup).", hours,
		    day);
		break;
	}
}

int
kontak_get(struct store *s, int64_t unit_id, struct kontak *k)
{
	return kontak_sql_get(s, unit_id, k);
}

int64_t
kontak_unit(struct store *s, const char *code, char *name, size_t namelen)
{
	return kontak_sql_unit(s, code, name, namelen);
}

int
kontak_units(struct store *s, const struct account *actor,
    void (*fn)(void *, const char *, const char *, const char *, int, int),
    void *arg)
{
	if (actor == NULL)
		return 0;
	if (actor->roles & ROLE_SUPERADMIN)
		return kontak_sql_units(s, 0, fn, arg);
	if (actor->unit_id <= 0 || !account_may_admin(actor, actor->unit_id))
		return 0;
	return kontak_sql_units(s, actor->unit_id, fn, arg);
}

/* The contact as JSON for the audit note. */
static json_t *
kontak_json(const struct kontak *k)
{
	json_t *o, *jam = json_object(), *day;
	char a[6], b[6];
	int d, i;

	for (d = 0; d < KONTAK_DAYS; d++) {
		day = json_array();
		for (i = 0; i < k->hari[d].n; i++) {
			kontak_time_format(k->hari[d].s[i].buka, a);
			kontak_time_format(k->hari[d].s[i].tutup, b);
			json_array_append_new(day, json_pack("[s,s]", a, b));
		}
		json_object_set_new(jam, kontak_day_names[d], day);
	}
	o = json_pack("{s:s,s:s,s:s,s:s,s:s,s:b,s:o}", "alamat", k->alamat,
	    "telepon", k->telepon, "email", k->email, "whatsapp", k->whatsapp,
	    "catatan", k->catatan, "demo", k->demo, "jam", jam);
	return o;
}

/* The admin role an audit event names. */
static const char *
admin_role(const struct account *a)
{
	if (a == NULL)
		return "sistem";
	return (a->roles & ROLE_SUPERADMIN) ? "superadmin" : "admin";
}

/* Write k (validated) with its audit event in one transaction. */
static int
put_audited(struct store *s, const struct account *actor,
    const struct kontak *k, const char *addr)
{
	struct kontak old;
	json_t *note;
	char code[33], *text;
	int had, rc;

	if (kontak_sql_unit_code(s, k->unit_id, code, sizeof(code)) != 0)
		return -2;
	if ((had = kontak_sql_get(s, k->unit_id, &old)) < 0)
		return -2;
	note = json_pack("{s:o,s:o}", "sebelum",
	    had == 0 ? kontak_json(&old) : json_null(), "sesudah",
	    kontak_json(k));
	text = json_dumps(note, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(note);
	if (text == NULL)
		return -2;
	rc = -2;
	if (store_begin(s) != 0)
		goto out;
	if (kontak_sql_put(s, k, actor != NULL ? actor->id : 0) != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = actor != NULL ? actor->id : 0,
		    .role = admin_role(actor),
		    .unit_id = k->unit_id,
		    .action = "kontak.ubah",
		    .object_type = "unit",
		    .object_id = code,
		    .note = text,
		    .addr = addr }) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		goto out;
	}
	rc = 0;
out:
	free(text);
	return rc;
}

int
kontak_save(struct store *s, const struct account *actor, int64_t unit_id,
    const struct kontak_input *in, const char *addr, time_t now,
    struct field_errs *fe)
{
	struct kontak k;

	if (actor == NULL || unit_id <= 0 || !account_may_admin(actor, unit_id))
		return -3;
	memset(&k, 0, sizeof(k));
	if (kontak_validate(in, &k, fe) != 0)
		return -1;
	k.unit_id = unit_id;
	k.demo = 0;
	k.updated_at = now;
	return put_audited(s, actor, &k, addr);
}

/* ---------------------------------------------------------------------- */
/* demo data                                                              */

static const struct {
	const char *code;
	struct kontak_input in;
} demo[] = {
	{ "14.08.01.1001",
	    { "Jalan Sultan Syarif Kasim, Kampung Dalam,"
	      " Kecamatan Siak, Kabupaten Siak, Riau 28773",
		"(0764) 20101", "", "0812-7600-1001", "Istirahat 12.00–13.00.",
		{ { "08:00", "16:00", "", "" }, { "08:00", "16:00", "", "" },
		    { "08:00", "16:00", "", "" }, { "08:00", "16:00", "", "" },
		    { "08:00", "11:30", "13:30", "16:00" }, { "", "", "", "" },
		    { "", "", "", "" } } } },
	{ "14.08.01",
	    { "Jalan Raja Kecik Nomor 1, Kampung Dalam, Kecamatan"
	      " Siak, Kabupaten Siak, Riau 28773",
		"(0764) 20102", "kecamatan.siak@siakkab.example", "",
		"Istirahat 12.00–13.00."
		" Pelayanan administrasi kependudukan ditutup pukul 15.00.",
		{ { "07:30", "16:00", "", "" }, { "07:30", "16:00", "", "" },
		    { "07:30", "16:00", "", "" }, { "07:30", "16:00", "", "" },
		    { "07:30", "11:30", "13:30", "16:30" }, { "", "", "", "" },
		    { "", "", "", "" } } } },
	{ "DISDUKCAPIL",
	    { "Kompleks Perkantoran Tanjung Agung, Jalan"
	      " Lintas Siak-Pekanbaru, Siak Sri Indrapura, Riau 28773",
		"(0764) 20103", "disdukcapil@siakkab.example", "0811-7600-2010",
		"Istirahat 12.00–13.00. Pengambilan KTP-el pada hari kerja"
		" pukul 09.00–15.00.",
		{ { "08:00", "16:00", "", "" }, { "08:00", "16:00", "", "" },
		    { "08:00", "16:00", "", "" }, { "08:00", "16:00", "", "" },
		    { "08:00", "11:30", "13:30", "16:00" }, { "", "", "", "" },
		    { "", "", "", "" } } } },
};

int
kontak_demo_seed(struct store *s, time_t now)
{
	struct field_errs fe;
	struct kontak k;
	int64_t id;
	size_t i;
	int n = 0, rc;

	for (i = 0; i < sizeof(demo) / sizeof(demo[0]); i++) {
		if ((id = kontak_sql_unit(s, demo[i].code, NULL, 0)) == 0)
			continue; /* a data set without the unit */
		if ((rc = kontak_sql_get(s, id, &k)) < 0)
			return -1;
		if (rc == 0)
			continue; /* keep a recorded contact */
		memset(&k, 0, sizeof(k));
		memset(&fe, 0, sizeof(fe));
		if (kontak_validate(&demo[i].in, &k, &fe) != 0)
			return -1;
		k.unit_id = id;
		k.demo = 1;
		k.updated_at = now;
		if (put_audited(s, NULL, &k, "cli") != 0)
			return -1;
		n++;
	}
	return n;
}

int
kontak_demo_remove(struct store *s)
{
	struct audit au;
	int n;

	memset(&au, 0, sizeof(au));
	au.role = "cli";
	au.action = "kontak.demo_hapus";
	au.object_type = "kontak";
	au.object_id = "demo";
	au.addr = "cli";
	if (store_begin(s) != 0)
		return -1;
	if ((n = kontak_sql_demo_delete(s)) < 0 || audit_write(s, &au) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return n;
}
