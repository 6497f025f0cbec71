/*
 * tlog_note.c: the log's Ed25519 key and C2SP signed-note checkpoints
 * (the format of Go's golang.org/x/mod/sumdb/note).
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "tlog.h"

#define EMDASH "\xe2\x80\x94"
#define B64 sodium_base64_VARIANT_ORIGINAL

static int
name_ok(const char *name)
{
	size_t i, n = strlen(name);

	if (n == 0 || n >= TLOG_NAME_MAX)
		return 0;
	for (i = 0; i < n; i++)
		if ((unsigned char)name[i] <= ' ' || name[i] == '+' ||
		    (unsigned char)name[i] >= 0x7f)
			return 0;
	return 1;
}

uint32_t
tlog_key_id(const char *name, const unsigned char pk[32])
{
	crypto_hash_sha256_state c;
	unsigned char h[32], sep[2] = { 0x0a, 0x01 };

	crypto_hash_sha256_init(&c);
	crypto_hash_sha256_update(&c, (const unsigned char *)name,
	    strlen(name));
	crypto_hash_sha256_update(&c, sep, 2);
	crypto_hash_sha256_update(&c, pk, 32);
	crypto_hash_sha256_final(&c, h);
	return (uint32_t)h[0] << 24 | (uint32_t)h[1] << 16 |
	    (uint32_t)h[2] << 8 | h[3];
}

static char *
b64(const unsigned char *p, size_t n)
{
	size_t len = sodium_base64_encoded_len(n, B64);
	char *s = xmalloc(len);

	sodium_bin2base64(s, len, p, n, B64);
	return s;
}

/* Decode exactly want bytes of standard padded base64 s[0..n). */
static int
unb64(const char *s, size_t n, unsigned char *out, size_t want)
{
	size_t got;
	const char *end;

	if (sodium_base642bin(out, want, s, n, NULL, &got, &end, B64) != 0 ||
	    got != want || end != s + n)
		return -1;
	return 0;
}

/* "<prefix><name>+<hex id>+<base64(0x01 || key32)>" */
static char *
key_text(const char *prefix, const char *name, uint32_t id,
    const unsigned char key[32])
{
	unsigned char k[33];
	char *e, *s;

	k[0] = 0x01;
	memcpy(k + 1, key, 32);
	e = b64(k, sizeof(k));
	s = xasprintf("%s%s+%08" PRIx32 "+%s", prefix, name, id, e);
	sodium_memzero(k, sizeof(k));
	sodium_memzero(e, strlen(e));
	free(e);
	return s;
}

/* Parse "<name>+<hex id>+<base64(0x01 || key32)>" (after any prefix). */
static int
key_parse(const char *s, char name[TLOG_NAME_MAX], uint32_t *id,
    unsigned char key[32])
{
	const char *p1, *p2;
	unsigned char k[33];
	char hex[9], *end;
	size_t n;

	if ((p1 = strchr(s, '+')) == NULL ||
	    (p2 = strchr(p1 + 1, '+')) == NULL || p2 - p1 != 9)
		return -1;
	n = (size_t)(p1 - s);
	if (n == 0 || n >= TLOG_NAME_MAX)
		return -1;
	memcpy(name, s, n);
	name[n] = '\0';
	if (!name_ok(name))
		return -1;
	memcpy(hex, p1 + 1, 8);
	hex[8] = '\0';
	if (strspn(hex, "0123456789abcdef") != 8)
		return -1;
	*id = (uint32_t)strtoul(hex, &end, 16);
	n = strcspn(p2 + 1, "\r\n");
	if (p2[1 + n] != '\0' &&
	    strspn(p2 + 1 + n, "\r\n") != strlen(p2 + 1 + n))
		return -1;
	if (unb64(p2 + 1, n, k, sizeof(k)) != 0 || k[0] != 0x01)
		return -1;
	memcpy(key, k + 1, 32);
	sodium_memzero(k, sizeof(k));
	return 0;
}

int
tlog_key_create(const char *dir, const char *name)
{
	struct tlog_key k;
	char *path, *txt;
	unsigned char seed[32];
	int fd, rc = -1;
	size_t len;

	if (!name_ok(name)) {
		fprintf(stderr, "pamong: nama log tidak sah: %s\n", name);
		return -1;
	}
	if (sodium_init() < 0)
		BUG("sodium_init");
	path = xasprintf("%s/%s", dir, TLOG_KEY_FILE);
	if (access(path, F_OK) == 0) {
		free(path);
		return 0;
	}
	randombytes_buf(seed, sizeof(seed));
	crypto_sign_seed_keypair(k.pk, k.sk, seed);
	txt = key_text("PRIVATE+KEY+", name, tlog_key_id(name, k.pk), seed);
	len = strlen(txt);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd == -1) {
		rc = errno == EEXIST ? 0 : -1;
		if (rc)
			fprintf(stderr, "pamong: tidak dapat membuat %s\n",
			    path);
	} else {
		if (write(fd, txt, len) == (ssize_t)len &&
		    write(fd, "\n", 1) == 1 && fsync(fd) == 0)
			rc = 1;
		if (close(fd) != 0)
			rc = -1;
		if (rc != 1)
			fprintf(stderr, "pamong: gagal menulis %s\n", path);
	}
	sodium_memzero(seed, sizeof(seed));
	sodium_memzero(&k, sizeof(k));
	sodium_memzero(txt, len);
	free(txt);
	free(path);
	return rc;
}

