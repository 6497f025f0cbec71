/* account.c: accounts, roles and passwords (Argon2id via libsodium). */
#include <ctype.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "lib/msg.h"
#include "lib/nik.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "account.h"
#include "sandi_umum.h"
#include "sql.h"
#include "mod/audit/audit.h"

int
account_may_admin(const struct account *actor, int64_t unit_id)
{
	if (actor == NULL || (actor->roles & ROLE_SUPERADMIN))
		return 1;
	return (actor->roles & ROLE_ADMIN) && unit_id != 0 &&
	    actor->unit_id == unit_id;
}

const char *
password_check(const char *pw)
{
	size_t n;

	if (pw == NULL || *pw == '\0')
		return msg(M_PW_REQUIRED);
	if (!utf8_valid(pw, strlen(pw)))
		return msg(M_PW_BAD_CHARS);
	n = utf8_chars(pw);
	if (n < 10)
		return msg(M_PW_TOO_SHORT);
	if (n > 128)
		return msg(M_PW_TOO_LONG);
	if (sandi_umum_has(pw))
		return msg(M_PW_COMMON);
	return NULL;
}

/* 1 when pw holds username (3 or more characters), ignoring ASCII case. */
static int
pw_has_username(const char *pw, const char *username)
{
	size_t n = username != NULL ? strlen(username) : 0;
	const char *p;

	if (n < 3)
		return 0;
	for (p = pw; strlen(p) >= n; p++)
		if (strncasecmp(p, username, n) == 0)
			return 1;
	return 0;
}

