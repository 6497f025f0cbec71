/*
 * nik_verif.c: claimed and verified NIKs, office verification, the
 * owner's take-over of a squatted NIK, and the external verifier
 * (issue 12 item 5).
 */
#include <sys/types.h>
#include <sys/wait.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <sodium.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/nik.h"
#include "lib/str.h"
#include "lib/utf8.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "account.h"
#include "mod/akses/akses.h"
#include "mod/audit/audit.h"
#include "mod/kasus/kasus.h"
#include "nik_verif.h"
#include "sql.h"

#define EXT_TIMEOUT 20 /* seconds the external command may take */
#define EXT_OUT_MAX 65536

/* The first staff role of an account, as the audit names it. */
static const char *
first_role(const struct account *who)
{
	unsigned bit;

	if (who == NULL)
		return "";
	for (bit = ROLE_OPERATOR; bit <= ROLE_LAST; bit <<= 1)
		if (who->roles & bit)
			return role_name(bit);
	return "";
}

int
nikv_office(struct store *s, const struct account *a)
{
	if (a == NULL || a->disabled || a->unit_id == 0 ||
	    !(a->roles & (ROLE_OPERATOR | ROLE_VERIFIKATOR)))
		return 0;
	return akun_sql_office_count(s, a->unit_id) > 0;
}

static int
all_digits(const char *q, size_t n)
{
	size_t i;

	if (strlen(q) != n)
		return 0;
	for (i = 0; i < n; i++)
		if (!isdigit((unsigned char)q[i]))
			return 0;
	return 1;
}

int
nikv_find(struct store *s, const char *q, struct account *a)
{
	int64_t id;

	if (q == NULL || *q == '\0' || strlen(q) > 64)
		return -1;
	if (all_digits(q, 16))
		id = akun_sql_id_by_nik(s, q);
	else
		id = akun_sql_id_by_username(s, q);
	if (id <= 0)
		return -1;
	return account_load(s, id, a);
}

int
nikv_info(struct store *s, int64_t account_id, char *via, size_t vialen,
    time_t *at, char *by, size_t bylen)
{
	str_field(via, vialen, "");
	str_field(by, bylen, "");
	*at = 0;
	return akun_sql_nik_info(s, account_id, via, vialen, at, by, bylen) == 1
	    ? 0
	    : -1;
}

int
nikv_verify_tx(struct store *s, const struct account *officer,
    int64_t account_id, const char *via, const char *ref, const char *addr,
    time_t now)
{
	struct account a;
	char note[160];

	if (!store_in_tx(s))
		BUG("nikv_verify_tx outside a transaction");
	if (account_load(s, account_id, &a) != 0 || a.nik[0] == '\0')
		return -1;
	if (a.nik_verified)
		return 0;
	if (akun_sql_nik_verify(s, account_id, (int64_t)now,
		officer ? officer->id : 0, via) != 0 ||
	    store_changes(s) != 1)
		return -1;
	snprintf(note, sizeof(note), "%s%s%s", via, ref && *ref ? ": " : "",
	    ref && *ref ? ref : "");
	return audit_write(s,
	    &(struct audit){ .actor_id = officer ? officer->id : 0,
		.role = first_role(officer),
		.unit_id = officer ? officer->unit_id : 0,
		.action = "akun.nik_verifikasi",
		.object_type = "akun",
		.object_id = a.username,
		.from_state = "diklaim",
		.to_state = "terverifikasi",
		.note = note,
		.addr = addr });
}

