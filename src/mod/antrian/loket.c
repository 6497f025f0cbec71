/*
 * loket.c: what an officer does at a counter: call the next ticket,
 * recall, start, finish, no-show, cancel, transfer, pause (antrian.h).
 * Each change is one transaction with its audit event; a refusal
 * writes nothing.
 */
#include <stdio.h>
#include <string.h>

#include "lib/str.h"
#include "lib/utf8.h"
#include "lib/when.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "mod/notifikasi/notify.h"
#include "mod/survei/survei.h"
#include "antrian.h"
#include "aturan.h"
#include "kait.h"
#include "sql.h"

int
antrian_may_serve(struct store *s, const struct account *a,
    const struct antrian_loket *l)
{
	if (a == NULL || !(a->roles & ROLE_PETUGAS_LOKET))
		return 0;
	if (l->unit_id != 0 && a->unit_id == l->unit_id)
		return 1;
	return antrian_sql_petugas(s, l->id, a->id) == 1;
}

/* The site and the counter, with the actor's right to work there. */
static enum antrian_err
loket_open(struct store *s, const struct account *a, const char *lokasi,
    int nomor, struct antrian_lokasi *lok, struct antrian_loket *l)
{
	int rc;

	if (lokasi == NULL || *lokasi == '\0' || strlen(lokasi) > 32 ||
	    nomor < 1 || nomor > 999)
		return ANTRIAN_E_INPUT;
	if ((rc = antrian_sql_lokasi(s, lokasi, lok)) != 0)
		return rc > 0 ? ANTRIAN_E_LOKASI : ANTRIAN_E_STORE;
	if ((rc = antrian_sql_loket(s, lok->id, nomor, l)) != 0)
		return rc > 0 ? ANTRIAN_E_LOKET : ANTRIAN_E_STORE;
	if (!antrian_may_serve(s, a, l))
		return ANTRIAN_E_WEWENANG;
	return ANTRIAN_OK;
}

/* Audit one officer's change of ticket t (inside the transaction). */
static int
audit_tiket(struct store *s, const struct account *a, const char *addr,
    const char *action, const struct antrian_tiket *t, const char *from,
    const char *note)
{
	struct audit au;

	memset(&au, 0, sizeof(au));
	au.actor_id = a->id;
	au.role = "petugas_loket";
	au.unit_id = a->unit_id;
	au.action = action;
	au.object_type = "antrian_tiket";
	au.object_id = t->nomor;
	au.from_state = from;
	au.to_state = t->status;
	au.note = note;
	au.addr = addr != NULL ? addr : "";
	return audit_write(s, &au);
}

/*
 * A call moved the line of t's service: remind the holders of the first
 * ANTRIAN_INGAT_DEPAN + 1 waiting tickets who booked online (in-app, and
 * through their verified contacts: event "antrian.giliran"), once per
 * ticket, in the caller's transaction.  0 or -1.
 */
static int
ingatkan(struct store *s, const struct antrian_tiket *t, time_t now)
{
	struct antrian_ingat in;
	char text[1024], link[64];
	int i;

	if (antrian_sql_ingat(s, t->lokasi_id, t->layanan_id, t->tanggal,
		ANTRIAN_INGAT_DEPAN + 1, &in) != 0)
		return -1;
	for (i = 0; i < in.n; i++) {
		const struct antrian_ingat_tiket *x = &in.t[i];

		if (x->di_depan == 0)
			snprintf(text, sizeof(text),
			    "Nomor antrean %s (%s): Anda berikutnya."
			    " Mohon bersiap di dekat loket.",
			    x->nomor, t->layanan_nama);
		else
			snprintf(text, sizeof(text),
			    "Nomor antrean %s (%s): tinggal %d orang di"
			    " depan Anda. Mohon bersiap di dekat loket.",
			    x->nomor, t->layanan_nama, x->di_depan);
		snprintf(link, sizeof(link), "/antrian/tiket/%s", x->kode);
		if (notify_account_event(s, x->account_id, "antrian.giliran",
			text, link) != 0 ||
		    antrian_sql_ingat_set(s, x->tiket_id, (int64_t)now) != 0)
			return -1;
	}
	return 0;
}

