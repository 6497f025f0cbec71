/* usaha.c: the business identity on an account (usaha.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/utf8.h"
#include "mod/akun/account.h"
#include "mod/audit/audit.h"
#include "store/store.h"
#include "kbli.h"
#include "sql.h"
#include "usaha.h"

const char *
usaha_err_text(enum usaha_err e)
{
	switch (e) {
	case USAHA_OK:
		return "";
	case USAHA_BAD_NIB:
		return msg(M_USAHA_BAD_NIB);
	case USAHA_BAD_NPWP:
		return msg(M_USAHA_BAD_NPWP);
	case USAHA_BAD_NAMA:
		return msg(M_USAHA_BAD_NAMA);
	case USAHA_BAD_KBLI:
		return msg(M_USAHA_BAD_KBLI);
	case USAHA_TOO_MANY_KBLI:
		return msg(M_USAHA_TOO_MANY_KBLI);
	case USAHA_NIB_TAKEN:
		return msg(M_USAHA_NIB_TAKEN);
	case USAHA_NOT_KUASA:
		return msg(M_USAHA_NOT_KUASA);
	case USAHA_UNKNOWN_ACCOUNT:
		return msg(M_USAHA_UNKNOWN_ACCOUNT);
	case USAHA_ALREADY_KUASA:
		return msg(M_USAHA_ALREADY_KUASA);
	case USAHA_STORE:
		break;
	}
	return msg(M_IZIN_STORE);
}

/* Keep the digits of s (dots, dashes and spaces allowed between them). */
static int
digits_only(char *s, size_t want1, size_t want2)
{
	size_t i, n = 0;

	for (i = 0; s[i] != '\0'; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			s[n++] = s[i];
		else if (s[i] != '.' && s[i] != '-' && s[i] != ' ')
			return 0;
	}
	s[n] = '\0';
	return n == want1 || n == want2;
}

/* A 5-digit code whose golongan pokok is in the KBLI 2020 list. */
static int
kbli_known(const char *code)
{
	char gp[3];
	size_t i;

	if (strlen(code) != 5)
		return 0;
	for (i = 0; i < 5; i++)
		if (code[i] < '0' || code[i] > '9')
			return 0;
	gp[0] = code[0];
	gp[1] = code[1];
	gp[2] = '\0';
	return kbli_get(kbli_versi(2020), gp) != NULL;
}

enum usaha_err
usaha_check(struct usaha *in, char bad_kbli[16])
{
	char out[sizeof(in->kbli)], *tok, *save = NULL, copy[sizeof(in->kbli)];
	size_t n = 0;

	if (bad_kbli != NULL)
		bad_kbli[0] = '\0';
	if (!digits_only(in->nib, 13, 13))
		return USAHA_BAD_NIB;
	if (!digits_only(in->npwp, 15, 16))
		return USAHA_BAD_NPWP;
	if (text_check(in->nama, 2, 200, 0) != NULL)
		return USAHA_BAD_NAMA;
	out[0] = '\0';
	snprintf(copy, sizeof(copy), "%s", in->kbli);
	for (tok = strtok_r(copy, " ,;\t\r\n", &save); tok != NULL;
	     tok = strtok_r(NULL, " ,;\t\r\n", &save)) {
		if (!kbli_known(tok)) {
			if (bad_kbli != NULL)
				snprintf(bad_kbli, 16, "%.15s", tok);
			return USAHA_BAD_KBLI;
		}
		if (strstr(out, tok) != NULL)
			continue; /* codes are all 5 digits: no false hit */
		if (++n > USAHA_KBLI_MAX)
			return USAHA_TOO_MANY_KBLI;
		if (out[0] != '\0')
			strcat(out, " ");
		strcat(out, tok);
	}
	memcpy(in->kbli, out, sizeof(out));
	return USAHA_OK;
}

enum usaha_err
usaha_simpan(struct store *s, struct usaha *in, int64_t actor_id,
    const char *addr, time_t now, char bad_kbli[16])
{
	enum usaha_err e;
	int64_t id;
	int kuasa, rc;

	if ((e = usaha_check(in, bad_kbli)) != USAHA_OK)
		return e;
	if (store_begin(s) != 0)
		return USAHA_STORE;
	id = perizinan_sql_usaha_id(s, in->nib);
	kuasa = id > 0 ? perizinan_sql_usaha_is_kuasa(s, id, actor_id) : 0;
	if (id < 0 || kuasa < 0) {
		store_rollback(s);
		return USAHA_STORE;
	}
	if (id > 0 && !kuasa) {
		store_rollback(s);
		return USAHA_NIB_TAKEN;
	}
	rc = id > 0 ? perizinan_sql_usaha_update(s, id, in, now)
		    : perizinan_sql_usaha_insert(s, in, actor_id, now);
	if (rc != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = actor_id,
		    .role = "warga",
		    .action = id > 0 ? "usaha.ubah" : "usaha.daftar",
		    .object_type = "usaha",
		    .object_id = in->nib,
		    .note = in->kbli,
		    .addr = addr }) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return USAHA_STORE;
	}
	return USAHA_OK;
}

enum usaha_err
usaha_kuasa_tambah(struct store *s, const char *nib, const char *username,
    int64_t actor_id, const char *addr, time_t now)
{
	struct account a;
	int64_t id;
	int rc;

	if (account_find(s, username, &a) != 0)
		return USAHA_UNKNOWN_ACCOUNT;
	if (store_begin(s) != 0)
		return USAHA_STORE;
	id = perizinan_sql_usaha_id(s, nib);
	if (id <= 0 || perizinan_sql_usaha_is_kuasa(s, id, actor_id) != 1) {
		store_rollback(s);
		return id < 0 ? USAHA_STORE : USAHA_NOT_KUASA;
	}
	if (perizinan_sql_usaha_is_kuasa(s, id, a.id) == 1) {
		store_rollback(s);
		return USAHA_ALREADY_KUASA;
	}
	rc = perizinan_sql_usaha_kuasa_add(s, id, a.id, now);
	if (rc != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = actor_id,
		    .role = "warga",
		    .action = "usaha.kuasa",
		    .object_type = "usaha",
		    .object_id = nib,
		    .note = username,
		    .addr = addr }) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return USAHA_STORE;
	}
	return USAHA_OK;
}

int
usaha_milik(struct store *s, int64_t account_id, size_t max, struct usaha **out,
    size_t *n)
{
	return perizinan_sql_usaha_milik(s, account_id, max, out, n);
}
