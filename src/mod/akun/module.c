/* module.c: the akun module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/hooks.h"
#include "http/pages.h"
#include "http/req.h"
#include "ui.h"
#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "mod/akun/session.h"

static const struct route akun_routes[] = { { "/masuk", REQ_GET, 0, 0,
						page_login },
	{ "/masuk", REQ_POST, 0, 0, page_login_post },
	{ "/daftar", REQ_GET, 0, 0, page_signup },
	{ "/daftar", REQ_POST, 0, 0, page_signup_post },
	{ "/keluar", REQ_POST, 0, 0, page_logout },
	{ "/akun", REQ_GET, R_LOGIN, 0, page_account },
	{ "/akun/sandi", REQ_POST, R_LOGIN, 0, page_account_password },
	{ "/akun/keluar-semua", REQ_POST, R_LOGIN, 0, page_account_logout_all },
	{ "/akun/identitas", REQ_GET, R_LOGIN, ROLE_WARGA,
	    page_account_identitas },
	{ "/akun/identitas", REQ_POST, R_LOGIN, ROLE_WARGA,
	    page_account_identitas_post },
	{ "/admin/akun", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_accounts },
	{ "/admin/akun", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_account_create },
	{ "/admin/akun/*", REQ_GET, R_LOGIN, ROLE_ADMINS, page_admin_account },
	{ "/admin/akun/*/nonaktif", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_account_disable },
	{ "/admin/akun/*/aktif", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_account_enable },
	{ "/admin/akun/*/reset", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_account_reset },
	{ "/admin/akun/*/nip", REQ_POST, R_LOGIN, ROLE_ADMINS,
	    page_admin_account_nip },
	{ "/api/v1/sesi", REQ_POST, R_API | R_NOCSRF, 0, api_session_create },
	{ "/api/v1/pengguna", REQ_GET, R_API | R_LOGIN, ROLE_ADMINS,
	    api_users },
	{ "/petugas/nik", REQ_GET, R_LOGIN, ROLE_OPERATOR | ROLE_VERIFIKATOR,
	    page_nik },
	{ "/petugas/nik/verifikasi", REQ_POST, R_LOGIN,
	    ROLE_OPERATOR | ROLE_VERIFIKATOR, page_nik_verify },
	{ "/petugas/nik/ambil-alih", REQ_POST, R_LOGIN,
	    ROLE_OPERATOR | ROLE_VERIFIKATOR, page_nik_takeover },
	{ NULL, 0, 0, 0, NULL } };

/* The session hook (http/hooks.h): the account and what src/http reads
 * of it. */
static struct account *
hook_session_user(struct store *s, const char *token, time_t now,
    struct req_who *who)
{
	struct account *a = session_user(s, token, now);

	if (a != NULL) {
		who->id = a->id;
		who->roles = a->roles;
		who->username = a->username;
	}
	return a;
}

static const struct http_hooks akun_hooks = {
	.session_user = hook_session_user,
};

/* Its links in the page header (kernel/module.h). */
static const struct nav akun_nav[] = { { NAV_GUEST, 10, "/masuk", M_NAV_MASUK,
					   0, NULL },
	{ NAV_GUEST, 20, "/daftar", M_NAV_DAFTAR, 0, NULL },
	{ 0, 0, NULL, 0, 0, NULL } };

const struct module mod_akun = {
	"akun",
	akun_routes,
	NULL,
	&akun_hooks,
	akun_nav,
};