enum antrian_err
antrian_panggil(struct store *s, const struct account *a, const char *addr,
    const char *lokasi, int nomor, time_t now, struct antrian_tiket *t)
{
	struct antrian_lokasi lok;
	struct antrian_loket l;
	struct antrian_tiket cur;
	char tanggal[11], note[48];
	enum antrian_err e;
	int64_t id, prio;
	int dulu, rc;

	memset(t, 0, sizeof(*t));
	if ((e = loket_open(s, a, lokasi, nomor, &lok, &l)) != ANTRIAN_OK)
		return e;
	if (l.jeda[0] != '\0')
		return ANTRIAN_E_JEDA;
	antrian_tanggal(now, tanggal);
	if (store_begin(s) != 0)
		return ANTRIAN_E_STORE;
	e = ANTRIAN_E_STORE;
	prio = antrian_sql_prio_terakhir(s, l.id,
	    when_wib_day_start(when_wib_day((int64_t)now)));
	if (prio < 0)
		goto fail;
	dulu = antrian_prio_dulu((int)prio);
	id = antrian_sql_next(s, lok.id, tanggal, l.id, dulu);
	if (id == 0)
		id = antrian_sql_next(s, lok.id, tanggal, l.id, !dulu);
	if (id < 0)
		goto fail;
	if (id == 0) {
		e = ANTRIAN_E_KOSONG;
		goto fail;
	}
	if ((rc = antrian_sql_loket_tiket(s, l.id, tanggal, &cur)) < 0)
		goto fail;
	if (rc == 0) {
		e = ANTRIAN_E_SIBUK;
		goto fail;
	}
	if (antrian_sql_tiket_id(s, id, t) != 0)
		goto fail;
	snprintf(t->status, sizeof(t->status), "dipanggil");
	t->loket_id = l.id;
	t->loket_nomor = l.nomor;
	t->panggil_n = 1;
	t->dipanggil_at = (int64_t)now;
	snprintf(note, sizeof(note), "loket %d", l.nomor);
	if (antrian_sql_tiket_set(s, t, "menunggu") != 0 ||
	    antrian_sql_panggilan_add(s, t, l.nomor, 0, now) != 0 ||
	    ingatkan(s, t, now) != 0 ||
	    audit_tiket(s, a, addr, "antrian.panggil", t, "menunggu", note) !=
		0 ||
	    store_commit(s) != 0)
		goto fail;
	return ANTRIAN_OK;
fail:
	store_rollback(s);
	memset(t, 0, sizeof(*t));
	return e;
}

enum antrian_aksi
antrian_aksi_parse(const char *s)
{
	static const struct {
		const char *name;
		enum antrian_aksi a;
	} names[] = { { "ulang", ANTRIAN_ULANG }, { "mulai", ANTRIAN_MULAI },
		{ "selesai", ANTRIAN_SELESAI },
		{ "tidak_hadir", ANTRIAN_TIDAK_HADIR },
		{ "batal", ANTRIAN_BATAL }, { "alih", ANTRIAN_ALIH } };
	size_t i;

	for (i = 0; s != NULL && i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i].name) == 0)
			return names[i].a;
	return 0;
}

static const char *
aksi_name(enum antrian_aksi a)
{
	switch (a) {
	case ANTRIAN_ULANG:
		return "antrian.ulang";
	case ANTRIAN_MULAI:
		return "antrian.mulai";
	case ANTRIAN_SELESAI:
		return "antrian.selesai";
	case ANTRIAN_TIDAK_HADIR:
		return "antrian.tidak_hadir";
	case ANTRIAN_BATAL:
		return "antrian.batal";
	case ANTRIAN_ALIH:
		return "antrian.alih";
	}
	return "antrian.?";
}

/*
 * The new state of t under action x at counter l, checked (ALIH sets the
 * target in *t).  OK, or why not; t unchanged on a refusal.
 */