int
nikv_verify(struct store *s, const struct account *officer, int64_t account_id,
    const char *addr, time_t now, const char **why)
{
	struct account a;

	*why = NULL;
	if (!nikv_office(s, officer)) {
		*why = msg(M_NIKV_OFFICE_ONLY);
		return NIKV_FORBIDDEN;
	}
	if (account_load(s, account_id, &a) != 0) {
		*why = msg(M_NIKV_NOT_FOUND);
		return NIKV_NOT_FOUND;
	}
	if (a.id == officer->id) {
		*why = msg(M_NIKV_SELF);
		return NIKV_FORBIDDEN;
	}
	if (a.nik[0] == '\0') {
		*why = msg(M_NIKV_NO_NIK);
		return NIKV_CONFLICT;
	}
	if (a.nik_verified) {
		*why = msg(M_NIKV_ALREADY);
		return NIKV_CONFLICT;
	}
	if (store_begin(s) != 0)
		return NIKV_STORAGE;
	if (nikv_verify_tx(s, officer, account_id, "kantor", officer->unit_code,
		addr, now) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		*why = msg(M_SAVE_FAILED);
		return NIKV_STORAGE;
	}
	return NIKV_OK;
}

/* The account holding a NIK, as the take-over needs it. */
struct holder {
	int64_t id;
	char username[65];
	char full_name[STR_CHARS(120)];
	time_t created_at;
	int verified;
};

/* The holder's row into h (first row only). */
static int
holder_row(void *arg, int64_t id, const char *username, const char *full_name,
    int64_t created_at, int verified)
{
	struct holder *h = arg;

	h->id = id;
	str_field(h->username, sizeof(h->username), username);
	str_field(h->full_name, sizeof(h->full_name), full_name);
	h->created_at = (time_t)created_at;
	h->verified = verified;
	return 1;
}

static int
holder_load(struct store *s, const char *nik, struct holder *h)
{
	memset(h, 0, sizeof(*h));
	return akun_sql_each_holder(s, nik, holder_row, h) != 0 ? -1 : 0;
}

int
nikv_takeover(struct store *s, const struct account *officer, const char *nik,
    const char *target, const struct account_new *baru, const char *alasan,
    const char *addr, time_t now, char *kasus, size_t kasuslen, int64_t *new_id,
    struct field_errs *fe, const char **why)
{
	struct account_prep prep;
	struct account_new n;
	struct account t;
	struct holder h;
	struct tm tm;
	char made[16], *ringkasan = NULL;
	const char *role = first_role(officer);
	int rc = NIKV_STORAGE, prepared = 0, r;
	int64_t to = 0;

