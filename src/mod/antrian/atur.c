/*
 * atur.c: the administrator's settings of a site and its services
 * (issue 16, "model as data"): name, address, cut-off, hours per day of
 * the week, and per service its quotas and whether it takes tickets.
 * Checked first, then one transaction with its audit event.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/utf8.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "antrian.h"
#include "sql.h"

/* A quota "0".."9999", or -1. */
static int
kuota(const char *s)
{
	size_t n = s != NULL ? strlen(s) : 0;

	if (n == 0 || n > 4 || strspn(s, "0123456789") != n)
		return -1;
	return atoi(s);
}

/* Check the hours of day d (0 Senin); fills errs. */
static void
hari_cek(const struct antrian_atur_lokasi *in, int d, struct field_errs *errs)
{
	const char *b = in->buka[d] ? in->buka[d] : "";
	const char *t = in->tutup[d] ? in->tutup[d] : "";
	char fb[24], ft[24];
	int mb, mt;

	snprintf(fb, sizeof(fb), "buka%d", d + 1);
	snprintf(ft, sizeof(ft), "tutup%d", d + 1);
	if (*b == '\0' && *t == '\0')
		return;
	if ((*b == '\0') != (*t == '\0')) {
		field_err_add(errs, *b == '\0' ? fb : ft,
		    msg(M_ANTRIAN_ATUR_JAM_PASANG));
		return;
	}
	mb = antrian_menit(b);
	mt = antrian_menit(t);
	if (mb < 0)
		field_err_add(errs, fb, msg(M_ANTRIAN_ATUR_JAM));
	if (mt < 0)
		field_err_add(errs, ft, msg(M_ANTRIAN_ATUR_JAM));
	if (mb >= 0 && mt >= 0 && mt <= mb)
		field_err_add(errs, ft, msg(M_ANTRIAN_ATUR_JAM_URUT));
}

static int
atur_audit(struct store *s, const struct account *actor, const char *addr,
    const char *action, const char *type, const char *id, const char *note)
{
	struct audit au;

	memset(&au, 0, sizeof(au));
	au.actor_id = actor->id;
	au.role = (actor->roles & ROLE_SUPERADMIN) ? "superadmin" : "admin";
	au.unit_id = actor->unit_id;
	au.action = action;
	au.object_type = type;
	au.object_id = id;
	au.note = note;
	au.addr = addr != NULL ? addr : "";
	return audit_write(s, &au);
}

enum antrian_err
antrian_lokasi_atur(struct store *s, const struct account *actor,
    const char *addr, const char *kode, const struct antrian_atur_lokasi *in,
    struct field_errs *errs)
{
	struct antrian_lokasi l;
	char note[256];
	int d, rc;

	if (!account_may_admin(actor, 0))
		return ANTRIAN_E_ADMIN;
	if ((rc = antrian_lokasi_get(s, kode, &l)) != 0)
		return rc > 0 ? ANTRIAN_E_LOKASI : ANTRIAN_E_STORE;
	if (text_check(in->nama, 2, 160, 0) != NULL)
		field_err_add(errs, "nama", msg(M_ANTRIAN_ATUR_NAMA));
	if (text_check(in->alamat, 0, 300, 0) != NULL)
		field_err_add(errs, "alamat", msg(M_ANTRIAN_ATUR_ALAMAT));
	if (in->batas != NULL && *in->batas != '\0' &&
	    antrian_menit(in->batas) < 0)
		field_err_add(errs, "batas", msg(M_ANTRIAN_ATUR_JAM));
	for (d = 0; d < 7; d++)
		hari_cek(in, d, errs);
	if (errs->n > 0)
		return ANTRIAN_E_INPUT;
	snprintf(l.nama, sizeof(l.nama), "%s", in->nama);
	snprintf(l.alamat, sizeof(l.alamat), "%s",
	    in->alamat ? in->alamat : "");
	snprintf(l.batas_ambil, sizeof(l.batas_ambil), "%s",
	    in->batas ? in->batas : "");
	l.jam_berlaku = in->jam_berlaku != 0;
	snprintf(note, sizeof(note), "jam %s, batas ambil %s",
	    l.jam_berlaku ? "berlaku" : "tidak berlaku",
	    *l.batas_ambil ? l.batas_ambil : "tidak ada");
	if (store_begin(s) != 0)
		return ANTRIAN_E_STORE;
	if (antrian_sql_lokasi_set(s, &l) != 0 ||
	    antrian_sql_jam_hapus(s, l.id) != 0)
		goto fail;
	for (d = 0; d < 7; d++)
		if (in->buka[d] != NULL && *in->buka[d] != '\0' &&
		    antrian_sql_jam_add(s, l.id, d + 1, in->buka[d],
			in->tutup[d]) != 0)
			goto fail;
	if (atur_audit(s, actor, addr, "antrian.atur_lokasi", "antrian_lokasi",
		l.kode, note) != 0 ||
	    store_commit(s) != 0)
		goto fail;
	return ANTRIAN_OK;
fail:
	store_rollback(s);
	return ANTRIAN_E_STORE;
}