int
password_hash(const char *pw, char out[128])
{
	if (sodium_init() < 0)
		return -1;
	return crypto_pwhash_str(out, pw, strlen(pw),
	    crypto_pwhash_OPSLIMIT_INTERACTIVE,
	    crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

static int
username_ok(const char *u)
{
	size_t n = strlen(u);
	const char *p;

	if (n < 3 || n > 64)
		return 0;
	for (p = u; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr("._-", *p))
			return 0;
	return 1;
}

static int
email_ok(const char *e)
{
	const char *at = strchr(e, '@');
	size_t n = strlen(e);

	return n >= 6 && n <= 254 && at != NULL && at != e &&
	    strchr(at + 1, '.') != NULL && strchr(at + 1, '@') == NULL &&
	    strpbrk(e, " \t\r\n<>\"'") == NULL && at[1] != '.' &&
	    e[n - 1] != '.';
}

static int
phone_ok(const char *p)
{
	size_t n = 0;

	if (*p == '+')
		p++;
	for (; *p; p++, n++)
		if (!isdigit((unsigned char)*p))
			return 0;
	return n >= 9 && n <= 15;
}

#define E(x) ((x) == NULL || *(x) == '\0')

int
account_prepare(struct store *s, const struct account_new *in,
    struct field_errs *fe, struct account_prep *p)
{
	const char *m;
	unsigned bits, b;
	int64_t unit_id = 0;

	memset(p, 0, sizeof(*p));
	/* validate every field before touching the database */
	if (E(in->username))
		field_err_add(fe, "pengguna", msg(M_ACC_USERNAME_REQUIRED));
	else if (!username_ok(in->username))
		field_err_add(fe, "pengguna", msg(M_ACC_USERNAME_BAD));
	if ((m = password_check(in->password)) != NULL)
		field_err_add(fe, "sandi", m);
	else if (pw_has_username(in->password, in->username))
		field_err_add(fe, "sandi", msg(M_PW_HAS_USERNAME));
	bits = role_parse_list(in->roles);
	if (bits == 0)
		field_err_add(fe, "peran", msg(M_ACC_ROLE_UNKNOWN));
	else if ((bits & ROLE_WARGA) && bits != ROLE_WARGA)
		field_err_add(fe, "peran", msg(M_ACC_WARGA_MIXED));
	if (!E(in->nik) || bits == ROLE_WARGA) {
		if ((m = nik_check(in->nik ? in->nik : "")) != NULL)
			field_err_add(fe, "nik", m);
	}
	if (bits == ROLE_WARGA || !E(in->full_name)) {
		if ((m = text_check(in->full_name ? in->full_name : "", 3, 120,
			 0)) != NULL)
			field_err_add(fe, "nama",
			    E(in->full_name) ? msg(M_ACC_NAME_REQUIRED) : m);
	}
	if (!E(in->phone) && !phone_ok(in->phone))
		field_err_add(fe, "telepon", msg(M_ACC_PHONE_BAD));
	if (!E(in->email) && !email_ok(in->email))
		field_err_add(fe, "email", msg(M_ACC_EMAIL_BAD));
	if (!E(in->kampung) && akun_sql_kampung_count(s, in->kampung) != 1)
		field_err_add(fe, "kampung", msg(M_ACC_KAMPUNG_BAD));
	if (bits == ROLE_WARGA && E(in->phone) && E(in->email))
		field_err_add(fe, "telepon", msg(M_ACC_CONTACT_REQUIRED));
	if (!E(in->warga) && (bits & ROLE_WARGA))
		field_err_add(fe, "warga", msg(M_NIKV_LINK_BAD));
	else if (!E(in->warga) && akun_sql_warga_count(s, in->warga) != 1)
		field_err_add(fe, "warga", msg(M_NIKV_LINK_BAD));
	if (bits != 0 && bits != ROLE_WARGA) {
		b = bits &
		    ~(unsigned)(ROLE_SUPERADMIN | ROLE_INSPEKTORAT |
			ROLE_PIMPINAN | ROLE_KOORDINATOR_SPBE);
		if (!E(in->unit_code)) {
			unit_id = akun_sql_unit_active(s, in->unit_code);
			if (unit_id == 0)
				field_err_add(fe, "unit",
				    msg(M_ACC_UNIT_UNKNOWN));
		} else if (b != 0) {
			field_err_add(fe, "unit", msg(M_ACC_UNIT_REQUIRED));
		}
	}
	if (fe->n > 0)
		return -1;
	if (password_hash(in->password, p->hash) != 0) {
		field_err_add(fe, "sandi", msg(M_PW_HASH_FAILED));
		return -1;
	}
	p->bits = bits;
	p->unit_id = unit_id;
	return 0;
}

int
account_insert(struct store *s, const struct account_new *in,
    struct account_prep *p, int64_t actor_id, const char *addr,
    struct field_errs *fe, int64_t *idp)
{
	struct audit a;
	unsigned b;
	int64_t id;
	int rc, vouched = in->nik_verified && !E(in->nik);

	if (!store_in_tx(s))
		BUG("account_insert outside a transaction");
	rc = akun_sql_insert(s, in->username, p->hash, p->unit_id,
	    in->nik ? in->nik : "", in->full_name ? in->full_name : "",
	    in->phone ? in->phone : "", in->email ? in->email : "",
	    (int64_t)time(NULL), (int64_t)time(NULL), vouched,
	    (int64_t)time(NULL), actor_id);
	sodium_memzero(p->hash, sizeof(p->hash));
	if (rc == STORE_CONSTRAINT) {
		if (akun_sql_username_count(s, in->username))
			field_err_add(fe, "pengguna",
			    msg(M_ACC_USERNAME_TAKEN));
		else
			field_err_add(fe, "nik", msg(M_NIKV_TAKEN));
		return -1;
	}
	if (rc != 0)
		return -2;
	id = store_last_id(s);
	if (!E(in->kampung) && akun_sql_set_kampung(s, id, in->kampung) != 0)
		return -2;
	if (!E(in->warga) &&
	    (akun_sql_warga_link(s, in->warga, id) != 0 ||
		akun_sql_warga_linked(s, id) != 1)) {
		field_err_add(fe, "warga", msg(M_NIKV_LINK_BAD));
		return -1;
	}
	for (b = 1; b <= ROLE_LAST; b <<= 1) {
		if ((p->bits & b) &&
		    akun_sql_role_add(s, id, role_name(b)) != 0)
			return -2;
	}
	memset(&a, 0, sizeof(a));
	a.actor_id = actor_id;
	a.action = "akun.buat";
	a.object_type = "akun";
	a.object_id = in->username;
	a.to_state = in->roles;
	a.note = vouched ? "nik terverifikasi" : NULL;
	a.addr = addr;
	if (audit_write(s, &a) != 0)
		return -2;
	*idp = id;
	return 0;
}

int
account_create(struct store *s, const struct account_new *in, int64_t actor_id,
    const char *addr, struct field_errs *fe, int64_t *idp)
{
	struct account_prep p;
	int rc;

	if (account_prepare(s, in, fe, &p) != 0)
		return -1;
	if (store_begin(s) != 0)
		goto fail;
	rc = account_insert(s, in, &p, actor_id, addr, fe, idp);
	if (rc == -1) {
		store_rollback(s);
		return -1;
	}
	if (rc != 0 || store_commit(s) != 0)
		goto fail;
	return 0;
fail:
	sodium_memzero(p.hash, sizeof(p.hash));
	store_rollback(s);
	field_err_add(fe, "pengguna", msg(M_ACC_SAVE_FAILED));
	return -1;
}

/* The columns row_read() expects, from account a LEFT JOIN unit u. */
int
account_load(struct store *s, int64_t id, struct account *a)
{
	return akun_sql_load(s, id, a);
}

int
account_find(struct store *s, const char *username, struct account *a)
{
	return akun_sql_find(s, username, a);
}

struct account *
account_list(struct store *s, const struct account_filter *f, int *np,
    int64_t *totalp)
{
	struct account *out;
	const char *q = f->q ? f->q : "";
	const char *role = f->role ? role_name(f->role) : "";
	int limit = f->limit, n, i;

	if (role == NULL)
		role = "-"; /* not a single known role: matches nothing */
	if (limit < 1 || limit > 500)
		limit = 500;
	*np = 0;
	if (totalp != NULL) {
		*totalp = akun_sql_list_count(s, f, q, role);
		if (*totalp < 0)
			return NULL;
	}
	out = akun_sql_list(s, f, q, role, limit, f->offset > 0 ? f->offset : 0,
	    &n);
	if (out == NULL)
		return NULL;
	for (i = 0; i < n; i++) {
		out[i].id_nik[0] = '\0';
		out[i].nik[0] = '\0'; /* lists never carry the NIK */
	}
	*np = n;
	return out;
}

int64_t
account_authenticate(struct store *s, const char *username,
    const char *password)
{
	static char dummy[128];
	char hash[128] = "";
	int64_t id = 0;
	int disabled = 1, ok;

	if (sodium_init() < 0)
		return 0;
	if (dummy[0] == '\0' && password_hash("pamong-dummy-password", dummy))
		return 0;
	akun_sql_credentials(s, username, &id, hash, sizeof(hash), &disabled);
	ok = crypto_pwhash_str_verify(id ? hash : dummy, password,
		 strlen(password)) == 0;
	return ok && id && !disabled ? id : 0;
}

int
account_change_password(struct store *s, int64_t id, const char *old,
    const char *new_pw, const char *keep_token_hash, struct field_errs *fe)
{
	struct account a;
	char hash[128];
	const char *m;
	struct audit au;

	if (account_load(s, id, &a) != 0)
		return -1;
	if (account_authenticate(s, a.username, old ? old : "") != id)
		field_err_add(fe, "sandi_lama", msg(M_PW_OLD_WRONG));
	if ((m = password_check(new_pw)) != NULL)
		field_err_add(fe, "sandi_baru", m);
	if (fe->n > 0)
		return -1;
	if (password_hash(new_pw, hash) != 0 || store_begin(s) != 0)
		return -1;
	memset(&au, 0, sizeof(au));
	au.actor_id = id;
	au.action = "akun.ganti_sandi";
	au.object_type = "akun";
	au.object_id = a.username;
	if (akun_sql_password_set(s, id, hash, (int64_t)time(NULL)) != 0 ||
	    akun_sql_session_end_others(s, id,
		keep_token_hash ? keep_token_hash : "") != 0 ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
account_set_disabled(struct store *s, int64_t id, int disabled,
    int64_t actor_id, const char *addr)
{
	struct account a;
	struct audit au;

	if (account_load(s, id, &a) != 0 || store_begin(s) != 0)
		return -1;
	memset(&au, 0, sizeof(au));
	au.actor_id = actor_id;
	au.action = disabled ? "akun.nonaktifkan" : "akun.aktifkan";
	au.object_type = "akun";
	au.object_id = a.username;
	au.addr = addr;
	if (akun_sql_disabled_set(s, id, disabled ? 1 : 0) != 0 ||
	    (disabled && akun_sql_session_end_all(s, id) != 0) ||
	    audit_write(s, &au) != 0 || store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
account_each(struct store *s,
    void (*fn)(void *, const char *, const char *, const char *, const char *,
	int),
    void *arg)
{
	return akun_sql_each_account(s, fn, arg);
}

struct account_hash *
account_hashes(struct store *s, const char *also1, const char *also2,
    size_t *np)
{
	return akun_sql_hashes(s, also1, also2, np);
}

void
account_hashes_free(struct account_hash *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].username);
		free(v[i].pw_hash);
	}
	free(v);
}

int
account_demo_clean(struct store *s, const char *kind, int64_t ref,
    const char *stamp)
{
	return akun_sql_demo_clean(s, kind, ref, stamp) > 0;
}

void
account_demo_clean_set(struct store *s, const char *kind, int64_t ref,
    const char *stamp)
{
	(void)akun_sql_demo_clean_set(s, kind, ref, stamp);
}

/* The password hash of a retired demo account: no password matches it. */
#define RETIRED_HASH "!dihapus-demo"

int
account_demo_retire(struct store *s, int64_t id, const char *user)
{
	struct audit au;
	char obj[24];

	snprintf(obj, sizeof(obj), "%lld", (long long)id);
	memset(&au, 0, sizeof(au));
	au.role = "cli";
	au.action = "demo.hapus";
	au.object_type = "akun";
	au.object_id = obj;
	au.note = user;
	au.addr = "cli";
	if (store_begin(s) != 0)
		return -1;
	if (akun_sql_retire(s, id, RETIRED_HASH) != 0 ||
	    akun_sql_session_end_all(s, id) != 0 || audit_write(s, &au) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}

int
account_demo_retired(struct store *s, int64_t id)
{
	return akun_sql_hash_is(s, id, RETIRED_HASH) == 1;
}

int
account_reset_password(struct store *s, int64_t id, const char *new_pw,
    int64_t actor_id, const char *addr, struct field_errs *fe)
{
	struct account a;
	struct audit au;
	char hash[128];
	const char *m;

	if ((m = password_check(new_pw)) != NULL) {
		field_err_add(fe, "sandi", m);
		return -1;
	}
	if (account_load(s, id, &a) != 0 || password_hash(new_pw, hash) != 0 ||
	    store_begin(s) != 0)
		return -1;
	memset(&au, 0, sizeof(au));
	au.actor_id = actor_id;
	au.action = "akun.reset_sandi";
	au.object_type = "akun";
	au.object_id = a.username;
	au.addr = addr;
	if (akun_sql_password_set(s, id, hash, (int64_t)time(NULL)) != 0 ||
	    akun_sql_session_end_all(s, id) != 0 || audit_write(s, &au) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		return -1;
	}
	return 0;
}
