/* kait.c: binding a booking or a ticket to an application (kait.h). */
#include <string.h>

#include "mod/akun/account.h"
#include "mod/permohonan/permohonan.h"
#include "kait.h"

enum antrian_err
antrian_permohonan_cek(struct store *s, const struct account *a,
    const char *nomor, const char *layanan_kode, int milik, int64_t *id)
{
	struct permohonan_view v;
	int64_t pid;
	int ok;

	*id = 0;
	if (nomor == NULL || *nomor == '\0' || strlen(nomor) >= 64 || a == NULL)
		return ANTRIAN_E_PERMOHONAN;
	if ((pid = permohonan_id_nomor(s, nomor)) <= 0)
		return ANTRIAN_E_PERMOHONAN;
	if (permohonan_load(s, pid, &v) != 0)
		return ANTRIAN_E_STORE;
	ok = !v.row.draft && !v.row.terminal &&
	    strcmp(v.row.layanan_code, layanan_kode) == 0 &&
	    (milik ? v.pemohon_id == a->id : permohonan_visible(s, a, pid));
	permohonan_view_free(&v);
	if (!ok)
		return ANTRIAN_E_PERMOHONAN;
	*id = pid;
	return ANTRIAN_OK;
}
