/*
 * pki.c: the PKI's public endpoints and its admin page.
 *
 *   GET  /pki/crl   current CRL of the issuing CA (DER, application/pkix-crl)
 *   GET  /pki/ca    issuing CA certificate (DER, application/pkix-cert)
 *   GET  /pki/root  root CA certificate (PEM, application/x-pem-file)
 *   POST /tsa       RFC 3161: application/timestamp-query in,
 *                   application/timestamp-reply out; another Content-Type
 *                   gets 415; a malformed query gets a rejection reply
 *   GET  /admin/penandatangan            signers and certificates
 *   POST /admin/penandatangan/daftar     enrol (officer types passphrase)
 *   POST /admin/penandatangan/cabut      revoke with an RFC 5280 reason
 *
 * Admins manage the signers of their own unit; superadmins and the admins
 * of PKI_RA_UNIT (the regency's PKI operator) manage all of them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/crypto.h>
#include <openssl/pem.h>

#include "mod/akun/account.h"
#include "pki.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/utf8.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

#define PKI_RA_UNIT "DISKOMINFO"

static int
need_pki(struct req *r)
{
	if (r->app == NULL || r->app->pki == NULL) {
		page_error(r, 404, msg(M_PKI_ABSENT));
		return 0;
	}
	return 1;
}

void
page_pki_crl(struct req *r)
{
	const unsigned char *der;
	size_t len;

	if (!need_pki(r))
		return;
	/* a stale CRL is re-issued on the way (it is valid a week) */
	(void)pki_crl_refresh(r->store, r->app->pki, r->now);
	if ((der = pki_crl_der(r->app->pki, &len)) == NULL) {
		page_error(r, 500, NULL);
		return;
	}
	buf_add(&r->out, der, len);
	r->out_type = "application/pkix-crl";
	r->status = 200;
}

void
page_pki_ca(struct req *r)
{
	const unsigned char *der;
	size_t len;

	if (!need_pki(r))
		return;
	der = pki_ica_der(r->app->pki, &len);
	buf_add(&r->out, der, len);
	r->out_type = "application/pkix-cert";
	r->status = 200;
}

void
page_pki_root(struct req *r)
{
	BIO *bio;
	char *data;
	long n;

	if (!need_pki(r))
		return;
	if ((bio = BIO_new(BIO_s_mem())) == NULL ||
	    PEM_write_bio_X509(bio, pki_root(r->app->pki)) != 1 ||
	    (n = BIO_get_mem_data(bio, &data)) <= 0) {
		BIO_free(bio);
		page_error(r, 500, NULL);
		return;
	}
	buf_add(&r->out, data, (size_t)n);
	BIO_free(bio);
	r->out_type = "application/x-pem-file";
	r->disposition = xstrdup("inline; filename=\"pamong-root-ca.pem\"");
	r->status = 200;
}

/* Is the Content-Type application/timestamp-query (parameters allowed)? */
static int
tsq_type(const char *t)
{
	static const char want[] = "application/timestamp-query";
	size_t n = sizeof(want) - 1;

	if (t == NULL || strncasecmp(t, want, n) != 0)
		return 0;
	t += n;
	while (*t == ' ' || *t == '\t')
		t++;
	return *t == '\0' || *t == ';';
}

void
page_tsa(struct req *r)
{
	if (!need_pki(r))
		return;
	if (!tsq_type(r->content_type)) {
		page_error(r, 415, msg(M_PKI_TSA_TYPE));
		return;
	}
	if (pki_tsa_respond(r->app->pki, r->store, r->body ? r->body : "",
		r->body_len, &r->out) != 0) {
		buf_reset(&r->out);
		page_error(r, 500, NULL);
		return;
	}
	r->out_type = "application/timestamp-reply";
	r->status = 200;
}

/* --- admin --- */

static int
is_ra(const struct req *r)
{
	return user_has(r, ROLE_SUPERADMIN) ||
	    (user_has(r, ROLE_ADMIN) &&
		strcmp(r->user->unit_code, PKI_RA_UNIT) == 0);
}

static int
may_manage(const struct req *r, int64_t unit_id)
{
	return is_ra(r) ||
	    (user_has(r, ROLE_ADMIN) && r->user->unit_id != 0 &&
		unit_id == r->user->unit_id);
}

static void
date_write(struct buf *b, time_t t)
{
	struct tm tm;

	when_wib(t, &tm);
	html_printf(b, "%d %s %d", tm.tm_mday, when_bulan[tm.tm_mon],
	    tm.tm_year + 1900);
}