	*why = NULL;
	*new_id = 0;
	if (kasus != NULL && kasuslen > 0)
		*kasus = '\0';
	if (!nikv_office(s, officer)) {
		*why = msg(M_NIKV_OFFICE_ONLY);
		return NIKV_FORBIDDEN;
	}
	if (nik == NULL || nik_check(nik) != NULL) {
		*why = nik_check(nik);
		return NIKV_INVALID;
	}
	if (alasan == NULL || text_check(alasan, 10, 1000, 1) != NULL) {
		*why = msg(M_NIKV_TAKEOVER_REASON);
		return NIKV_INVALID;
	}
	if (target == NULL || *target == '\0') {
		/* a new citizen account for the owner, made at the office */
		if (baru == NULL) {
			*why = msg(M_NIKV_TAKEOVER_TARGET);
			return NIKV_INVALID;
		}
		n = *baru;
		n.nik = nik;
		n.roles = "warga";
		n.unit_code = NULL;
		n.nik_verified = 0; /* verified below, via ambil_alih */
		if (account_prepare(s, &n, fe, &prep) != 0) {
			*why = fe->n > 0 ? fe->e[0].msg : msg(M_SAVE_FAILED);
			return NIKV_INVALID;
		}
		prepared = 1;
	}
	if (store_begin(s) != 0)
		goto out0;
	if (holder_load(s, nik, &h) != 0)
		goto out;
	if (h.id == 0) {
		*why = msg(M_NIKV_TAKEOVER_FREE);
		rc = NIKV_CONFLICT;
		goto out;
	}
	if (h.verified) {
		*why = msg(M_NIKV_TAKEOVER_VERIFIED);
		rc = NIKV_CONFLICT;
		goto out;
	}
	if (h.id == officer->id) {
		*why = msg(M_NIKV_SELF);
		rc = NIKV_FORBIDDEN;
		goto out;
	}
	if (!prepared) {
		if (account_find(s, target, &t) != 0 || t.disabled ||
		    t.nik[0] != '\0' || t.id == h.id) {
			*why = msg(M_NIKV_TAKEOVER_TARGET);
			rc = NIKV_INVALID;
			goto out;
		}
		if (t.id == officer->id) {
			*why = msg(M_NIKV_SELF);
			rc = NIKV_FORBIDDEN;
			goto out;
		}
		to = t.id;
	}
	/* the squatter's account loses the NIK and waits for review */
	if (akun_sql_nik_revoke(s, h.id, nik) != 0 || store_changes(s) != 1 ||
	    akun_sql_session_end_all(s, h.id) != 0)
		goto out;
	if (audit_write(s,
		&(struct audit){ .actor_id = officer->id,
		    .role = role,
		    .unit_id = officer->unit_id,
		    .action = "akun.nik_dicabut",
		    .object_type = "akun",
		    .object_id = h.username,
		    .from_state = "diklaim",
		    .to_state = "tanpa_nik",
		    .note = "ambil_alih",
		    .addr = addr }) != 0 ||
	    audit_write(s,
		&(struct audit){ .actor_id = officer->id,
		    .role = role,
		    .unit_id = officer->unit_id,
		    .action = "akun.nonaktifkan",
		    .object_type = "akun",
		    .object_id = h.username,
		    .note = "ambil_alih NIK, menunggu"
			    " pemeriksaan",
		    .addr = addr }) != 0)
		goto out;
	if (prepared) {
		r = account_insert(s, &n, &prep, officer->id, addr, fe, &to);
		prepared = 0;
		if (r == -1) {
			*why = fe->n > 0 ? fe->e[0].msg : msg(M_SAVE_FAILED);
			rc = NIKV_INVALID;
			goto out;
		}
		if (r != 0)
			goto out;
		if (account_find(s, n.username, &t) != 0)
			goto out;
	} else if (akun_sql_nik_set(s, to, nik) != 0 || store_changes(s) != 1)
		goto out;
	if (nikv_verify_tx(s, officer, to, "ambil_alih", h.username, addr,
		now) != 0)
		goto out;
	localtime_r(&h.created_at, &tm);
	strftime(made, sizeof(made), "%Y-%m-%d", &tm);
	ringkasan = xasprintf(msg(M_NIKV_TAKEOVER_RINGKASAN), nik,
	    officer->unit_name, officer->full_name, officer->username,
	    h.username, h.full_name, made, t.username, alasan);
	if (kasus_open(s, "lainnya", "akun", h.username, officer->unit_id,
		msg(M_NIKV_TAKEOVER_KASUS), ringkasan, officer->id, now, kasus,
		kasuslen) == 0)
		goto out;
	if (store_commit(s) != 0)
		goto out;
	*new_id = to;
	free(ringkasan);
	return NIKV_OK;
out:
	store_rollback(s);
out0:
	if (prepared)
		sodium_memzero(prep.hash, sizeof(prep.hash));
	free(ringkasan);
	if (*why == NULL)
		*why = msg(M_SAVE_FAILED);
	return rc;
}

int
nikv_applicant_ok(struct store *s, int64_t permohonan_id)
{
	return (int)akun_sql_applicant_ok(s, permohonan_id);
}

/* --- the external verifier ------------------------------------------ */