static enum antrian_err
transisi(struct store *s, const struct antrian_loket *l,
    struct antrian_tiket *t, enum antrian_aksi x, int ke_loket,
    const char *ke_layanan, time_t now, char *note, size_t notelen)
{
	const char *st = t->status;
	int here = t->loket_id == l->id, serves, rc;
	struct antrian_loket to;
	struct antrian_layanan lay;

	serves = antrian_sql_loket_serves(s, l->id, t->layanan_id);
	if (serves < 0)
		return ANTRIAN_E_STORE;
	/* whose ticket: called or served here, or waiting for this counter */
	if (strcmp(st, "dipanggil") == 0 || strcmp(st, "dilayani") == 0) {
		if (!here)
			return ANTRIAN_E_LOKET_LAIN;
	} else if (strcmp(st, "menunggu") == 0) {
		if (!(here || (t->loket_id == 0 && serves)))
			return ANTRIAN_E_LOKET_LAIN;
	} else {
		return ANTRIAN_E_STATUS;
	}
	switch (x) {
	case ANTRIAN_ULANG:
		if (strcmp(st, "dipanggil") != 0)
			return ANTRIAN_E_STATUS;
		t->panggil_n++; /* dipanggil_at stays the first call */
		return ANTRIAN_OK;
	case ANTRIAN_MULAI:
		if (strcmp(st, "dipanggil") != 0)
			return ANTRIAN_E_STATUS;
		snprintf(t->status, sizeof(t->status), "dilayani");
		t->dilayani_at = (int64_t)now;
		return ANTRIAN_OK;
	case ANTRIAN_SELESAI:
		if (strcmp(st, "dilayani") != 0)
			return ANTRIAN_E_STATUS;
		snprintf(t->status, sizeof(t->status), "selesai");
		t->selesai_at = (int64_t)now;
		return ANTRIAN_OK;
	case ANTRIAN_TIDAK_HADIR:
		if (strcmp(st, "dipanggil") != 0)
			return ANTRIAN_E_STATUS;
		if (t->panggil_n < ANTRIAN_PANGGIL_MIN)
			return ANTRIAN_E_HADIR;
		snprintf(t->status, sizeof(t->status), "tidak_hadir");
		t->selesai_at = (int64_t)now;
		return ANTRIAN_OK;
	case ANTRIAN_BATAL:
		if (strcmp(st, "dilayani") == 0)
			return ANTRIAN_E_STATUS;
		snprintf(t->status, sizeof(t->status), "batal");
		t->selesai_at = (int64_t)now;
		return ANTRIAN_OK;
	case ANTRIAN_ALIH:
		if (strcmp(st, "menunggu") == 0)
			return ANTRIAN_E_STATUS;
		if ((ke_loket > 0) == (ke_layanan != NULL && *ke_layanan))
			return ANTRIAN_E_ALIH;
		if (ke_loket > 0) {
			if (ke_loket == l->nomor)
				return ANTRIAN_E_ALIH;
			rc = antrian_sql_loket(s, l->lokasi_id, ke_loket, &to);
			if (rc < 0)
				return ANTRIAN_E_STORE;
			if (rc > 0 ||
			    (rc = antrian_sql_loket_serves(s, to.id,
				 t->layanan_id)) == 0)
				return ANTRIAN_E_ALIH;
			if (rc < 0)
				return ANTRIAN_E_STORE;
			t->loket_id = to.id;
			t->loket_nomor = to.nomor;
			snprintf(note, notelen, "ke loket %d", to.nomor);
		} else {
			if (strlen(ke_layanan) > ANTRIAN_KODE_MAX)
				return ANTRIAN_E_ALIH;
			rc = antrian_sql_layanan(s, l->lokasi_id, ke_layanan,
			    &lay);
			if (rc < 0)
				return ANTRIAN_E_STORE;
			if (rc > 0 || lay.id == t->layanan_id)
				return ANTRIAN_E_ALIH;
			t->layanan_id = lay.id;
			t->loket_id = 0;
			t->loket_nomor = 0;
			snprintf(note, notelen, "ke layanan %s", lay.kode);
		}
		/* back in line, keeping its check-in time (its place) */
		snprintf(t->status, sizeof(t->status), "menunggu");
		t->panggil_n = 0;
		t->dipanggil_at = t->dilayani_at = 0;
		return ANTRIAN_OK;
	}
	return ANTRIAN_E_INPUT;
}

