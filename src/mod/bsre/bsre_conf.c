/* bsre_conf.c: DATA/bsre.conf (doc/bsre.md "Configuration"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/msg.h"
#include "lib/str.h"
#include "bsre.h"

/* Trim spaces and tabs at both ends of s[0..*n). */
static const char *
trim(const char *s, size_t *n)
{
	while (*n > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		(*n)--;
	}
	while (*n > 0 &&
	    (s[*n - 1] == ' ' || s[*n - 1] == '\t' || s[*n - 1] == '\r'))
		(*n)--;
	return s;
}

/* Copy v[0..n) into out (size outlen) if it fits and has no NUL; 0/-1. */
static int
put(char *out, size_t outlen, const char *v, size_t n)
{
	if (n == 0 || n >= outlen || memchr(v, '\0', n) != NULL)
		return -1;
	memcpy(out, v, n);
	out[n] = '\0';
	return 0;
}

static int
number(const char *v, size_t n, int lo, int hi, int *out)
{
	int x = 0;
	size_t i;

	if (n == 0 || n > 4)
		return -1;
	for (i = 0; i < n; i++) {
		if (v[i] < '0' || v[i] > '9')
			return -1;
		x = x * 10 + (v[i] - '0');
	}
	if (x < lo || x > hi)
		return -1;
	*out = x;
	return 0;
}

int
bsre_conf_parse(const char *text, size_t len, struct bsre_conf *c, char *err,
    size_t errlen)
{
	const char *p = text, *end = text + len, *nl, *eq, *k, *v;
	size_t kn, vn;
	int line = 0, bad;

	memset(c, 0, sizeof(*c));
	c->batas_waktu = 30;
	*err = '\0';
	while (p < end) {
		line++;
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		kn = (size_t)(nl - p);
		k = trim(p, &kn);
		p = nl + 1;
		if (kn == 0 || *k == '#')
			continue;
		if ((eq = memchr(k, '=', kn)) == NULL) {
			snprintf(err, errlen, msg(M_BSRE_CONF_LINE), line);
			return -1;
		}
		vn = kn - (size_t)(eq - k) - 1;
		v = trim(eq + 1, &vn);
		kn = (size_t)(eq - k);
		k = trim(k, &kn);
#define KEY(name) (kn == sizeof(name) - 1 && memcmp(k, name, kn) == 0)
		if (KEY("url"))
			bad = put(c->url, sizeof(c->url), v, vn) != 0 ||
			    (strncmp(c->url, "https://", 8) != 0 &&
				strncmp(c->url, "http://", 7) != 0);
		else if (KEY("versi"))
			bad = number(v, vn, 1, 2, &c->versi);
		else if (KEY("pengguna"))
			bad = put(c->pengguna, sizeof(c->pengguna), v, vn);
		else if (KEY("sandi"))
			bad = put(c->sandi, sizeof(c->sandi), v, vn);
		else if (KEY("batas_waktu"))
			bad = number(v, vn, 1, 600, &c->batas_waktu);
		else if (KEY("akar"))
			bad = put(c->akar, sizeof(c->akar), v, vn);
		else {
			snprintf(err, errlen, msg(M_BSRE_CONF_KEY), line);
			return -1;
		}
#undef KEY
		if (bad) {
			snprintf(err, errlen, msg(M_BSRE_CONF_VALUE), line);
			return -1;
		}
	}
	if (*c->url == '\0' || c->versi == 0 || *c->akar == '\0') {
		str_field(err, errlen, msg(M_BSRE_CONF_MISSING));
		return -1;
	}
	len = strlen(c->url);
	while (len > 0 && c->url[len - 1] == '/')
		c->url[--len] = '\0';
	return 0;
}

int
bsre_conf_read(const char *data_dir, struct bsre_conf *c, char *err,
    size_t errlen)
{
	char path[4096], text[8192];
	FILE *f;
	size_t n;

	memset(c, 0, sizeof(*c));
	snprintf(path, sizeof(path), "%s/%s", data_dir, BSRE_FILE);
	if ((f = fopen(path, "r")) == NULL) {
		str_field(err, errlen, msg(M_BSRE_CONF_NONE));
		return 1;
	}
	n = fread(text, 1, sizeof(text), f);
	fclose(f);
	if (n == sizeof(text)) {
		str_field(err, errlen, msg(M_BSRE_CONF_LONG));
		return -1;
	}
	return bsre_conf_parse(text, n, c, err, errlen);
}
