/* kanal.c: reading DATA/kanal.conf (see kanal.h). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "kanal.h"

#define KANAL_MAX_FILE (64 * 1024)

static const char *const names[KANAL_N] = { "email", "whatsapp", "sms" };

const char *
kanal_name(enum kanal k)
{
	return (unsigned)k < KANAL_N ? names[k] : "?";
}

int
kanal_from_name(const char *s)
{
	int i;

	for (i = 0; i < KANAL_N; i++)
		if (s != NULL && strcmp(s, names[i]) == 0)
			return i;
	return -1;
}

/* The string keys and where they go. */
struct key {
	const char *name;
	size_t off;
};
#define K(n)                                                                   \
	{                                                                      \
#n, offsetof(struct kanal_conf, n)                             \
	}
static const struct key str_keys[] = { K(smtp_url), K(smtp_dari),
	K(smtp_pengguna), K(smtp_sandi), K(smtp_ca), K(wa_url), K(wa_token),
	K(wa_template), K(sms_url), K(sms_token), K(webhook_rahasia),
	K(alamat_situs), { NULL, 0 } };
#undef K

static void
defaults(struct kanal_conf *c)
{
	int i;

	memset(c, 0, sizeof(*c));
	for (i = 0; i < KANAL_N; i++)
		c->per_menit[i] = 60;
	c->batas_waktu = 10;
	c->smtp_starttls = 0;
	snprintf(c->wa_template, sizeof(c->wa_template), "pemberitahuan");
	snprintf(c->wa_bahasa, sizeof(c->wa_bahasa), "id");
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* A whole number in [lo, hi], or -1. */
static int
number(const char *v, int lo, int hi)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(v, &end, 10);
	if (*v == '\0' || *end != '\0' || errno != 0 || n < lo || n > hi)
		return -1;
	return (int)n;
}

static int
set_bad(struct kanal_conf *c, int line, const char *what)
{
	if (c->galat[0] == '\0')
		snprintf(c->galat, sizeof(c->galat), "baris %d: %s", line,
		    what);
	return -1;
}

/* One "kunci = nilai" line.  0, or -1 with c->galat. */
static int
line_set(struct kanal_conf *c, int line, char *k, char *v)
{
	const struct key *p;
	int n;

	for (p = str_keys; p->name != NULL; p++)
		if (strcmp(k, p->name) == 0) {
			if (strlen(v) >= KANAL_STR)
				return set_bad(c, line,
				    "nilai terlalu panjang");
			memcpy((char *)c + p->off, v, strlen(v) + 1);
			return 0;
		}
	if (strcmp(k, "smtp_starttls") == 0) {
		if (strcmp(v, "ya") != 0 && strcmp(v, "tidak") != 0)
			return set_bad(c, line,
			    "smtp_starttls harus ya atau tidak");
		c->smtp_starttls = strcmp(v, "ya") == 0;
		return 0;
	}
	if (strcmp(k, "wa_mode") == 0) {
		if (strcmp(v, "cloud") != 0 && strcmp(v, "gateway") != 0)
			return set_bad(c, line,
			    "wa_mode harus cloud atau gateway");
		c->wa_cloud = strcmp(v, "cloud") == 0;
		return 0;
	}
	if (strcmp(k, "wa_bahasa") == 0) {
		if (strlen(v) < 2 || strlen(v) >= sizeof(c->wa_bahasa))
			return set_bad(c, line, "wa_bahasa tidak sah");
		memcpy(c->wa_bahasa, v, strlen(v) + 1);
		return 0;
	}
	if (strcmp(k, "batas_waktu") == 0) {
		if ((n = number(v, 1, 120)) < 0)
			return set_bad(c, line,
			    "batas_waktu harus 1 sampai 120 detik");
		c->batas_waktu = n;
		return 0;
	}
	if (strcmp(k, "email_per_menit") == 0 ||
	    strcmp(k, "wa_per_menit") == 0 || strcmp(k, "sms_per_menit") == 0) {
		if ((n = number(v, 1, 100000)) < 0)
			return set_bad(c, line,
			    "batas per menit harus bilangan 1 sampai 100000");
		c->per_menit[k[0] == 'e' ? KANAL_EMAIL
			: k[0] == 'w'	 ? KANAL_WA
					 : KANAL_SMS] = n;
		return 0;
	}
	return set_bad(c, line, "kunci tidak dikenal");
}

