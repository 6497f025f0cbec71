/* akses.c: record staff reads of citizens' data, list and dispute them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/str.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "mod/akun/account.h"
#include "akses.h"
#include "sql.h"
#include "mod/audit/audit.h"
#include "mod/kasus/kasus.h"

const struct akses_tujuan akses_tujuan[] = {
	{ "pengawasan", "Pengawasan internal (Inspektorat)" },
	{ "pengaduan", "Tindak lanjut pengaduan masyarakat" },
	{ "kinerja", "Evaluasi kinerja pelayanan" },
	{ "permintaan_pemohon", "Atas permintaan pemohon sendiri" },
	{ "tindak_lanjut", "Tindak lanjut oleh unit yang pernah menangani" },
	{ NULL, NULL }
};

const char *
akses_tujuan_label(const char *code)
{
	int i;

	if (code == NULL)
		return NULL;
	for (i = 0; akses_tujuan[i].code != NULL; i++)
		if (strcmp(akses_tujuan[i].code, code) == 0)
			return akses_tujuan[i].label;
	return NULL;
}

/* The first staff role of an account, as the audit names it. */
static const char *
first_role(const struct account *who)
{
	unsigned bit;

	for (bit = ROLE_OPERATOR; bit <= ROLE_LAST; bit <<= 1)
		if (who->roles & bit)
			return role_name(bit);
	return "";
}

int
akses_record(struct store *s, const struct account *reader, int64_t subjek_id,
    const char *objek_type, const char *objek_id, const char *tujuan,
    const char *addr, time_t now)
{
	char action[48];

	if (reader->id == subjek_id)
		return 0;
	snprintf(action, sizeof(action), "%s.baca", objek_type);
	if (store_begin(s) != 0)
		return -1;
	if (audit_write(s,
		&(struct audit){ .actor_id = reader->id,
		    .role = first_role(reader),
		    .unit_id = reader->unit_id,
		    .action = action,
		    .object_type = objek_type,
		    .object_id = objek_id,
		    .note = tujuan,
		    .addr = addr }) != 0 ||
	    akses_sql_insert(s, now, subjek_id, reader->id, reader->unit_id,
		objek_type, objek_id, tujuan) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
akses_list(struct store *s, int64_t subjek_id, int max, struct akses_row **rows)
{
	return akses_sql_list(s, subjek_id, max, rows);
}

int
akses_dispute(struct store *s, const struct account *citizen, int64_t akses_id,
    const char *alasan, const char *addr, time_t now, char *kasus,
    size_t kasuslen)
{
	struct akses_sql_entry e;
	char *judul = NULL, *ringkasan = NULL, no[32] = "", obj[128] = "";
	int64_t kid, unit = 0, disputed = 0;
	int found;

	found = akses_sql_entry(s, akses_id, citizen->id, &e);
	if (found < 0)
		return -3;
	if (found) {
		disputed = e.kasus_id;
		unit = e.unit_id;
		str_field(obj, sizeof(obj), e.obj);
		judul = xasprintf("Sengketa akses data: %s", obj);
		ringkasan = xasprintf(
		    "Warga %s (NIK %s) menyengketakan akses"
		    " oleh %s pada %s WIB atas %s dengan tujuan \"%s\"."
		    " Alasan warga: %s",
		    citizen->full_name, citizen->nik, e.pembaca, e.waktu, obj,
		    e.tujuan, alasan);
		akses_sql_entry_clear(&e);
	}
	if (!found)
		return -1;
	if (disputed != 0) {
		free(judul);
		free(ringkasan);
		return -2;
	}
	if (store_begin(s) != 0)
		goto fail;
	kid = kasus_open(s, KASUS_SENGKETA_AKSES, "akses_data", obj, unit,
	    judul, ringkasan, citizen->id, now, no, sizeof(no));
	if (kid == 0 || akses_sql_link_kasus(s, akses_id, kid) != 0 ||
	    store_changes(s) != 1 ||
	    audit_write(s,
		&(struct audit){ .actor_id = citizen->id,
		    .role = "warga",
		    .action = "akses.sengketa",
		    .object_type = "akses_data",
		    .object_id = no,
		    .note = obj,
		    .addr = addr }) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		goto fail;
	}
	free(judul);
	free(ringkasan);
	if (kasus != NULL && kasuslen > 0)
		str_field(kasus, kasuslen, no);
	return 0;
fail:
	free(judul);
	free(ringkasan);
	return -3;
}
