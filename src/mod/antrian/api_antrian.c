/*
 * api_antrian.c: the queue's JSON API (doc/api.md "Antrean MPP").
 *
 * POST /api/v1/antrian/tiket   {"lokasi","layanan","prioritas"?}: a
 *	ticket; Bearer of a kiosk device: never throttled; otherwise
 *	throttled per address.  201 {"nomor","kode","di_depan",...}.
 * GET  /api/v1/antrian/tiket/{kode}: where a ticket stands.
 * POST /api/v1/antrian/panggil {"lokasi","loket"}: the counter officer
 *	calls the next ticket; 200 {"nomor",...}, 404 antrean_kosong.
 * POST /api/v1/antrian/aksi {"lokasi","loket","nomor","aksi",
 *	"ke_loket"?,"ke_layanan"?,"permohonan"?}: ulang, mulai, selesai,
 *	tidak_hadir, batal, alih; kait binds the ticket to application
 *	"permohonan" (its number).  The officer's answers carry the
 *	ticket's "permohonan" (number or null); the public ones do not.
 * POST /api/v1/antrian/jeda {"lokasi","loket","alasan"}: pause ("" opens).
 * POST /api/v1/antrian/pesan {"lokasi","layanan","tanggal","sesi",
 *	"permohonan"?}: a citizen's online booking, for one of their own
 *	open applications of that service when "permohonan" is given; GET /api/v1/antrian/pesan/{kode}: one's own.
 * POST /api/v1/antrian/pesan/{kode}/batal: the owner cancels it.
 * POST /api/v1/antrian/checkin {"kode"}: the booking becomes a ticket.
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "http/api.h"
#include "http/pages.h"
#include "mod/akun/account.h"
#include "antrian.h"
#include "aturan.h"
#include "ui.h"

static void
api_refuse(struct req *r, enum antrian_err e)
{
	api_error(r, antrian_err_status(e), antrian_err_kode(e),
	    antrian_err_pesan(e));
	if (e == ANTRIAN_E_BATAS)
		r->retry_after = 3600;
}

/* A string member, NULL when absent or not a string. */
static const char *
str_of(json_t *body, const char *key)
{
	return json_string_value(json_object_get(body, key));
}

/* An integer member 1..999 (a number or digits in a string), else 0. */
static int
num_of(json_t *body, const char *key)
{
	json_t *v = json_object_get(body, key);
	const char *s;
	int n = 0;

	if (json_is_integer(v)) {
		json_int_t i = json_integer_value(v);

		return i >= 1 && i <= 999 ? (int)i : 0;
	}
	if ((s = json_string_value(v)) == NULL || *s == '\0' || strlen(s) > 3)
		return 0;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return 0;
		n = n * 10 + (*s - '0');
	}
	return n;
}

/* The application a ticket is bound to: its number, or null. */
static json_t *
permohonan_json(const struct antrian_tiket *t)
{
	return t->permohonan_id ? json_string(t->permohonan_nomor)
				: json_null();
}

static json_t *
tiket_json(const struct antrian_tiket *t)
{
	return json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:b}", "nomor", t->nomor,
	    "kode", t->kode, "lokasi", t->lokasi_kode, "layanan",
	    t->layanan_kode, "tanggal", t->tanggal, "status", t->status,
	    "prioritas", t->prioritas);
}

void
api_antrian_tiket(struct req *r)
{
	struct antrian_ambil in;
	struct antrian_tiket t;
	enum antrian_err e;
	json_t *body, *out;
	int di_depan;

	if ((body = api_body(r)) == NULL)
		return;
	memset(&in, 0, sizeof(in));
	in.lokasi = str_of(body, "lokasi");
	in.layanan = str_of(body, "layanan");
	in.prioritas = json_is_true(json_object_get(body, "prioritas"));
	in.kios_token = r->bearer;
	in.addr = r->addr;
	e = antrian_ambil(r->store, &in, r->now, &t, &di_depan);
	json_decref(body);
	if (e != ANTRIAN_OK) {
		api_refuse(r, e);
		return;
	}
	out = tiket_json(&t);
	json_object_set_new(out, "di_depan", json_integer(di_depan));
	json_object_set_new(out, "nama_layanan", json_string(t.layanan_nama));
	api_send(r, 201, out);
}

void
api_antrian_tiket_get(struct req *r)
{
	struct antrian_tiket t;
	json_t *out;
	int di_depan, rc;

	rc = antrian_tiket_by_kode(r->store, r->captures[0], &t, &di_depan);
	if (rc != 0) {
		api_refuse(r, rc > 0 ? ANTRIAN_E_TIKET : ANTRIAN_E_STORE);
		return;
	}
	out = tiket_json(&t);
	json_object_set_new(out, "di_depan", json_integer(di_depan));
	json_object_set_new(out, "loket", json_integer(t.loket_nomor));
	api_send(r, 200, out);
}

void
api_antrian_panggil(struct req *r)
{
	struct antrian_tiket t;
	enum antrian_err e;
	json_t *body, *out;

	if ((body = api_body(r)) == NULL)
		return;
	e = antrian_panggil(r->store, r->user, r->addr, str_of(body, "lokasi"),
	    num_of(body, "loket"), r->now, &t);
	json_decref(body);
	if (e != ANTRIAN_OK) {
		api_refuse(r, e);
		return;
	}
	out = tiket_json(&t);
	json_object_set_new(out, "loket", json_integer(t.loket_nomor));
	json_object_set_new(out, "permohonan", permohonan_json(&t));
	api_send(r, 200, out);
}