static int
url_scheme_ok(const char *u, const char *a, const char *b)
{
	return strncmp(u, a, strlen(a)) == 0 ||
	    (b != NULL && strncmp(u, b, strlen(b)) == 0);
}

static int
has_ctl(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return 1;
	return 0;
}

static void
channel(struct kanal_conf *c, enum kanal k, const char *url, const char *why)
{
	if (*url == '\0')
		c->keadaan[k] = KANAL_MATI;
	else if (why != NULL) {
		c->keadaan[k] = KANAL_SALAH;
		snprintf(c->alasan[k], sizeof(c->alasan[k]), "%s", why);
	} else
		c->keadaan[k] = KANAL_AKTIF;
}

/* Each channel's state from the keys read. */
static void
judge(struct kanal_conf *c)
{
	const char *why = NULL;

	if (!url_scheme_ok(c->smtp_url, "smtp://", "smtps://"))
		why = "smtp_url harus diawali smtp:// atau smtps://";
	else if (c->smtp_dari[0] == '\0' || strchr(c->smtp_dari, '@') == NULL ||
	    has_ctl(c->smtp_dari) || strpbrk(c->smtp_dari, "<>\" ") != NULL)
		why = "smtp_dari harus alamat e-mail pengirim";
	else if ((c->smtp_pengguna[0] == '\0') != (c->smtp_sandi[0] == '\0'))
		why = "smtp_pengguna dan smtp_sandi harus diisi bersama";
	channel(c, KANAL_EMAIL, c->smtp_url, why);

	why = NULL;
	if (!url_scheme_ok(c->wa_url, "http://", "https://"))
		why = "wa_url harus diawali http:// atau https://";
	else if (c->wa_token[0] == '\0' || has_ctl(c->wa_token))
		why = "wa_token wajib diisi";
	else if (c->wa_cloud && c->wa_template[0] == '\0')
		why = "wa_template wajib diisi untuk wa_mode cloud";
	channel(c, KANAL_WA, c->wa_url, why);

	why = NULL;
	if (!url_scheme_ok(c->sms_url, "http://", "https://"))
		why = "sms_url harus diawali http:// atau https://";
	else if (has_ctl(c->sms_token))
		why = "sms_token tidak sah";
	channel(c, KANAL_SMS, c->sms_url, why);
}

int
kanal_parse(const char *text, struct kanal_conf *c)
{
	char *copy, *p, *nl, *eq, *line;
	int n = 0, rc = 0;

	defaults(c);
	copy = xstrdup(text);
	for (p = copy; p != NULL && *p != '\0'; p = nl) {
		nl = strchr(p, '\n');
		if (nl != NULL)
			*nl++ = '\0';
		n++;
		line = trim(p);
		if (*line == '\0' || *line == '#')
			continue;
		if ((eq = strchr(line, '=')) == NULL) {
			rc = set_bad(c, n, "harus berbentuk kunci = nilai");
			continue;
		}
		*eq = '\0';
		if (line_set(c, n, trim(line), trim(eq + 1)) != 0)
			rc = -1;
	}
	free(copy);
	judge(c);
	return rc;
}

int
kanal_read(const char *dir, struct kanal_conf *c)
{
	struct buf path = BUF_INIT, text = BUF_INIT;
	int rc, e;

	buf_init(&path, 256);
	buf_addf(&path, "%s/%s", dir, KANAL_FILE);
	buf_init(&text, 4096);
	rc = buf_read_file(&text, path.s, KANAL_MAX_FILE);
	e = errno;
	buf_free(&path);
	if (rc != 0) {
		buf_free(&text);
		rc = kanal_parse("", c);
		if (e == ENOENT)
			return rc; /* no file: every channel off */
		snprintf(c->galat, sizeof(c->galat), "%s tidak dapat dibaca%s",
		    KANAL_FILE, e == EFBIG ? " (terlalu besar)" : "");
		return -1;
	}
	buf_addc(&text, '\0');
	rc = kanal_parse(text.s, c);
	buf_free(&text);
	return rc;
}
