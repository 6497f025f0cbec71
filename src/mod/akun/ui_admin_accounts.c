/* admin_accounts.c: staff account administration under /admin/akun. */
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "sql.h"
#include "lib/msg.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

#define PER_PAGE 50
#define MAX_PAGE 10000

/* Roles only a superadmin may grant or manage. */
#define ROLES_HIGH (ROLE_SUPERADMIN | ROLE_INSPEKTORAT | ROLE_PIMPINAN)

/* Roles the signed-in admin may grant. */
static unsigned
grantable(const struct req *r)
{
	if (user_has(r, ROLE_SUPERADMIN))
		return ROLE_STAFF;
	if (user_has(r, ROLE_ADMIN))
		return ROLE_STAFF & ~(unsigned)ROLES_HIGH;
	return 0;
}

int
admin_may_manage(const struct req *r, const struct account *a)
{
	if (user_has(r, ROLE_SUPERADMIN))
		return 1;
	if (!user_has(r, ROLE_ADMIN) || r->user->unit_id == 0)
		return 0;
	return a->unit_id == r->user->unit_id && !(a->roles & ROLES_HIGH);
}

int
admin_account_filter(struct req *r, struct account_filter *f, int per_page)
{
	const char *q = req_str(r, "q"), *unit = req_str(r, "unit");
	const char *peran = req_str(r, "peran"), *status = req_str(r, "status");
	const char *hal = req_str(r, "halaman");
	char *end;
	long page = 1;

	memset(f, 0, sizeof(*f));
	f->disabled = -1;
	f->limit = per_page;
	if (text_check(q, 0, 100, 0) != NULL)
		return -1;
	f->q = q;
	if (user_has(r, ROLE_SUPERADMIN)) {
		if (*unit != '\0' &&
		    (f->unit_id = akun_sql_unit_id(r->store, unit)) == 0)
			return -1;
	} else {
		if (*unit != '\0' && strcmp(unit, r->user->unit_code) != 0)
			return -2;
		/* a unit admin sees the staff of their own unit only */
		f->unit_id = r->user->unit_id ? r->user->unit_id : -1;
		f->staff_only = 1;
	}
	if (*peran != '\0' && (f->role = role_parse(peran)) == 0)
		return -1;
	if (strcmp(status, "aktif") == 0)
		f->disabled = 0;
	else if (strcmp(status, "nonaktif") == 0)
		f->disabled = 1;
	else if (*status != '\0')
		return -1;
	if (*hal != '\0') {
		page = strtol(hal, &end, 10);
		if (*end != '\0' || page < 1 || page > MAX_PAGE)
			return -1;
	}
	f->offset = (int)(page - 1) * per_page;
	return 0;
}

static void
roles_text(struct buf *b, unsigned roles)
{
	unsigned bit;
	int first = 1;

	for (bit = 1; bit <= ROLE_LAST; bit <<= 1) {
		if (!(roles & bit))
			continue;
		if (!first)
			buf_adds(b, ", ");
		buf_adds(b, role_label(bit));
		first = 0;
	}
}

/* What unit_select() writes the options with. */
struct unit_options {
	struct buf *b;
	const char *selected;
};

static int
unit_option(void *arg, const char *code, const char *name)
{
	struct unit_options *uo = arg;

	html_printf(uo->b, "<option value=\"%s\"%s>%s (%s)</option>", code,
	    uo->selected != NULL && strcmp(uo->selected, code) == 0
		? " selected"
		: "",
	    name, code);
	return 0;
}

/*
 * A unit <select> with id "<idp>-<name>".  The superadmin chooses among
 * every active unit (with a first option labelled empty_label, value "");
 * a unit admin sees only their own unit.
 */