/*
 * Ticket t has just been served to the end (selesai): invite its holder
 * to the satisfaction survey about its service and unit, in the caller's
 * transaction, unless it is bound to an application (which gets its own
 * invitation when it is finished) or served by an outside agency or for
 * a service outside the catalog.  A booking's account is also told
 * in-app and on its verified contacts.  0 or -1.
 */
static int
undang_survei(struct store *s, const struct antrian_tiket *t, time_t now)
{
	int64_t unit_id, layanan_id, account_id;
	char text[1024], link[96];
	int rc;

	if (t->permohonan_id != 0)
		return 0;
	rc = antrian_sql_survei_sasaran(s, t->id, &unit_id, &layanan_id,
	    &account_id);
	if (rc != 0)
		return rc > 0 ? 0 : -1;
	if (survei_undang_tiket(s, t->kode, t->nomor, unit_id, layanan_id,
		now) != 0)
		return -1;
	if (account_id == 0)
		return 0;
	snprintf(text, sizeof(text),
	    "Layanan %s (antrean %s) telah selesai. Mohon luangkan waktu dua"
	    " menit untuk mengisi Survei Kepuasan Masyarakat atas layanan ini.",
	    t->layanan_nama, t->nomor);
	snprintf(link, sizeof(link), "/survei/tiket/%s", t->kode);
	return notify_account(s, account_id, text, link);
}

enum antrian_err
antrian_act(struct store *s, const struct account *a, const char *addr,
    const char *lokasi, int nomor, const char *tnomor, enum antrian_aksi x,
    int ke_loket, const char *ke_layanan, time_t now, struct antrian_tiket *out)
{
	struct antrian_lokasi lok;
	struct antrian_loket l;
	struct antrian_tiket t;
	char tanggal[11], old[12], note[64];
	enum antrian_err e;
	int rc;

	if (out != NULL)
		memset(out, 0, sizeof(*out));
	if (x < ANTRIAN_ULANG || x > ANTRIAN_ALIH || tnomor == NULL ||
	    *tnomor == '\0' || strlen(tnomor) >= ANTRIAN_NOMOR_MAX)
		return ANTRIAN_E_INPUT;
	if ((e = loket_open(s, a, lokasi, nomor, &lok, &l)) != ANTRIAN_OK)
		return e;
	antrian_tanggal(now, tanggal);
	if (store_begin(s) != 0)
		return ANTRIAN_E_STORE;
	e = ANTRIAN_E_STORE;
	if ((rc = antrian_sql_tiket_nomor(s, lok.id, tanggal, tnomor, &t)) !=
	    0) {
		if (rc > 0)
			e = ANTRIAN_E_TIKET;
		goto fail;
	}
	snprintf(old, sizeof(old), "%s", t.status);
	snprintf(note, sizeof(note), "loket %d", l.nomor);
	if ((e = transisi(s, &l, &t, x, ke_loket, ke_layanan, now, note,
		 sizeof(note))) != ANTRIAN_OK)
		goto fail;
	e = ANTRIAN_E_STORE;
	if ((rc = antrian_sql_tiket_set(s, &t, old)) != 0) {
		if (rc > 0)
			e = ANTRIAN_E_STATUS;
		goto fail;
	}
	if (x == ANTRIAN_ULANG &&
	    antrian_sql_panggilan_add(s, &t, l.nomor, 1, now) != 0)
		goto fail;
	if (x == ANTRIAN_SELESAI && undang_survei(s, &t, now) != 0)
		goto fail;
	if (audit_tiket(s, a, addr, aksi_name(x), &t, old, note) != 0 ||
	    store_commit(s) != 0)
		goto fail;
	if (out != NULL)
		*out = t;
	return ANTRIAN_OK;
fail:
	store_rollback(s);
	return e;
}