static const char *
status_label(const char *st)
{
	if (strcmp(st, "aktif") == 0)
		return msg(M_PKI_ST_AKTIF);
	if (strcmp(st, "digantikan") == 0)
		return msg(M_PKI_ST_DIGANTIKAN);
	return msg(M_PKI_ST_DICABUT);
}

static void
reason_select(struct req *r, const char *id, const struct field_errs *fe)
{
	static const int codes[] = { 0, 1, 3, 4, 5, 9 };
	struct buf *b = &r->out;
	size_t i;

	html_printf(b,
	    "<div class=\"isian\"><label for=\"f-alasan-%s\">%s"
	    "</label><select id=\"f-alasan-%s\" name=\"alasan\">",
	    id, msg(M_PKI_L_REASON), id);
	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		html_printf(b, "<option value=\"%d\">%s</option>", codes[i],
		    pki_reason_label(codes[i]));
	html_printf(b,
	    "</select></div><div class=\"isian\"><label for="
	    "\"f-ket-%s\">%s</label><input id=\"f-ket-%s\" name=\"keterangan\""
	    " type=\"text\" maxlength=\"500\"></div>",
	    id, msg(M_PKI_L_WHY), id);
}

static void
certs_table(struct req *r, const struct pki_cert *v, size_t n,
    const struct account *acc, size_t nacc)
{
	struct buf *b = &r->out;
	char info[900], when[64];
	struct buf d = BUF_INIT;
	size_t i, j;
	int ok;

	html_printf(b, "<h2 id=\"sertifikat\">%s</h2>", msg(M_PKI_H_CERTS));
	if (n == 0) {
		notice(r, "info", msg(M_PKI_NO_CERTS));
		return;
	}
	html_printf(b,
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role="
	    "\"region\" aria-labelledby=\"sertifikat\"><table><thead><tr>"
	    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
	    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
	    "<th scope=\"col\">%s</th></tr></thead><tbody>",
	    msg(M_PKI_COL_SERIAL), msg(M_PKI_COL_USER), msg(M_PKI_COL_STATUS),
	    msg(M_PKI_COL_VALID), msg(M_PKI_COL_REVOKE));
	for (i = 0; i < n; i++) {
		/* only certificates of signers this admin may manage */
		for (ok = 0, j = 0; j < nacc && !ok; j++)
			ok = acc[j].id == v[i].account_id;
		if (!ok)
			continue;
		html_printf(b,
		    "<tr><td><code class=\"pki-serial\">%s</code>"
		    "</td><td>%s (%s)<br><small>%s</small></td><td><span"
		    " class=\"lencana pki-%s\">%s</span></td><td>",
		    v[i].serial, v[i].full_name, v[i].username, v[i].title,
		    v[i].status, status_label(v[i].status));
		date_write(b, v[i].not_before);
		html_lit(b, " – ");
		date_write(b, v[i].not_after);
		html_lit(b, "</td><td>");
		if (strcmp(v[i].status, "aktif") != 0) {
			buf_reset(&d);
			date_write(&d, v[i].revoked_at);
			snprintf(when, sizeof(when), "%s", d.s ? d.s : "");
			snprintf(info, sizeof(info), msg(M_PKI_REVOKED_INFO),
			    when, *v[i].revoked_by ? v[i].revoked_by : "CLI",
			    pki_reason_label(v[i].revoke_reason)
				? pki_reason_label(v[i].revoke_reason)
				: "-");
			html_printf(b, "%s", info);
			if (*v[i].revoke_text)
				html_printf(b, "<br><small>%s</small>",
				    v[i].revoke_text);
		} else {
			char id[24];

			snprintf(id, sizeof(id), "%lld", (long long)v[i].id);
			html_lit(b,
			    "<form method=\"post\" action=\"/admin/"
			    "penandatangan/cabut\">");
			form_csrf(r);
			html_printf(b,
			    "<input type=\"hidden\" name=\"sertifikat"
			    "\" value=\"%I\">",
			    v[i].id);
			reason_select(r, id, NULL);
			html_printf(b,
			    "<button type=\"submit\" class=\"bahaya\""
			    " aria-label=\"%s %s\">%s</button></form>",
			    msg(M_PKI_B_REVOKE), v[i].serial,
			    msg(M_PKI_B_REVOKE));
		}
		html_lit(b, "</td></tr>");
	}
	html_printf(b, "</tbody></table></div><p><small>%s</small></p>",
	    msg(M_PKI_REVOKE_WARN));
	buf_free(&d);
}

