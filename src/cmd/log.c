/*
 * log.c: `pamong log verify|checkpoint`: check the transparency log from
 * its database (--data) or, as an outside monitor, from its public
 * endpoints only (--url; fetched with curl(1), so https works too).
 *
 * Exit codes: 0 the log checks out; 1 usage or operational error
 * (unreadable database, network, malformed answer); 2 the log does not
 * check out (tampering, inconsistency, bad signature).
 */
#include <sys/wait.h>

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jansson.h>
#include <sodium.h>

#include "mod/tlog/merkle.h"
#include "mod/tlog/tlog.h"
#include "lib/buf.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "cmd.h"

#define PAGE 1000 /* entries per /log/entri request */

static char *
read_file(const char *path, size_t *len)
{
	struct buf b = BUF_INIT;

	if (buf_read_file(&b, path, 1 << 20) != 0) {
		if (errno == EFBIG)
			die("%s terlalu besar untuk sebuah checkpoint", path);
		die("tidak dapat membaca %s: %s", path, strerror(errno));
	}
	return buf_detach(&b, len);
}

static void
report(const struct tlog_report *rep)
{
	if (rep->bad_index >= 0 && rep->bad_upto > rep->bad_index)
		printf("log TIDAK COCOK: indeks pertama yang tidak cocok ada di"
		       " rentang %" PRId64 "..%" PRId64 " (%s)\n",
		    rep->bad_index, rep->bad_upto - 1, rep->why);
	else if (rep->bad_index >= 0)
		printf(
		    "log TIDAK COCOK: indeks pertama yang tidak cocok: %" PRId64
		    " (%s)\n",
		    rep->bad_index, rep->why);
	else
		printf("log TIDAK COCOK: %s\n", rep->why);
}

static int
verify_data(const char *dir, const char *cpfile)
{
	struct store *s;
	struct tlog_key k;
	struct tlog_report rep;
	char *saved = NULL;
	size_t savedlen = 0;
	int rc;

	if (tlog_key_load(dir, &k) != 0)
		die("kunci log %s/%s tidak ada atau rusak", dir, TLOG_KEY_FILE);
	if (cpfile != NULL)
		saved = read_file(cpfile, &savedlen);
	s = cmd_open_store(dir);
	rc = tlog_verify_store(s, &k, saved, savedlen, &rep);
	store_close(s);
	sodium_memzero(&k, sizeof(k));
	free(saved);
	if (rc < 0)
		die("basis data log tidak dapat dibaca");
	printf("entri: %" PRId64 ", checkpoint bertanda tangan: %" PRId64
	       " (terakhir ukuran %" PRId64 ")\n",
	    rep.entries, rep.checkpoints, rep.signed_size);
	if (rc == 0) {
		if (cpfile != NULL)
			printf("checkpoint tersimpan %s konsisten\n", cpfile);
		printf("log OK\n");
		return 0;
	}
	report(&rep);
	return 2;
}

/* --- the outside monitor --- */

/* Set by http_get(): the last failure was an HTTP error status (curl 22). */
static int http_refused;

/* GET url with curl(1); the body (malloc'd), or NULL (message printed). */
static char *
http_get(const char *url, size_t *len)
{
	struct buf b = BUF_INIT;
	char tmp[8192];
	int fd[2], st;
	ssize_t n;
	pid_t pid;

	if (pipe(fd) != 0)
		die("pipe: %s", strerror(errno));
	if ((pid = fork()) == -1)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		dup2(fd[1], 1);
		close(fd[0]);
		close(fd[1]);
		execlp("curl", "curl", "-sS", "-f", "--max-time", "60",
		    "--proto", "=http,https", "--", url, (char *)NULL);
		fprintf(stderr, "pamong: curl tidak dapat dijalankan: %s\n",
		    strerror(errno));
		_exit(127);
	}
	close(fd[1]);
	while ((n = read(fd[0], tmp, sizeof(tmp))) > 0)
		buf_add(&b, tmp, (size_t)n);
	close(fd[0]);
	http_refused = 0;
	if (waitpid(pid, &st, 0) == -1 || !WIFEXITED(st) ||
	    WEXITSTATUS(st) != 0) {
		http_refused = WIFEXITED(st) && WEXITSTATUS(st) == 22;
		fprintf(stderr, "pamong: gagal mengambil %s\n", url);
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b, len);
}