static void
unit_select(struct req *r, const char *idp, const char *name, const char *label,
    const char *selected, const struct field_errs *fe, const char *empty_label)
{
	static const char *const kinds[] = { "opd", "kecamatan", "kampung" };
	static const char *const groups[] = { "Perangkat Daerah", "Kecamatan",
		"Kampung dan Kelurahan" };
	struct buf *b = &r->out;
	struct unit_options uo;
	const char *err = field_err_get(fe, name);
	size_t k;

	html_printf(b, "<div class=\"isian%s\"><label for=\"%s-%s\">%s</label>",
	    err ? " salah" : "", idp, name, label);
	if (err != NULL)
		html_printf(b, "<p class=\"pesan-galat\" id=\"e-%s\">%s</p>",
		    name, err);
	html_printf(b, "<select id=\"%s-%s\" name=\"%s\"", idp, name, name);
	if (err != NULL)
		html_printf(b,
		    " aria-describedby=\"e-%s\" aria-invalid=\"true\"", name);
	html_lit(b, ">");
	if (!user_has(r, ROLE_SUPERADMIN)) {
		html_printf(b,
		    "<option value=\"%s\" selected>%s (%s)</option>"
		    "</select></div>",
		    r->user->unit_code, r->user->unit_name, r->user->unit_code);
		return;
	}
	html_printf(b, "<option value=\"\">%s</option>", empty_label);
	uo.b = b;
	uo.selected = selected;
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		html_printf(b, "<optgroup label=\"%s\">", groups[k]);
		(void)akun_sql_each_unit(r->store, kinds[k], unit_option, &uo);
		html_lit(b, "</optgroup>");
	}
	html_lit(b, "</select></div>");
}

/* A filter select "s-<name>" of fixed options: values[i] shown as labels[i]. */
static void
plain_select(struct req *r, const char *name, const char *label,
    const char *const *values, const char *const *labels, const char *selected)
{
	struct buf *b = &r->out;
	int i;

	html_printf(b,
	    "<div class=\"isian\"><label for=\"s-%s\">%s</label>"
	    "<select id=\"s-%s\" name=\"%s\">",
	    name, label, name, name);
	for (i = 0; values[i] != NULL; i++)
		html_printf(b, "<option value=\"%s\"%s>%s</option>", values[i],
		    selected && strcmp(selected, values[i]) == 0 ? " selected"
								 : "",
		    labels[i]);
	html_lit(b, "</select></div>");
}

static void
filter_form(struct req *r)
{
	static const char *const st_v[] = { "", "aktif", "nonaktif", NULL };
	static const char *const st_l[] = { "Semua status", "Aktif",
		"Nonaktif" };
	/* "" (every role), one option per role bit, and the NULL end */
	const char *role_v[2 + 8 * sizeof(unsigned)];
	const char *role_l[2 + 8 * sizeof(unsigned)];
	unsigned bit;
	int n = 0;

	role_v[n] = "";
	role_l[n++] = "Semua peran";
	for (bit = 1; bit <= ROLE_LAST; bit <<= 1) {
		if (bit == ROLE_WARGA && !user_has(r, ROLE_SUPERADMIN))
			continue;
		role_v[n] = role_name(bit);
		role_l[n++] = role_label(bit);
	}
	role_v[n] = NULL;
	html_lit(&r->out,
	    "<form method=\"get\" action=\"/admin/akun\""
	    " class=\"filter\" role=\"search\" aria-label=\"Saring akun\">");
	form_field(r, "q", "Cari nama pengguna atau nama", "search",
	    req_param(r, "q"), NULL, NULL);
	if (user_has(r, ROLE_SUPERADMIN))
		unit_select(r, "s", "unit", "Unit", req_param(r, "unit"), NULL,
		    "Semua unit");
	plain_select(r, "peran", "Peran", role_v, role_l,
	    req_param(r, "peran"));
	plain_select(r, "status", "Status", st_v, st_l, req_param(r, "status"));
	html_lit(&r->out,
	    "<div><button type=\"submit\">Terapkan</button></div>"
	    "</form>");
}

/* "/admin/akun?q=..&unit=..&peran=..&status=..&halaman=page" */
static void
page_link(struct req *r, int page, const char *text)
{
	static const char *const keys[] = { "q", "unit", "peran", "status" };
	struct buf u = BUF_INIT;
	const char *v;
	size_t i;

	buf_adds(&u, "/admin/akun?");
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if ((v = req_param(r, keys[i])) == NULL || *v == '\0')
			continue;
		buf_adds(&u, keys[i]);
		buf_addc(&u, '=');
		html_url(&u, v);
		buf_addc(&u, '&');
	}
	buf_addf(&u, "halaman=%d", page);
	html_printf(&r->out, "<a href=\"%s\">%s</a>", u.s, text);
	buf_free(&u);
}

