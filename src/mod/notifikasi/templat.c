/* templat.c: message templates per event and channel (templat.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/utf8.h"
#include "mod/audit/audit.h"
#include "store/store.h"
#include "kanal.h"
#include "sql.h"
#include "templat.h"

const struct templat_event templat_events[] = {
	{ "permohonan.diterima", "Permohonan diterima (pemohon)" },
	{ "permohonan.baru", "Permohonan baru (petugas)" },
	{ "permohonan.menunggu",
	    "Permohonan/surat menunggu verifikasi atau"
	    " tanda tangan (petugas)" },
	{ "permohonan.perbaikan", "Permohonan perlu diperbaiki (pemohon)" },
	{ "permohonan.status",
	    "Status permohonan berubah, termasuk ditolak"
	    " (pemohon)" },
	{ "permohonan.selesai",
	    "Permohonan selesai dengan surat bertanda"
	    " tangan (pemohon)" },
	{ "permohonan.sla",
	    "Batas waktu tahap hampir atau sudah terlewati"
	    " (kepala unit)" },
	{ "pengaduan.diterima", "Pengaduan diterima (pelapor)" },
	{ "pengaduan.status",
	    "Pengaduan didisposisikan, ditanggapi, atau"
	    " diselesaikan (pelapor)" },
	{ "antrian.giliran",
	    "Giliran antrean MPP hampir tiba (pemegang tiket dari"
	    " pesanan daring)" },
	{ "sandi", "Kode pemulihan kata sandi" },
	{ "verifikasi", "Kode verifikasi kontak" },
	{ NULL, NULL },
};

int
templat_event_known(const char *name)
{
	const struct templat_event *e;

	for (e = templat_events; name != NULL && e->name != NULL; e++)
		if (strcmp(e->name, name) == 0)
			return 1;
	return 0;
}

char *
templat_render(const char *teks, const char *pesan, const char *tautan)
{
	struct buf b = BUF_INIT;
	const char *p;

	buf_init(&b, strlen(teks) + strlen(pesan) + strlen(tautan) + 1);
	for (p = teks; *p;) {
		if (strncmp(p, "{pesan}", 7) == 0) {
			buf_adds(&b, pesan);
			p += 7;
		} else if (strncmp(p, "{tautan}", 8) == 0) {
			buf_adds(&b, tautan);
			p += 8;
		} else
			buf_addc(&b, *p++);
	}
	buf_addc(&b, '\0');
	return buf_detach(&b, NULL);
}

int
templat_get(struct store *s, const char *event, const char *channel,
    char **teks, char **wa)
{
	return templat_sql_get(s, event, channel, teks, wa);
}

int
templat_save(struct store *s, const char *event, const char *channel,
    const char *teks, const char *wa, int64_t actor_id, const char *addr,
    time_t now, struct field_errs *fe)
{
	struct audit au;
	char what[96];

	if (!templat_event_known(event))
		field_err_add(fe, "event", msg(M_TEMPLAT_EVENT));
	if (kanal_from_name(channel) < 0)
		field_err_add(fe, "saluran", msg(M_TEMPLAT_SALURAN));
	if (teks == NULL || *teks == '\0' || strlen(teks) > 4 * TEMPLAT_MAX ||
	    !utf8_valid(teks, strlen(teks)) || utf8_chars(teks) > TEMPLAT_MAX ||
	    strstr(teks, "{pesan}") == NULL)
		field_err_add(fe, "teks", msg(M_TEMPLAT_TEKS));
	if (wa == NULL || strlen(wa) > 64 ||
	    strspn(wa, "abcdefghijklmnopqrstuvwxyz0123456789_") != strlen(wa))
		field_err_add(fe, "wa_template", msg(M_TEMPLAT_WA));
	if (fe->n > 0)
		return -1;
	snprintf(what, sizeof(what), "%s/%s", event, channel);
	memset(&au, 0, sizeof(au));
	au.actor_id = actor_id;
	au.action = "notifikasi.templat";
	au.object_type = "templat";
	au.object_id = what;
	au.addr = addr;
	if (store_begin(s) != 0)
		return -2;
	if (templat_sql_insert(s, event, channel, teks, wa, actor_id,
		(int64_t)now) != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -2;
	}
	return 0;
}