/* GET base + fmt(a, b) as a JSON object; NULL on an HTTP error status
 * when soft, else exits. */
static json_t *
get_json_soft(const char *base, const char *fmt, int64_t a, int64_t b, int soft)
{
	char *path, *url, *body;
	json_t *v;
	size_t len;

	path = xasprintf(fmt, a, b);
	url = xasprintf("%s%s", base, path);
	free(path);
	body = http_get(url, &len);
	if (body == NULL && soft && http_refused) {
		free(url);
		return NULL;
	}
	if (body == NULL)
		exit(1);
	v = json_loadb(body, len, 0, NULL);
	free(body);
	if (!json_is_object(v))
		die("jawaban %s bukan JSON yang sah", url);
	free(url);
	return v;
}

static json_t *
get_json(const char *base, const char *fmt, int64_t a, int64_t b)
{
	return get_json_soft(base, fmt, a, b, 0);
}

/* The first index in [from, to) the server no longer serves, or -1. */
static int64_t
first_missing(const char *base, uint64_t from, uint64_t to)
{
	json_t *v;
	uint64_t i;

	for (i = from; i < to; i++) {
		v = get_json_soft(base,
		    "/log/entri?mulai=%" PRId64 "&akhir=%" PRId64, (int64_t)i,
		    (int64_t)i + 1, 1);
		if (v == NULL)
			return (int64_t)i;
		json_decref(v);
	}
	return -1;
}

/* {"jalur": [base64...]} into path; returns the count. */
static size_t
get_path(json_t *v, unsigned char path[][32])
{
	json_t *a = json_object_get(v, "jalur"), *x;
	const char *s;
	size_t i, got;

	if (!json_is_array(a) || json_array_size(a) > MERKLE_MAXPATH)
		die("jawaban bukti tidak sah (tanpa \"jalur\")");
	json_array_foreach(a, i, x)
	{
		s = json_string_value(x);
		if (s == NULL ||
		    sodium_base642bin(path[i], 32, s, strlen(s), NULL, &got,
			NULL, sodium_base64_VARIANT_ORIGINAL) != 0 ||
		    got != 32)
			die("hash dalam jalur bukti tidak sah");
	}
	return json_array_size(a);
}

/* Does the server's inclusion proof for leaf i check against root? */
static int
proof_ok(const char *base, unsigned char (*leaves)[32], int64_t i,
    uint64_t size, const unsigned char root[32])
{
	unsigned char path[MERKLE_MAXPATH][32];
	json_t *v;
	size_t np;
	int ok;

	v = get_json(base,
	    "/log/bukti-inklusi?indeks=%" PRId64 "&ukuran=%" PRId64, i,
	    (int64_t)size);
	np = get_path(v, path);
	json_decref(v);
	ok = merkle_verify_inclusion((uint64_t)i, size, leaves[i],
	    (const unsigned char(*)[32])path, np, root);
	return ok;
}

/* The first leaf whose served inclusion proof fails against root. */
static int64_t
first_bad(const char *base, unsigned char (*leaves)[32], uint64_t size,
    const unsigned char root[32])
{
	uint64_t i;

	for (i = 0; i < size; i++)
		if (!proof_ok(base, leaves, (int64_t)i, size, root))
			return (int64_t)i;
	return -1;
}

/*
 * Download entries 0..size-1 from base, hash each into leaves and push
 * it on st (and the first ssize on st2).  0, or 2 after printing the
 * first index that does not match (an entry missing or out of order).
 */
static int
fetch_leaves(const char *base, uint64_t size, uint64_t ssize,
    unsigned char (*leaves)[32], struct merkle_stack *st,
    struct merkle_stack *st2)
{
	json_t *v, *data, *x;
	const char *e;
	unsigned char *raw;
	uint64_t i;
	size_t rawmax, got, j;
	int64_t bad;