static void
account_table(struct req *r, const struct account_filter *f)
{
	struct account *list;
	struct buf b = BUF_INIT;
	int64_t total;
	int n, i, page = f->offset / f->limit + 1;

	list = account_list(r->store, f, &n, &total);
	if (list == NULL) {
		notice(r, "galat", msg(M_ACC_LIST_FAILED));
		return;
	}
	if (total == 0) {
		html_lit(&r->out,
		    "<p>Tidak ada akun yang cocok dengan filter.</p>");
		free(list);
		return;
	}
	html_printf(&r->out, "<p>Menampilkan %d–%d dari %I akun.</p>",
	    n ? f->offset + 1 : 0, f->offset + n, total);
	html_lit(&r->out,
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\" aria-label=\"Daftar akun\"><table><thead><tr>"
	    "<th scope=\"col\">Nama pengguna</th><th scope=\"col\">Nama</th>"
	    "<th scope=\"col\">Unit</th><th scope=\"col\">Peran</th>"
	    "<th scope=\"col\">Status</th></tr></thead><tbody>");
	for (i = 0; i < n; i++) {
		buf_reset(&b);
		roles_text(&b, list[i].roles);
		html_printf(&r->out,
		    "<tr><th scope=\"row\"><a href=\"/admin/akun/"
		    "%U\">%s</a></th><td>%s</td><td>%s</td><td>%s</td><td>%s"
		    "</td></tr>",
		    list[i].username, list[i].username, list[i].full_name,
		    list[i].unit_code[0] ? list[i].unit_name : "-", b.s,
		    list[i].disabled ? "Nonaktif" : "Aktif");
	}
	html_lit(&r->out, "</tbody></table></div>");
	if (page > 1 || f->offset + n < total) {
		html_lit(&r->out,
		    "<nav aria-label=\"Halaman daftar akun\"><p>");
		if (page > 1)
			page_link(r, page - 1, "« Sebelumnya");
		if (page > 1 && f->offset + n < total)
			html_lit(&r->out, " · ");
		if (f->offset + n < total)
			page_link(r, page + 1, "Berikutnya »");
		html_lit(&r->out, "</p></nav>");
	}
	buf_free(&b);
	free(list);
}

/* Is role bit among the "peran" parameters? */
static int
role_posted(const struct req *r, unsigned bit)
{
	size_t i;

	for (i = 0; i < r->nparams; i++)
		if (strcmp(r->params[i].name, "peran") == 0 &&
		    role_parse(r->params[i].value) == bit)
			return 1;
	return 0;
}