/* The whole admin page; fe and posted user from a failed enrol form. */
static void
admin_page(struct req *r, const char *ok, const char *galat,
    const struct field_errs *fe, const char *user)
{
	struct buf *b = &r->out;
	struct account_filter f;
	struct account *acc;
	struct pki_cert *v = NULL;
	char title[STR_CHARS(160)];
	size_t nv = 0, i, j;
	int nacc;

	memset(&f, 0, sizeof(f));
	f.role = ROLE_PENANDATANGAN;
	f.staff_only = 1;
	f.disabled = -1;
	f.limit = 500;
	if (!is_ra(r))
		f.unit_id = r->user->unit_id ? r->user->unit_id : -1;
	acc = account_list(r->store, &f, &nacc, NULL);
	if (acc == NULL ||
	    (r->app->pki != NULL && (v = pki_list(r->store, 0, &nv)) == NULL)) {
		free(acc);
		page_error(r, 500, msg(M_PKI_LIST_FAILED));
		return;
	}
	layout_begin(r, msg(M_PKI_ADMIN_TITLE));
	html_printf(b,
	    "<nav aria-label=\"Remah roti\"><a href=\"/admin\">"
	    "Administrasi</a> › %s</nav><h1>%s</h1><p>%s</p>",
	    msg(M_PKI_ADMIN_CRUMB), msg(M_PKI_ADMIN_TITLE),
	    msg(M_PKI_ADMIN_INTRO));
	if (ok != NULL)
		notice(r, "sukses", ok);
	if (galat != NULL)
		notice(r, "galat", galat);
	if (!is_ra(r))
		notice(r, "info", msg(M_PKI_ADMIN_SCOPE_UNIT));
	if (r->app->pki == NULL) {
		notice(r, "galat", msg(M_PKI_ADMIN_NO_PKI));
		layout_end(r);
		free(acc);
		return;
	}
	html_printf(b, "<h2 id=\"petugas\">%s</h2>", msg(M_PKI_H_SIGNERS));
	if (nacc == 0) {
		notice(r, "info", msg(M_PKI_NO_SIGNERS));
	} else {
		html_printf(b,
		    "<div class=\"tabel-gulir\" tabindex=\"0\""
		    " role=\"region\" aria-labelledby=\"petugas\"><table><thead>"
		    "<tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
		    "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr>"
		    "</thead><tbody>",
		    msg(M_PKI_COL_USER), msg(M_PKI_COL_UNIT),
		    msg(M_PKI_COL_TITLE), msg(M_PKI_COL_CERT));
		for (i = 0; i < (size_t)nacc; i++) {
			pki_title(&acc[i], title, sizeof(title));
			html_printf(b,
			    "<tr><td>%s<br><small>%s</small></td>"
			    "<td>%s</td><td>%s</td><td>",
			    acc[i].full_name, acc[i].username, acc[i].unit_name,
			    title);
			for (j = 0; j < nv; j++)
				if (v[j].account_id == acc[i].id &&
				    strcmp(v[j].status, "aktif") == 0)
					break;
			if (j < nv) {
				html_printf(b,
				    "<code class=\"pki-serial\">%s"
				    "</code><br><small>s.d. ",
				    v[j].serial);
				date_write(b, v[j].not_after);
				html_lit(b, "</small>");
			} else {
				html_printf(b, "%s", msg(M_PKI_NO_ACTIVE));
			}
			html_lit(b, "</td></tr>");
		}
		html_lit(b, "</tbody></table></div>");
	}
	html_printf(b, "<h2 id=\"daftar\">%s</h2>", msg(M_PKI_H_ENROL));
	notice(r, "info", msg(M_PKI_ENROL_IN_PERSON));
	form_errors(r, fe);
	html_lit(b,
	    "<form method=\"post\" action=\"/admin/penandatangan/"
	    "daftar\" autocomplete=\"off\">");
	form_csrf(r);
	form_field(r, "pengguna", msg(M_PKI_L_USER), "text", user, fe,
	    msg(M_PKI_H_USER));
	form_field(r, "frasa", msg(M_PKI_L_PASS), "new-password", NULL, fe,
	    msg(M_PKI_H_PASS));
	form_field(r, "frasa2", msg(M_PKI_L_PASS2), "new-password", NULL, fe,
	    NULL);
	html_printf(b, "<button type=\"submit\">%s</button></form>",
	    msg(M_PKI_B_ENROL));
	certs_table(r, v, nv, acc, (size_t)nacc);
	html_printf(b, "<h2>%s</h2><p>%s</p>", msg(M_PKI_H_PUBLIC),
	    msg(M_PKI_PUBLIC_LINKS));
	layout_end(r);
	free(v);
	free(acc);
}