	rawmax = 1 << 16;
	raw = xmalloc(rawmax);
	for (i = 0; i < size; i += PAGE) {
		uint64_t end = i + PAGE < size ? i + PAGE : size;

		v = get_json_soft(base,
		    "/log/entri?mulai=%" PRId64 "&akhir=%" PRId64, (int64_t)i,
		    (int64_t)end, 1);
		if (v == NULL) {
			bad = first_missing(base, i, end);
			if (bad < 0)
				die("/log/entri menolak rentang %" PRIu64
				    "..%" PRIu64,
				    i, end);
			printf(
			    "log TIDAK COCOK: indeks pertama yang tidak"
			    " cocok: %" PRId64
			    " (log terpotong: entri itu tidak"
			    " dapat diambil, padahal checkpoint bertanda tangan"
			    " mencakup %" PRIu64 " entri)\n",
			    bad, size);
			goto mismatch;
		}
		data = json_object_get(v, "data");
		if (!json_is_array(data))
			die("jawaban /log/entri tidak sah");
		for (j = 0; j < end - i; j++) {
			x = json_array_get(data, j);
			if (x == NULL ||
			    json_integer_value(json_object_get(x, "indeks")) !=
				(json_int_t)(i + j)) {
				printf("log TIDAK COCOK: indeks pertama yang"
				       " tidak cocok: %" PRIu64
				       " (entri itu hilang"
				       " dari log)\n",
				    i + j);
				json_decref(v);
				goto mismatch;
			}
			e = json_string_value(json_object_get(x, "entri"));
			if (e == NULL)
				die("jawaban /log/entri tidak sah");
			if (strlen(e) > rawmax) {
				rawmax = strlen(e);
				raw = xrealloc(raw, rawmax);
			}
			if (sodium_base642bin(raw, rawmax, e, strlen(e), NULL,
				&got, NULL,
				sodium_base64_VARIANT_ORIGINAL) != 0)
				die("entri %" PRIu64 " bukan base64 yang sah",
				    i + j);
			merkle_leaf(raw, got, leaves[i + j]);
			merkle_stack_push(st, leaves[i + j]);
			if (i + j < ssize)
				merkle_stack_push(st2, leaves[i + j]);
		}
		json_decref(v);
	}
	free(raw);
	return 0;
mismatch:
	free(raw);
	return 2;
}

static int
verify_url(const char *base, const char *cpfile)
{
	unsigned char(*leaves)[32] = NULL, root[32], sroot[32], mine[32];
	unsigned char path[MERKLE_MAXPATH][32];
	struct merkle_stack st, st2;
	struct tlog_key k;
	json_t *v;
	char *body, *url, *saved = NULL;
	uint64_t size, ssize = 0;
	size_t len, savedlen = 0, np;
	int64_t bad;

	url = xasprintf("%s/log/kunci", base);
	if ((body = http_get(url, &len)) == NULL)
		return 1;
	free(url);
	if (tlog_vkey_parse(body, &k) != 0)
		die("kunci verifikasi dari server tidak sah");
	free(body);
	printf("kunci: %s (ID %08" PRIx32 ")\n", k.name, k.id);
	url = xasprintf("%s/log/checkpoint", base);
	if ((body = http_get(url, &len)) == NULL)
		return 1;
	free(url);
	if (!tlog_note_verify(body, len, &k, &size, root)) {
		printf("log TIDAK COCOK: tanda tangan checkpoint tidak sah\n");
		return 2;
	}
	free(body);
	printf("checkpoint: ukuran %" PRIu64 ", tanda tangan sah\n", size);
	if (cpfile != NULL) {
		saved = read_file(cpfile, &savedlen);
		if (!tlog_note_verify(saved, savedlen, &k, &ssize, sroot)) {
			printf("log TIDAK COCOK: checkpoint tersimpan %s tidak"
			       " sah untuk kunci log ini\n",
			    cpfile);
			return 2;
		}
		if (ssize > size) {
			printf("log TIDAK COCOK: indeks pertama yang tidak"
			       " cocok: %" PRIu64 " (log terpotong: checkpoint"
			       " tersimpan berukuran %" PRIu64 ", checkpoint"
			       " sekarang %" PRIu64 ")\n",
			    size, ssize, size);
			return 2;
		}
	}

	/* every entry, recomputed */
	leaves = xmalloc((size_t)(size ? size : 1) * 32);
	merkle_stack_init(&st);
	merkle_stack_init(&st2);
	if (fetch_leaves(base, size, ssize, leaves, &st, &st2) != 0) {
		free(leaves);
		return 2;
	}
	printf("entri: %" PRIu64 " diunduh dan dihitung ulang\n", size);
	merkle_stack_root(&st, mine);
	if (sodium_memcmp(mine, root, 32) != 0) {
		bad = first_bad(base, leaves, size, root);
		if (bad >= 0)
			printf("log TIDAK COCOK: indeks pertama yang tidak"
			       " cocok: %" PRId64 " (entri tidak cocok dengan"
			       " checkpoint bertanda tangan)\n",
			    bad);
		else
			printf("log TIDAK COCOK: akar pohon dari entri tidak"
			       " sama dengan checkpoint\n");
		free(leaves);
		return 2;
	}
	if (cpfile != NULL) {
		merkle_stack_root(&st2, mine);
		if (ssize > 0) {
			v = get_json(base,
			    "/log/bukti-konsistensi?ukuran1=%" PRId64
			    "&ukuran2=%" PRId64,
			    (int64_t)ssize, (int64_t)size);
			np = get_path(v, path);
			json_decref(v);
		} else
			np = 0;
		if (sodium_memcmp(mine, sroot, 32) != 0 ||
		    !merkle_verify_consistency(ssize, size, sroot, root,
			(const unsigned char(*)[32])path, np)) {
			bad = first_bad(base, leaves, ssize, sroot);
			printf("log TIDAK COCOK: indeks pertama yang tidak"
			       " cocok: %" PRId64
			       " (log sekarang tidak konsisten"
			       " dengan checkpoint tersimpan berukuran %" PRIu64
			       ")\n",
			    bad >= 0 ? bad : 0, ssize);
			free(leaves);
			return 2;
		}
		printf("checkpoint tersimpan %s (ukuran %" PRIu64 ")"
		       " konsisten\n",
		    cpfile, ssize);
	}
	free(leaves);
	free(saved);
	printf("log OK\n");
	return 0;
}

