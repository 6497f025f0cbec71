/*
 * ui.h: the akun module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_AKUN_UI_H
#define PAMONG_AKUN_UI_H

#include "http/req.h"

struct account_filter;

void page_login(struct req *);
void page_login_post(struct req *);
void page_signup(struct req *);
void page_signup_post(struct req *);
void page_logout(struct req *);
void page_account(struct req *);
void page_account_password(struct req *);
void page_account_logout_all(struct req *);
void page_admin_accounts(struct req *);
void page_admin_account_create(struct req *);
void page_admin_account(struct req *);
void page_admin_account_disable(struct req *);
void page_admin_account_enable(struct req *);
void page_admin_account_reset(struct req *);
void page_admin_account_nip(struct req *);
/* ui_identitas.c */
void page_account_identitas(struct req *);
void page_account_identitas_post(struct req *);
/*
 * Fill f from the request's filter parameters (q, unit, peran, status,
 * halaman) for pages of per_page accounts, limited to the accounts the
 * signed-in admin may see: a unit admin sees the staff of their own unit
 * only.  Returns 0, -1 on a bad value, -2 when the filter names a unit the
 * admin may not see.
 */
int admin_account_filter(struct req *, struct account_filter *, int per_page);

/* May the signed-in user manage account a?  Checked per object. */
int admin_may_manage(const struct req *, const struct account *);

void api_session_create(struct req *);
void api_users(struct req *);
void page_nik(struct req *);
void page_nik_verify(struct req *);
void page_nik_takeover(struct req *);

#endif