int
tlog_key_load(const char *dir, struct tlog_key *k)
{
	char buf[512], *path;
	unsigned char seed[32];
	uint32_t id;
	ssize_t n;
	int fd;

	if (sodium_init() < 0)
		BUG("sodium_init");
	memset(k, 0, sizeof(*k));
	path = xasprintf("%s/%s", dir, TLOG_KEY_FILE);
	fd = open(path, O_RDONLY);
	free(path);
	if (fd == -1)
		return -1;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 12 || n >= (ssize_t)sizeof(buf) - 1)
		return -1;
	buf[n] = '\0';
	if (strncmp(buf, "PRIVATE+KEY+", 12) != 0 ||
	    key_parse(buf + 12, k->name, &id, seed) != 0) {
		sodium_memzero(buf, sizeof(buf));
		return -1;
	}
	sodium_memzero(buf, sizeof(buf));
	crypto_sign_seed_keypair(k->pk, k->sk, seed);
	sodium_memzero(seed, sizeof(seed));
	k->id = tlog_key_id(k->name, k->pk);
	if (k->id != id) {
		sodium_memzero(k, sizeof(*k));
		return -1;
	}
	return 0;
}

char *
tlog_vkey(const struct tlog_key *k)
{
	return key_text("", k->name, k->id, k->pk);
}

int
tlog_vkey_parse(const char *vkey, struct tlog_key *k)
{
	uint32_t id;

	memset(k, 0, sizeof(*k));
	if (key_parse(vkey, k->name, &id, k->pk) != 0)
		return -1;
	k->id = tlog_key_id(k->name, k->pk);
	return k->id == id ? 0 : -1;
}

char *
tlog_note_sign(const struct tlog_key *k, uint64_t size,
    const unsigned char root[32])
{
	unsigned char sig[4 + 64];
	char *r64, *text, *s64, *note;

	r64 = b64(root, 32);
	text = xasprintf("%s\n%" PRIu64 "\n%s\n", k->name, size, r64);
	sig[0] = k->id >> 24;
	sig[1] = k->id >> 16;
	sig[2] = k->id >> 8;
	sig[3] = k->id;
	crypto_sign_detached(sig + 4, NULL, (const unsigned char *)text,
	    strlen(text), k->sk);
	s64 = b64(sig, sizeof(sig));
	note = xasprintf("%s\n" EMDASH " %s %s\n", text, k->name, s64);
	free(r64);
	free(text);
	free(s64);
	return note;
}

/* Decimal without leading zeros (except "0"), fits in int64. */
static int
parse_size(const char *s, size_t n, uint64_t *v)
{
	uint64_t x = 0;
	size_t i;

	if (n == 0 || n > 19 || (n > 1 && s[0] == '0'))
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		x = x * 10 + (uint64_t)(s[i] - '0');
	}
	if (x > INT64_MAX)
		return -1;
	*v = x;
	return 0;
}

int
tlog_note_verify(const char *note, size_t len, const struct tlog_key *k,
    uint64_t *size, unsigned char root[32])
{
	const char *p, *end, *text_end, *l1, *l2, *l3, *nl, *sp;
	unsigned char sig[4 + 64];
	size_t tlen, nlen, n;
	uint32_t id;
	uint64_t sz;
	unsigned char rt[32];
	int good = 0;

	if (len == 0 || len > TLOG_NOTE_MAX || memchr(note, '\0', len) ||
	    note[len - 1] != '\n')
		return 0;
	end = note + len;
	/* text: up to the first blank line, including its final '\n' */
	for (p = note; p + 1 < end; p++)
		if (p[0] == '\n' && p[1] == '\n')
			break;
	if (p + 1 >= end)
		return 0;
	text_end = p + 1;
	tlen = (size_t)(text_end - note);
	/* origin, size, root: the first three lines */
	l1 = note;
	if ((l2 = memchr(l1, '\n', tlen)) == NULL || ++l2 >= text_end ||
	    (l3 = memchr(l2, '\n', (size_t)(text_end - l2))) == NULL ||
	    ++l3 >= text_end ||
	    (nl = memchr(l3, '\n', (size_t)(text_end - l3))) == NULL)
		return 0;
	nlen = strlen(k->name);
	if ((size_t)(l2 - 1 - l1) != nlen || memcmp(l1, k->name, nlen) != 0)
		return 0;
	if (parse_size(l2, (size_t)(l3 - 1 - l2), &sz) != 0 ||
	    unb64(l3, (size_t)(nl - l3), rt, 32) != 0)
		return 0;
	/* signature lines: "\u2014 <name> <base64>\n" */
	for (p = text_end + 1; p < end; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			return 0;
		if ((size_t)(nl - p) < 4 || memcmp(p, EMDASH " ", 4) != 0)
			return 0;
		p += 4;
		if ((sp = memchr(p, ' ', (size_t)(nl - p))) == NULL)
			return 0;
		if ((size_t)(sp - p) != nlen || memcmp(p, k->name, nlen) != 0)
			continue; /* another signer: ignored */
		n = (size_t)(nl - sp - 1);
		if (unb64(sp + 1, n, sig, sizeof(sig)) != 0)
			continue;
		id = (uint32_t)sig[0] << 24 | (uint32_t)sig[1] << 16 |
		    (uint32_t)sig[2] << 8 | sig[3];
		if (id != k->id)
			continue;
		if (crypto_sign_verify_detached(sig + 4,
			(const unsigned char *)note, tlen, k->pk) == 0)
			good = 1;
	}
	if (good) {
		*size = sz;
		memcpy(root, rt, 32);
	}
	return good;
}