enum antrian_err
antrian_layanan_atur(struct store *s, const struct account *actor,
    const char *addr, const char *lokasi, const char *layanan,
    const char *kuota_pagi, const char *kuota_siang, int aktif,
    struct field_errs *errs)
{
	struct antrian_lokasi l;
	struct antrian_layanan v;
	char id[2 * ANTRIAN_KODE_MAX + 2], note[160];
	int rc, kp, ks;

	if ((rc = antrian_lokasi_get(s, lokasi, &l)) != 0)
		return rc > 0 ? ANTRIAN_E_LOKASI : ANTRIAN_E_STORE;
	if (layanan == NULL || *layanan == '\0' ||
	    strlen(layanan) > ANTRIAN_KODE_MAX)
		return ANTRIAN_E_LAYANAN;
	if ((rc = antrian_sql_layanan_atur(s, l.id, layanan, 0, &v)) != 0)
		return rc > 0 ? ANTRIAN_E_LAYANAN : ANTRIAN_E_STORE;
	/* an outside agency (unit 0): only a superadmin */
	if (!account_may_admin(actor, v.unit_id))
		return ANTRIAN_E_ADMIN;
	if ((kp = kuota(kuota_pagi)) < 0)
		field_err_add(errs, "kuota_pagi", msg(M_ANTRIAN_ATUR_KUOTA));
	if ((ks = kuota(kuota_siang)) < 0)
		field_err_add(errs, "kuota_siang", msg(M_ANTRIAN_ATUR_KUOTA));
	if (errs->n > 0)
		return ANTRIAN_E_INPUT;
	snprintf(note, sizeof(note),
	    "kuota pagi %d -> %d, siang %d -> %d, %s -> %s", v.kuota_pagi, kp,
	    v.kuota_siang, ks, v.aktif ? "aktif" : "nonaktif",
	    aktif ? "aktif" : "nonaktif");
	snprintf(id, sizeof(id), "%s/%s", l.kode, v.kode);
	v.kuota_pagi = kp;
	v.kuota_siang = ks;
	v.aktif = aktif != 0;
	if (store_begin(s) != 0)
		return ANTRIAN_E_STORE;
	if (antrian_sql_layanan_set(s, &v) != 0 ||
	    atur_audit(s, actor, addr, "antrian.atur_layanan",
		"antrian_layanan", id, note) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return ANTRIAN_E_STORE;
	}
	return ANTRIAN_OK;
}

int
antrian_layanan_semua(struct store *s, int64_t lokasi_id,
    void (*fn)(void *, const struct antrian_layanan *), void *arg)
{
	return antrian_sql_layanan_semua(s, lokasi_id, 0, fn, arg);
}

int
antrian_lokasi_each(struct store *s,
    void (*fn)(void *, const char *kode, const char *nama), void *arg)
{
	return antrian_sql_lokasi_each(s, fn, arg);
}