static int
checkpoint(const char *dir)
{
	struct store *s = cmd_open_store(dir);
	char *note = NULL;

	if (tlog_key_create(dir, TLOG_ORIGIN) < 0)
		exit(1);
	if (tlog_checkpoint_refresh(s, dir, time(NULL), &note) != 0 ||
	    note == NULL)
		die("checkpoint tidak dapat ditandatangani");
	fputs(note, stdout);
	free(note);
	store_close(s);
	return 0;
}

int
cmd_log(int argc, char **argv)
{
	static const char *const vopts[] = { "--data=", "--url=",
		"--checkpoint=", NULL };
	static const char *const copts[] = { "--data=", NULL };
	const char *dir, *url, *cp;
	char *base;
	size_t n;
	int rc;

	if (argc < 2)
		usage_error("subperintah wajib");
	if (strcmp(argv[1], "verify") != 0 &&
	    strcmp(argv[1], "checkpoint") != 0)
		usage_error("subperintah tidak dikenal: %s", argv[1]);
	opt_only(argc, argv, 2, strcmp(argv[1], "verify") == 0 ? vopts : copts);
	dir = opt_get(argc, argv, "--data");
	url = opt_get(argc, argv, "--url");
	cp = opt_get(argc, argv, "--checkpoint");
	if (strcmp(argv[1], "checkpoint") == 0 && dir != NULL)
		return checkpoint(dir);
	if (strcmp(argv[1], "verify") == 0) {
		if (dir != NULL && url == NULL)
			return verify_data(dir, cp);
		if (url != NULL && dir == NULL) {
			if (strncmp(url, "http://", 7) != 0 &&
			    strncmp(url, "https://", 8) != 0)
				die("--url harus diawali http:// atau https://");
			base = xstrdup(url);
			n = strlen(base);
			while (n > 0 && base[n - 1] == '/')
				base[--n] = '\0';
			rc = verify_url(base, cp);
			free(base);
			return rc;
		}
	}
	die("pemakaian: pamong log verify --data DIR [--checkpoint FILE] |"
	    " log verify --url URL [--checkpoint FILE] |"
	    " log checkpoint --data DIR");
}
