/*
 * identitas.c: the identity a letter carries (issue 18, migration 0041):
 * a citizen's data as on the KTP/KK (identitas_penduduk), entered by the
 * citizen on /akun/identitas, and a civil servant's NIP (account.nip),
 * set by an administrator of the servant's unit.  Checked field by
 * field; one transaction with its audit event.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/when.h"
#include "store/store.h"
#include "mod/alur/workday.h"
#include "mod/audit/audit.h"
#include "account.h"
#include "sql.h"

const char *const identitas_agama[] = { "Islam", "Kristen", "Katolik", "Hindu",
	"Buddha", "Khonghucu", "Kepercayaan terhadap Tuhan YME", NULL };
const char *const identitas_perkawinan[] = { "Belum Kawin", "Kawin",
	"Cerai Hidup", "Cerai Mati", NULL };

/* Whether v is "" or one of list. */
static int
pilihan(const char *v, const char *const *list)
{
	if (*v == '\0')
		return 1;
	for (; *list != NULL; list++)
		if (strcmp(v, *list) == 0)
			return 1;
	return 0;
}

/* "" (-1) or a number 0..999 of 1..3 digits; -2 when malformed. */
static int
rt_rw(const char *v)
{
	size_t n = strlen(v);

	if (n == 0)
		return -1;
	if (n > 3 || strspn(v, "0123456789") != n)
		return -2;
	return atoi(v);
}

/* Whether d is "" or a real date YYYY-MM-DD from 1900 to today (WIB). */
static int
tanggal_lahir_ok(const char *d, time_t now)
{
	char today[11];
	int y, m, dd;

	if (*d == '\0')
		return 1;
	if (strlen(d) != 10 || date_parse(d, &y, &m, &dd) != 0 || y < 1900)
		return 0;
	when_wib_format(today, sizeof(today), "%Y-%m-%d", now);
	return strcmp(d, today) <= 0;
}

static const char *
s0(const char *s)
{
	return s != NULL ? s : "";
}

int
identitas_get(struct store *s, int64_t account_id, struct identitas *out)
{
	return akun_sql_identitas_get(s, account_id, out);
}

int
identitas_simpan(struct store *s, const struct account *who, const char *addr,
    const struct identitas_isian *in, time_t now, struct field_errs *errs)
{
	struct identitas v;
	struct audit au;

	memset(&v, 0, sizeof(v));
	if (text_check(s0(in->tempat_lahir), 0, 60, 0) != NULL)
		field_err_add(errs, "tempat_lahir", msg(M_IDT_TEMPAT));
	if (!tanggal_lahir_ok(s0(in->tanggal_lahir), now))
		field_err_add(errs, "tanggal_lahir", msg(M_IDT_TANGGAL));
	if (strcmp(s0(in->jenis_kelamin), "") != 0 &&
	    strcmp(s0(in->jenis_kelamin), "L") != 0 &&
	    strcmp(s0(in->jenis_kelamin), "P") != 0)
		field_err_add(errs, "jenis_kelamin", msg(M_IDT_PILIHAN));
	if (!pilihan(s0(in->agama), identitas_agama))
		field_err_add(errs, "agama", msg(M_IDT_PILIHAN));
	if (text_check(s0(in->pekerjaan), 0, 100, 0) != NULL)
		field_err_add(errs, "pekerjaan", msg(M_IDT_PEKERJAAN));
	if (!pilihan(s0(in->status_perkawinan), identitas_perkawinan))
		field_err_add(errs, "status_perkawinan", msg(M_IDT_PILIHAN));
	if (strcmp(s0(in->kewarganegaraan), "WNI") != 0 &&
	    strcmp(s0(in->kewarganegaraan), "WNA") != 0)
		field_err_add(errs, "kewarganegaraan", msg(M_IDT_PILIHAN));
	if (text_check(s0(in->alamat), 0, 200, 0) != NULL)
		field_err_add(errs, "alamat", msg(M_IDT_ALAMAT));
	if ((v.rt = rt_rw(s0(in->rt))) == -2)
		field_err_add(errs, "rt", msg(M_IDT_RT_RW));
	if ((v.rw = rt_rw(s0(in->rw))) == -2)
		field_err_add(errs, "rw", msg(M_IDT_RT_RW));
	if (errs->n > 0)
		return -1;
	snprintf(v.tempat_lahir, sizeof(v.tempat_lahir), "%s",
	    s0(in->tempat_lahir));
	snprintf(v.tanggal_lahir, sizeof(v.tanggal_lahir), "%s",
	    s0(in->tanggal_lahir));
	snprintf(v.jenis_kelamin, sizeof(v.jenis_kelamin), "%s",
	    s0(in->jenis_kelamin));
	snprintf(v.agama, sizeof(v.agama), "%s", s0(in->agama));
	snprintf(v.pekerjaan, sizeof(v.pekerjaan), "%s", s0(in->pekerjaan));
	snprintf(v.status_perkawinan, sizeof(v.status_perkawinan), "%s",
	    s0(in->status_perkawinan));
	snprintf(v.kewarganegaraan, sizeof(v.kewarganegaraan), "%s",
	    s0(in->kewarganegaraan));
	snprintf(v.alamat, sizeof(v.alamat), "%s", s0(in->alamat));
	memset(&au, 0, sizeof(au));
	au.actor_id = who->id;
	au.role = "warga";
	au.action = "akun.identitas";
	au.object_type = "akun";
	au.object_id = who->username;
	au.addr = s0(addr);
	if (store_begin(s) != 0)
		return -2;
	if (akun_sql_identitas_set(s, who->id, &v, (int64_t)now) != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -2;
	}
	return 0;
}