static void
create_form(struct req *r, const struct field_errs *fe)
{
	struct buf *b = &r->out;
	const char *err = field_err_get(fe, "peran");
	unsigned bit, can = grantable(r);
	int posted = r->method == REQ_POST;

	html_lit(b,
	    "<section aria-labelledby=\"tambah\"><h2 id=\"tambah\">"
	    "Tambah akun petugas</h2>");
	form_errors(r, fe);
	html_lit(b,
	    "<form method=\"post\" action=\"/admin/akun\""
	    " class=\"formulir\" novalidate>");
	form_csrf(r);
	form_field(r, "pengguna", "Nama pengguna", "text",
	    posted ? req_param(r, "pengguna") : NULL, fe,
	    "3–64 karakter:"
	    " huruf, angka, titik, garis bawah, atau tanda hubung; contoh"
	    " op.kampungdalam.");
	form_field(r, "nama", "Nama lengkap", "text",
	    posted ? req_param(r, "nama") : NULL, fe, NULL);
	/* issue 12 item 5: processing roles need a verified NIK */
	form_field(r, "nik", "NIK petugas", "text",
	    posted ? req_param(r, "nik") : NULL, fe,
	    "16 angka sesuai KTP-el."
	    " Wajib bagi operator, verifikator, penandatangan, dan kepala unit"
	    " agar pemisahan tugas dapat diperiksa. Dengan mengisinya, Anda"
	    " menyatakan telah memeriksa KTP-el petugas.");
	form_field(r, "sandi", "Kata sandi awal", "new-password", NULL, fe,
	    "Minimal 10 karakter. Sampaikan kepada pemilik akun melalui"
	    " saluran resmi dan minta ia menggantinya setelah masuk.");
	html_printf(b,
	    "<fieldset id=\"f-peran\" class=\"isian pilihan%s\"%s>"
	    "<legend>Peran</legend>",
	    err ? " salah" : "", err ? " aria-describedby=\"e-peran\"" : "");
	if (err != NULL)
		html_printf(b, "<p class=\"pesan-galat\" id=\"e-peran\">%s</p>",
		    err);
	for (bit = ROLE_OPERATOR; bit <= ROLE_LAST; bit <<= 1) {
		if (!(can & bit))
			continue;
		html_printf(b,
		    "<label><input type=\"checkbox\" name=\"peran\""
		    " value=\"%s\"%s> %s</label>",
		    role_name(bit),
		    posted && role_posted(r, bit) ? " checked" : "",
		    role_label(bit));
	}
	html_lit(b, "</fieldset>");
	unit_select(r, "f", "unit", "Unit kerja",
	    posted ? req_param(r, "unit") : NULL, fe,
	    "— Tanpa unit (khusus peran tingkat kabupaten) —");
	html_lit(b,
	    "<button type=\"submit\">Buat akun</button></form>"
	    "</section>");
}

static void
list_page(struct req *r, const struct field_errs *fe)
{
	struct account_filter f;
	int rc = 0;

	/* a create form re-shown after errors lists with the default filter */
	if (r->method == REQ_POST) {
		memset(&f, 0, sizeof(f));
		f.disabled = -1;
		f.limit = PER_PAGE;
		if (!user_has(r, ROLE_SUPERADMIN)) {
			f.unit_id = r->user->unit_id ? r->user->unit_id : -1;
			f.staff_only = 1;
		}
	} else if ((rc = admin_account_filter(r, &f, PER_PAGE)) == -2) {
		page_error(r, 403, msg(M_ACC_OTHER_UNIT));
		return;
	}
	if (rc != 0 && r->status == 0)
		r->status = 400;
	layout_begin(r, "Kelola Akun");
	html_lit(&r->out, "<h1>Kelola Akun</h1>");
	if (!user_has(r, ROLE_SUPERADMIN))
		html_printf(&r->out, "<p>Akun petugas pada unit %s.</p>",
		    r->user->unit_name);
	filter_form(r);
	if (rc != 0)
		notice(r, "galat", msg(M_ACC_FILTER_BAD));
	else
		account_table(r, &f);
	create_form(r, fe);
	layout_end(r);
}

void
page_admin_accounts(struct req *r)
{
	list_page(r, NULL);
}

void
page_admin_account_create(struct req *r)
{
	struct account_new n;
	struct field_errs fe;
	struct buf roles = BUF_INIT;
	const char *unit = req_str(r, "unit");
	unsigned bits = 0, bit;
	int64_t id;
	size_t i;
	char *to;

	memset(&fe, 0, sizeof(fe));
	for (i = 0; i < r->nparams; i++) {
		if (strcmp(r->params[i].name, "peran") != 0)
			continue;
		bit = role_parse(r->params[i].value);
		if (bit == 0 || bit == ROLE_WARGA)
			field_err_add(&fe, "peran", msg(M_ACC_ROLE_BAD));
		bits |= bit;
	}
	if (bits & ~grantable(r) & ~(unsigned)ROLE_WARGA) {
		page_error(r, 403, msg(M_ACC_ROLE_DENIED));
		return;
	}
	if (!user_has(r, ROLE_SUPERADMIN) &&
	    strcmp(unit, r->user->unit_code) != 0) {
		page_error(r, 403, msg(M_ACC_OTHER_UNIT));
		return;
	}
	if (bits == 0)
		field_err_add(&fe, "peran", msg(M_ACC_ROLE_REQUIRED));
	for (bit = ROLE_OPERATOR; bit <= ROLE_LAST; bit <<= 1) {
		if (!(bits & bit))
			continue;
		if (roles.len > 0)
			buf_addc(&roles, ',');
		buf_adds(&roles, role_name(bit));
	}
	memset(&n, 0, sizeof(n));
	n.username = req_str(r, "pengguna");
	n.full_name = req_str(r, "nama");
	n.password = req_str(r, "sandi");
	n.roles = roles.s ? roles.s : "";
	n.unit_code = unit;
	n.nik = req_str(r, "nik");
	n.nik_verified = 1; /* the administrator vouches for it */
	if (account_create(r->store, &n, r->user->id, r->addr, &fe, &id) != 0) {
		buf_free(&roles);
		r->status = 422;
		list_page(r, &fe);
		return;
	}
	buf_free(&roles);
	to = xasprintf("/admin/akun/%s?ok=buat", n.username);
	req_redirect(r, to);
	free(to);
}