static char *
trim(char *p)
{
	char *e;

	while (isspace((unsigned char)*p))
		p++;
	e = p + strlen(p);
	while (e > p && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return p;
}

int
nikv_ext_load(const char *data_dir, struct nikv_ext *x, char *err,
    size_t errlen)
{
	char path[1024], line[1024], *k, *v, *eq;
	FILE *f;
	int lineno = 0;

	memset(x, 0, sizeof(*x));
	x->threshold = 90;
	snprintf(path, sizeof(path), "%s/dukcapil.conf", data_dir);
	if ((f = fopen(path, "r")) == NULL) {
		if (errno == ENOENT)
			return 0;
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return -1;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		line[strcspn(line, "#\r\n")] = '\0';
		k = trim(line);
		if (*k == '\0')
			continue;
		if ((eq = strchr(k, '=')) == NULL)
			goto bad;
		*eq = '\0';
		k = trim(k);
		v = trim(eq + 1);
		if (strcmp(k, "perintah") == 0 && *v == '/' &&
		    strlen(v) < sizeof(x->command))
			str_field(x->command, sizeof(x->command), v);
		else if (strcmp(k, "ambang") == 0 && all_digits(v, strlen(v)) &&
		    strlen(v) <= 3 && atoi(v) >= 1 && atoi(v) <= 100)
			x->threshold = atoi(v);
		else
			goto bad;
	}
	fclose(f);
	if (x->command[0] == '\0') {
		snprintf(err, errlen, "%s: perintah (jalur absolut) wajib",
		    path);
		return -1;
	}
	return 1;
bad:
	fclose(f);
	snprintf(err, errlen,
	    "%s baris %d: tidak dikenal (perintah = /jalur,"
	    " ambang = 1-100)",
	    path, lineno);
	return -1;
}

/* Write all of len bytes; -1 on error. */
static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t w;

	while (len > 0) {
		if ((w = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		len -= (size_t)w;
	}
	return 0;
}

int
nikv_ext_query(const struct nikv_ext *x, const char *nik, const char *nama,
    const char *lahir, int *score, char *err, size_t errlen)
{
	int in[2] = { -1, -1 }, out[2] = { -1, -1 }, status, rc = -1;
	struct buf b = BUF_INIT;
	struct pollfd pfd;
	json_t *q, *a, *sk;
	json_error_t je;
	char *body, chunk[4096];
	time_t deadline;
	ssize_t n;
	pid_t pid;

	*score = 0;
	q = json_pack("{s:s,s:s,s:s}", "nik", nik, "nama", nama,
	    "tanggal_lahir", lahir);
	body = q ? json_dumps(q, JSON_COMPACT) : NULL;
	json_decref(q);
	if (body == NULL || pipe(in) != 0 || pipe(out) != 0) {
		str_field(err, errlen, msg(M_NIKV_EXT_FAILED));
		goto done;
	}
	if ((pid = fork()) < 0) {
		snprintf(err, errlen, "fork: %s", strerror(errno));
		goto done;
	}
	if (pid == 0) {
		char *argv[2];

		argv[0] = (char *)x->command;
		argv[1] = NULL;
		if (dup2(in[0], 0) < 0 || dup2(out[1], 1) < 0)
			_exit(127);
		close(in[0]);
		close(in[1]);
		close(out[0]);
		close(out[1]);
		execv(x->command, argv);
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	in[0] = out[1] = -1;
	signal(SIGPIPE, SIG_IGN); /* a command that ignores stdin */
	(void)write_all(in[1], body, strlen(body));
	close(in[1]);
	in[1] = -1;
	buf_init(&b, 256);
	deadline = time(NULL) + EXT_TIMEOUT;
	for (;;) {
		pfd.fd = out[0];
		pfd.events = POLLIN;
		if (time(NULL) >= deadline || poll(&pfd, 1, 1000) < 0) {
			if (errno == EINTR && time(NULL) < deadline)
				continue;
			kill(pid, SIGKILL);
			(void)waitpid(pid, &status, 0);
			snprintf(err, errlen, "%s (batas waktu %d detik)",
			    msg(M_NIKV_EXT_FAILED), EXT_TIMEOUT);
			goto done;
		}
		if (pfd.revents == 0)
			continue;
		n = read(out[0], chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		if (b.len + (size_t)n > EXT_OUT_MAX) {
			kill(pid, SIGKILL);
			(void)waitpid(pid, &status, 0);
			str_field(err, errlen, msg(M_NIKV_EXT_FAILED));
			goto done;
		}
		buf_add(&b, chunk, (size_t)n);
	}
	/* stdout closed: wait for the exit, still within the deadline */
	while (
	    (n = waitpid(pid, &status, WNOHANG)) == 0 && time(NULL) < deadline)
		(void)poll(NULL, 0, 50);
	if (n == 0) {
		kill(pid, SIGKILL);
		(void)waitpid(pid, &status, 0);
		snprintf(err, errlen, "%s (batas waktu %d detik)",
		    msg(M_NIKV_EXT_FAILED), EXT_TIMEOUT);
		goto done;
	}
	if (n != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		snprintf(err, errlen, "%s (status keluar perintah bukan 0)",
		    msg(M_NIKV_EXT_FAILED));
		goto done;
	}
	a = json_loadb(b.s ? b.s : "", b.len, 0, &je);
	sk = a ? json_object_get(a, "skor") : NULL;
	if (!json_is_integer(sk) || json_integer_value(sk) < 0 ||
	    json_integer_value(sk) > 100) {
		json_decref(a);
		str_field(err, errlen, msg(M_NIKV_EXT_FAILED));
		goto done;
	}
	*score = (int)json_integer_value(sk);
	json_decref(a);
	rc = 0;
done:
	if (in[0] >= 0)
		close(in[0]);
	if (in[1] >= 0)
		close(in[1]);
	if (out[0] >= 0)
		close(out[0]);
	if (out[1] >= 0)
		close(out[1]);
	buf_free(&b);
	free(body);
	return rc;
}

int
nikv_ext_check(struct store *s, const char *data_dir,
    const struct account *officer, int64_t account_id, const char *lahir,
    const char *addr, time_t now, int *score, int *verified, const char **why)
{
	static _Thread_local char err[512];
	struct nikv_ext x;
	struct account a;
	int d, m, yy, y, mo, dd;
	char ref[32];

	*why = NULL;
	*score = 0;
	*verified = 0;
	switch (nikv_ext_load(data_dir, &x, err, sizeof(err))) {
	case 0:
		*why = msg(M_NIKV_EXT_OFF);
		return NIKV_CONFLICT;
	case -1:
		*why = err;
		return NIKV_STORAGE;
	}
	if (!nikv_office(s, officer)) {
		*why = msg(M_NIKV_OFFICE_ONLY);
		return NIKV_FORBIDDEN;
	}
	if (account_load(s, account_id, &a) != 0) {
		*why = msg(M_NIKV_NOT_FOUND);
		return NIKV_NOT_FOUND;
	}
	if (a.nik[0] == '\0') {
		*why = msg(M_NIKV_NO_NIK);
		return NIKV_CONFLICT;
	}
	if (a.nik_verified) {
		*why = msg(M_NIKV_ALREADY);
		return NIKV_CONFLICT;
	}
	if (lahir == NULL || strlen(lahir) != 10 ||
	    sscanf(lahir, "%4d-%2d-%2d", &y, &mo, &dd) != 3 ||
	    nik_birthdate(a.nik, &d, &m, &yy, NULL) != 0 || d != dd ||
	    m != mo || y % 100 != yy) {
		*why = msg(M_NIKV_EXT_LAHIR);
		return NIKV_INVALID;
	}
	/* every call is in the citizen's data-access log, made or not */
	if (akses_record(s, officer, a.id, "akun", a.username,
		msg(M_NIKV_EXT_PURPOSE), addr, now) != 0) {
		*why = msg(M_SAVE_FAILED);
		return NIKV_STORAGE;
	}
	if (nikv_ext_query(&x, a.nik, a.full_name, lahir, score, err,
		sizeof(err)) != 0) {
		*why = err;
		return NIKV_STORAGE;
	}
	if (*score < x.threshold)
		return NIKV_OK;
	snprintf(ref, sizeof(ref), "skor %d", *score);
	if (store_begin(s) != 0)
		return NIKV_STORAGE;
	if (nikv_verify_tx(s, officer, a.id, "dukcapil", ref, addr, now) != 0 ||
	    store_commit(s) != 0) {
		store_rollback(s);
		*why = msg(M_SAVE_FAILED);
		return NIKV_STORAGE;
	}
	*verified = 1;
	return NIKV_OK;
}