int
nip_normalise(const char *in, char out[19])
{
	char d[19];
	size_t n = 0;
	int y, m, dd, ty, tm;
	char tgl[11];

	*out = '\0';
	for (; *in != '\0'; in++) {
		if (*in == ' ' || *in == '.')
			continue;
		if (*in < '0' || *in > '9' || n == 18)
			return -1;
		d[n++] = *in;
	}
	if (n == 0)
		return 0;
	if (n != 18)
		return -1;
	d[18] = '\0';
	/* YYYYMMDD birth date, YYYYMM appointment, 1 or 2, sequence */
	snprintf(tgl, sizeof(tgl), "%.4s-%.2s-%.2s", d, d + 4, d + 6);
	if (date_parse(tgl, &y, &m, &dd) != 0 || y < 1900)
		return -1;
	ty = (d[8] - '0') * 1000 + (d[9] - '0') * 100 + (d[10] - '0') * 10 +
	    d[11] - '0';
	tm = (d[12] - '0') * 10 + d[13] - '0';
	if (ty < y + 15 || tm < 1 || tm > 12 || (d[14] != '1' && d[14] != '2'))
		return -1;
	memcpy(out, d, 19);
	return 0;
}

int
nip_get(struct store *s, int64_t account_id, char out[19])
{
	return akun_sql_nip_get(s, account_id, out);
}

int
nip_set(struct store *s, const struct account *actor, const struct account *t,
    const char *nip, const char *addr)
{
	struct audit au;
	char old[19] = "", note[64];

	if (!account_may_admin(actor, t->unit_id) || t->unit_id == 0)
		return 1;
	if (akun_sql_nip_get(s, t->id, old) != 0)
		return -1;
	snprintf(note, sizeof(note), "%s -> %s", *old ? old : "-",
	    *nip ? nip : "-");
	memset(&au, 0, sizeof(au));
	au.actor_id = actor->id;
	au.role = (actor->roles & ROLE_SUPERADMIN) ? "superadmin" : "admin";
	au.unit_id = actor->unit_id;
	au.action = "akun.nip";
	au.object_type = "akun";
	au.object_id = t->username;
	au.note = note;
	au.addr = s0(addr);
	if (store_begin(s) != 0)
		return -1;
	if (akun_sql_nip_set(s, t->id, nip) != 0 || audit_write(s, &au) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}