/* Load the account named in the path and check that r->user may manage it. */
static int
target_load(struct req *r, struct account *t)
{
	if (account_find(r->store, r->captures[0], t) != 0) {
		page_error(r, 404, NULL);
		return -1;
	}
	if (!admin_may_manage(r, t)) {
		page_error(r, 403,
		    t->unit_id != r->user->unit_id ? msg(M_ACC_OTHER_UNIT)
						   : NULL);
		return -1;
	}
	return 0;
}

/* The NIP printed under a signer's name (staff of a unit only). */
static void
nip_form(struct req *r, const struct account *t, const struct field_errs *fe)
{
	char nip[19] = "";

	if (field_err_get(fe, "nip") == NULL)
		(void)nip_get(r->store, t->id, nip);
	html_printf(&r->out,
	    "<h2 id=\"nip\">NIP</h2><form method=\"post\""
	    " action=\"/admin/akun/%U/nip\" class=\"formulir\" novalidate>",
	    t->username);
	form_csrf(r);
	form_field(r, "nip", "Nomor Induk Pegawai", "numeric",
	    field_err_get(fe, "nip") ? req_str(r, "nip") : nip, fe,
	    "18 angka, boleh dengan spasi; tercetak di bawah nama pada surat"
	    " yang ditandatangani akun ini. Kosongkan bila bukan ASN.");
	html_lit(&r->out, "<button type=\"submit\">Simpan NIP</button></form>");
}

static void
detail_page(struct req *r, const struct account *t, const struct field_errs *fe)
{
	struct buf *b = &r->out, roles = BUF_INIT;
	const char *ok = r->method == REQ_GET ? req_str(r, "ok") : "";
	int self = t->id == r->user->id;

	layout_begin(r, t->username);
	html_printf(b,
	    "<p><a href=\"/admin/akun\">« Kelola Akun</a></p>"
	    "<h1>Akun %s</h1>",
	    t->username);
	if (strcmp(ok, "buat") == 0)
		notice(r, "sukses", msg(M_ACC_CREATED));
	else if (strcmp(ok, "nonaktif") == 0)
		notice(r, "sukses", msg(M_ACC_DISABLED_OK));
	else if (strcmp(ok, "aktif") == 0)
		notice(r, "sukses", msg(M_ACC_ENABLED_OK));
	else if (strcmp(ok, "reset") == 0)
		notice(r, "sukses", msg(M_ACC_RESET_OK));
	else if (strcmp(ok, "nip") == 0)
		notice(r, "sukses", msg(M_NIP_DISIMPAN));
	roles_text(&roles, t->roles);
	html_printf(b,
	    "<dl class=\"standar\"><dt>Nama lengkap</dt><dd>%s</dd>"
	    "<dt>Unit kerja</dt><dd>%s</dd><dt>Peran</dt><dd>%s</dd>"
	    "<dt>Status</dt><dd>%s</dd></dl>",
	    t->full_name[0] ? t->full_name : "-",
	    t->unit_code[0] ? t->unit_name : "-", roles.s,
	    t->disabled ? "Nonaktif" : "Aktif");
	buf_free(&roles);
	if (self) {
		html_lit(b,
		    "<p>Ini akun Anda sendiri. Ganti kata sandi melalui"
		    " <a href=\"/akun\">Akun Saya</a>.</p>");
		layout_end(r);
		return;
	}
	html_lit(b, "<h2>Status akun</h2>");
	html_printf(b, "<form method=\"post\" action=\"/admin/akun/%U/%s\">",
	    t->username, t->disabled ? "aktif" : "nonaktif");
	form_csrf(r);
	if (t->disabled)
		html_lit(b,
		    "<button type=\"submit\">Aktifkan kembali</button>");
	else
		html_lit(b,
		    "<p class=\"meta\">Akun yang dinonaktifkan tidak dapat"
		    " masuk dan seluruh sesinya segera diakhiri.</p><button"
		    " type=\"submit\" class=\"bahaya\">Nonaktifkan akun</button>");
	html_lit(b, "</form><h2 id=\"reset\">Ganti kata sandi akun</h2>");
	if (field_err_get(fe, "nip") == NULL)
		form_errors(r, fe);
	html_printf(b,
	    "<form method=\"post\" action=\"/admin/akun/%U/reset\""
	    " class=\"formulir\" novalidate>",
	    t->username);
	form_csrf(r);
	form_field(r, "sandi", "Kata sandi baru", "new-password", NULL, fe,
	    "Minimal 10 karakter. Seluruh sesi akun ini akan diakhiri.");
	html_lit(b, "<button type=\"submit\">Ganti kata sandi</button></form>");
	if (t->unit_id != 0)
		nip_form(r, t, fe);
	layout_end(r);
}