enum antrian_err
antrian_kait(struct store *s, const struct account *a, const char *addr,
    const char *lokasi, int nomor, const char *tnomor, const char *permohonan,
    time_t now, struct antrian_tiket *out)
{
	struct antrian_lokasi lok;
	struct antrian_loket l;
	struct antrian_tiket t;
	char tanggal[11], note[96];
	enum antrian_err e;
	int64_t pid;
	int rc;

	if (out != NULL)
		memset(out, 0, sizeof(*out));
	if (tnomor == NULL || *tnomor == '\0' ||
	    strlen(tnomor) >= ANTRIAN_NOMOR_MAX)
		return ANTRIAN_E_INPUT;
	if ((e = loket_open(s, a, lokasi, nomor, &lok, &l)) != ANTRIAN_OK)
		return e;
	antrian_tanggal(now, tanggal);
	if ((rc = antrian_sql_tiket_nomor(s, lok.id, tanggal, tnomor, &t)) != 0)
		return rc > 0 ? ANTRIAN_E_TIKET : ANTRIAN_E_STORE;
	if (t.loket_id != l.id)
		return ANTRIAN_E_LOKET_LAIN;
	if (strcmp(t.status, "dipanggil") != 0 &&
	    strcmp(t.status, "dilayani") != 0)
		return ANTRIAN_E_STATUS;
	if ((e = antrian_permohonan_cek(s, a, permohonan, t.layanan_kode, 0,
		 &pid)) != ANTRIAN_OK)
		return e;
	snprintf(note, sizeof(note), "permohonan %s", permohonan);
	if (store_begin(s) != 0)
		return ANTRIAN_E_STORE;
	if (antrian_sql_tiket_permohonan(s, t.id, pid) != 0 ||
	    audit_tiket(s, a, addr, "antrian.kait", &t, t.status, note) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return ANTRIAN_E_STORE;
	}
	t.permohonan_id = pid;
	snprintf(t.permohonan_nomor, sizeof(t.permohonan_nomor), "%s",
	    permohonan);
	if (out != NULL)
		*out = t;
	return ANTRIAN_OK;
}

enum antrian_err
antrian_jeda(struct store *s, const struct account *a, const char *addr,
    const char *lokasi, int nomor, const char *alasan, time_t now)
{
	struct antrian_lokasi lok;
	struct antrian_loket l;
	struct audit au;
	char id[48];
	const char *p;
	enum antrian_err e;

	(void)now;
	if (alasan == NULL)
		alasan = "";
	if (!utf8_valid(alasan, strlen(alasan)) ||
	    utf8_chars(alasan) > ANTRIAN_JEDA_MAX)
		return ANTRIAN_E_INPUT;
	for (p = alasan; *p; p++)
		if ((unsigned char)*p < 0x20)
			return ANTRIAN_E_INPUT;
	if ((e = loket_open(s, a, lokasi, nomor, &lok, &l)) != ANTRIAN_OK)
		return e;
	snprintf(id, sizeof(id), "%s/%d", lok.kode, l.nomor);
	memset(&au, 0, sizeof(au));
	au.actor_id = a->id;
	au.role = "petugas_loket";
	au.unit_id = a->unit_id;
	au.action = *alasan ? "antrian.jeda" : "antrian.buka";
	au.object_type = "antrian_loket";
	au.object_id = id;
	au.from_state = l.jeda[0] ? "jeda" : "buka";
	au.to_state = *alasan ? "jeda" : "buka";
	au.note = alasan;
	au.addr = addr != NULL ? addr : "";
	if (store_begin(s) != 0)
		return ANTRIAN_E_STORE;
	if (antrian_sql_loket_jeda(s, l.id, alasan) != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return ANTRIAN_E_STORE;
	}
	return ANTRIAN_OK;
}