void
api_antrian_aksi(struct req *r)
{
	struct antrian_tiket t;
	enum antrian_aksi x;
	enum antrian_err e;
	const char *aksi;
	json_t *body, *out;

	if ((body = api_body(r)) == NULL)
		return;
	aksi = str_of(body, "aksi");
	if (aksi != NULL && strcmp(aksi, "kait") == 0)
		e = antrian_kait(r->store, r->user, r->addr,
		    str_of(body, "lokasi"), num_of(body, "loket"),
		    str_of(body, "nomor"), str_of(body, "permohonan"), r->now,
		    &t);
	else if ((x = antrian_aksi_parse(aksi)) == 0)
		e = ANTRIAN_E_INPUT;
	else
		e = antrian_act(r->store, r->user, r->addr,
		    str_of(body, "lokasi"), num_of(body, "loket"),
		    str_of(body, "nomor"), x, num_of(body, "ke_loket"),
		    str_of(body, "ke_layanan"), r->now, &t);
	json_decref(body);
	if (e != ANTRIAN_OK) {
		api_refuse(r, e);
		return;
	}
	out = tiket_json(&t);
	json_object_set_new(out, "loket", json_integer(t.loket_nomor));
	json_object_set_new(out, "panggil", json_integer(t.panggil_n));
	json_object_set_new(out, "permohonan", permohonan_json(&t));
	api_send(r, 200, out);
}

void
api_antrian_jeda(struct req *r)
{
	enum antrian_err e;
	json_t *body;
	const char *alasan;
	int loket;

	if ((body = api_body(r)) == NULL)
		return;
	alasan = str_of(body, "alasan");
	loket = num_of(body, "loket");
	e = antrian_jeda(r->store, r->user, r->addr, str_of(body, "lokasi"),
	    loket, alasan, r->now);
	if (e != ANTRIAN_OK) {
		json_decref(body);
		api_refuse(r, e);
		return;
	}
	api_send(r, 200,
	    json_pack("{s:i,s:b,s:s}", "loket", loket, "jeda",
		alasan != NULL && *alasan != '\0', "alasan",
		alasan != NULL ? alasan : ""));
	json_decref(body);
}

/* The check-in window of a booking as {"mulai","selesai"} "HH:MM" WIB. */
static json_t *
jendela_json(const char *sesi)
{
	int m = antrian_sesi_mulai(sesi), a, b;
	char x[8], y[8];

	a = m - ANTRIAN_CHECKIN_SEBELUM;
	b = m + ANTRIAN_CHECKIN_SESUDAH;
	snprintf(x, sizeof(x), "%02d:%02d", (a / 60) % 24, a % 60);
	snprintf(y, sizeof(y), "%02d:%02d", (b / 60) % 24, b % 60);
	return json_pack("{s:s,s:s}", "mulai", x, "selesai", y);
}

static json_t *
pesan_json(const struct antrian_pesanan *p)
{
	json_t *v = json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:s}", "kode", p->kode,
	    "lokasi", p->lokasi_kode, "layanan", p->layanan_kode, "tanggal",
	    p->tanggal, "sesi", p->sesi, "status", p->status, "nik",
	    "************");

	/* only the last 4 digits of the NIK are kept */
	if (v != NULL) {
		char nik[17];

		snprintf(nik, sizeof(nik), "************%s", p->nik4);
		json_object_set_new(v, "nik", json_string(nik));
		json_object_set_new(v, "checkin", jendela_json(p->sesi));
		json_object_set_new(v, "permohonan",
		    p->permohonan_id ? json_string(p->permohonan_nomor)
				     : json_null());
	}
	return v;
}

void
api_antrian_pesan(struct req *r)
{
	struct antrian_pesanan p;
	enum antrian_err e;
	json_t *body;

	if ((body = api_body(r)) == NULL)
		return;
	e = antrian_pesan_buat(r->store, r->app->secret, r->user,
	    str_of(body, "lokasi"), str_of(body, "layanan"),
	    str_of(body, "tanggal"), str_of(body, "sesi"),
	    str_of(body, "permohonan"), r->addr, r->now, &p);
	json_decref(body);
	if (e != ANTRIAN_OK) {
		api_refuse(r, e);
		return;
	}
	api_send(r, 201, pesan_json(&p));
}

void
api_antrian_pesan_get(struct req *r)
{
	struct antrian_pesanan p;
	int rc = antrian_pesan_get(r->store, r->captures[0], &p);

	/* one's own bookings only; another's reads as unknown */
	if (rc == 0 && (r->user == NULL || p.account_id != r->who.id))
		rc = 1;
	if (rc != 0) {
		api_refuse(r, rc > 0 ? ANTRIAN_E_PESANAN : ANTRIAN_E_STORE);
		return;
	}
	api_send(r, 200, pesan_json(&p));
}

void
api_antrian_checkin(struct req *r)
{
	struct antrian_tiket t;
	enum antrian_err e;
	json_t *body, *out;
	int di_depan;

	if ((body = api_body(r)) == NULL)
		return;
	e = antrian_checkin(r->store, str_of(body, "kode"), r->bearer, r->addr,
	    r->now, &t, &di_depan);
	json_decref(body);
	if (e != ANTRIAN_OK) {
		api_refuse(r, e);
		return;
	}
	out = tiket_json(&t);
	json_object_set_new(out, "di_depan", json_integer(di_depan));
	api_send(r, 201, out);
}

void
api_antrian_pesan_batal(struct req *r)
{
	struct antrian_pesanan p;
	enum antrian_err e;

	e = antrian_pesan_batal(r->store, r->user, r->captures[0], r->addr,
	    r->now);
	if (e == ANTRIAN_OK &&
	    antrian_pesan_get(r->store, r->captures[0], &p) != 0)
		e = ANTRIAN_E_STORE;
	if (e != ANTRIAN_OK) {
		api_refuse(r, e);
		return;
	}
	api_send(r, 200, pesan_json(&p));
}