void
page_admin_account(struct req *r)
{
	struct account t;

	if (target_load(r, &t) == 0)
		detail_page(r, &t, NULL);
}

static void
set_disabled(struct req *r, int disabled)
{
	struct account t;
	char *to;

	if (target_load(r, &t) != 0)
		return;
	if (t.id == r->user->id) {
		page_error(r, 403, msg(M_ACC_SELF_DISABLE));
		return;
	}
	if (account_set_disabled(r->store, t.id, disabled, r->user->id,
		r->addr) != 0) {
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	to = xasprintf("/admin/akun/%s?ok=%s", t.username,
	    disabled ? "nonaktif" : "aktif");
	req_redirect(r, to);
	free(to);
}

void
page_admin_account_disable(struct req *r)
{
	set_disabled(r, 1);
}

void
page_admin_account_enable(struct req *r)
{
	set_disabled(r, 0);
}

void
page_admin_account_reset(struct req *r)
{
	struct account t;
	struct field_errs fe;
	char *to;

	if (target_load(r, &t) != 0)
		return;
	if (t.id == r->user->id) {
		page_error(r, 403, msg(M_ACC_SELF_RESET));
		return;
	}
	memset(&fe, 0, sizeof(fe));
	if (account_reset_password(r->store, t.id, req_str(r, "sandi"),
		r->user->id, r->addr, &fe) != 0) {
		if (fe.n == 0) {
			page_error(r, 500, msg(M_SAVE_FAILED));
			return;
		}
		r->status = 422;
		detail_page(r, &t, &fe);
		return;
	}
	to = xasprintf("/admin/akun/%s?ok=reset", t.username);
	req_redirect(r, to);
	free(to);
}

void
page_admin_account_nip(struct req *r)
{
	struct account t;
	struct field_errs fe;
	char nip[19], *to;

	if (target_load(r, &t) != 0)
		return;
	memset(&fe, 0, sizeof(fe));
	if (t.unit_id == 0) {
		page_error(r, 403, msg(M_ADMIN_NOT_OWNER));
		return;
	}
	if (nip_normalise(req_str(r, "nip"), nip) != 0) {
		field_err_add(&fe, "nip", msg(M_NIP_SALAH));
		r->status = 422;
		detail_page(r, &t, &fe);
		return;
	}
	switch (nip_set(r->store, r->user, &t, nip, r->addr)) {
	case 0:
		break;
	case 1:
		page_error(r, 403, msg(M_ADMIN_NOT_OWNER));
		return;
	default:
		page_error(r, 500, msg(M_SAVE_FAILED));
		return;
	}
	to = xasprintf("/admin/akun/%s?ok=nip#nip", t.username);
	req_redirect(r, to);
	free(to);
}