void
page_admin_signers(struct req *r)
{
	const char *ok = req_str(r, "ok");

	admin_page(r,
	    strcmp(ok, "daftar") == 0	   ? msg(M_PKI_ENROLLED)
		: strcmp(ok, "cabut") == 0 ? msg(M_PKI_REVOKED_OK)
					   : NULL,
	    NULL, NULL, NULL);
}

/* Wipe a secret the request carried: its parameter and the raw body. */
static void
wipe_secrets(struct req *r)
{
	size_t i;

	for (i = 0; i < r->nparams; i++)
		if (strcmp(r->params[i].name, "frasa") == 0 ||
		    strcmp(r->params[i].name, "frasa2") == 0)
			OPENSSL_cleanse(r->params[i].value,
			    strlen(r->params[i].value));
	if (r->body != NULL && r->body_len > 0)
		OPENSSL_cleanse((char *)r->body, r->body_len);
}

void
page_admin_signer_enrol(struct req *r)
{
	const char *user = req_str(r, "pengguna");
	const char *p1 = req_str(r, "frasa"), *p2 = req_str(r, "frasa2");
	struct field_errs fe;
	struct account a;
	const char *e;
	char err[512], *u = xstrdup(user);
	int64_t id = 0;

	memset(&fe, 0, sizeof(fe));
	if (r->app->pki == NULL) {
		wipe_secrets(r);
		free(u);
		page_error(r, 404, msg(M_PKI_ABSENT));
		return;
	}
	if (*user == '\0')
		field_err_add(&fe, "pengguna", msg(M_FIELD_REQUIRED));
	else if (text_check(user, 1, 64, 0) != NULL ||
	    account_find(r->store, user, &a) != 0)
		field_err_add(&fe, "pengguna", msg(M_PKI_USER_UNKNOWN));
	else if (!may_manage(r, a.unit_id)) {
		wipe_secrets(r);
		free(u);
		page_error(r, 403, msg(M_PKI_OTHER_UNIT));
		return;
	} else if (!(a.roles & ROLE_PENANDATANGAN) || a.disabled)
		field_err_add(&fe, "pengguna", msg(M_PKI_NOT_SIGNER));
	if ((e = pki_pass_check(p1)) != NULL)
		field_err_add(&fe, "frasa", e);
	else if (strcmp(p1, p2) != 0)
		field_err_add(&fe, "frasa2", msg(M_PKI_PASS_MISMATCH));
	if (fe.n == 0) {
		id = pki_enroll(r->store, r->app->pki, a.id, p1, r->user->id,
		    r->addr, r->now, err, sizeof(err));
		if (id == 0)
			field_err_add(&fe, "pengguna", msg(M_PKI_SAVE_FAILED));
	}
	wipe_secrets(r);
	if (id == 0) {
		r->status = 422;
		admin_page(r, NULL, NULL, &fe, u);
		free(u);
		return;
	}
	free(u);
	req_redirect(r, "/admin/penandatangan?ok=daftar#sertifikat");
}

void
page_admin_signer_revoke(struct req *r)
{
	const char *sid = req_str(r, "sertifikat"),
		   *why = req_str(r, "keterangan");
	struct pki_cert c;
	struct account a;
	char err[256], *end;
	long long id;
	int reason;

	if (r->app->pki == NULL) {
		page_error(r, 404, msg(M_PKI_ABSENT));
		return;
	}
	id = strtoll(sid, &end, 10);
	if (*sid == '\0' || *end != '\0' || id <= 0 ||
	    pki_cert_get(r->store, id, &c) != 0) {
		page_error(r, 404, msg(M_PKI_CERT_UNKNOWN));
		return;
	}
	if (account_load(r->store, c.account_id, &a) != 0 ||
	    !may_manage(r, a.unit_id)) {
		page_error(r, 403, msg(M_PKI_OTHER_UNIT));
		return;
	}
	reason = pki_reason_parse(req_str(r, "alasan"));
	if (reason < 0 ||
	    (*req_str(r, "alasan") < '0' || *req_str(r, "alasan") > '9')) {
		r->status = 422;
		admin_page(r, NULL, msg(M_PKI_REASON_BAD), NULL, NULL);
		return;
	}
	if (text_check(why, 0, 500, 0) != NULL) {
		r->status = 422;
		admin_page(r, NULL, msg(M_PKI_WHY_LONG), NULL, NULL);
		return;
	}
	if (pki_revoke(r->store, r->app->pki, c.id, reason, why, r->user->id,
		r->addr, r->now, err, sizeof(err)) != 0) {
		r->status = 422;
		admin_page(r, NULL, err, NULL, NULL);
		return;
	}
	req_redirect(r, "/admin/penandatangan?ok=cabut#sertifikat");
}
