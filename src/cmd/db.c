/*
 * db.c: `pamong db copy --data DIR --to postgresql://...`: move a SQLite
 * installation into an empty PostgreSQL database (src/store/copy.c), in
 * one transaction, verified before it is committed: the row count of
 * every table, the audit hash chain (same events, same head) and the
 * transparency log (same size and root, every signed checkpoint).  Then
 * DIR/db.conf names the database; DIR/pamong.db stays as the backup.
 *
 * Exit: 0 copied; 1 refused or failed (one line on stderr, the target
 * unchanged); 2 usage.
 */
#include <sodium.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "http/app.h"
#include "mod/audit/audit.h"
#include "mod/tlog/tlog.h"
#include "store/copy.h"
#include "store/store.h"
#include "cmd.h"

/* What is verified on both sides. */
struct facts {
	struct audit_check audit;
	int64_t size; /* of the transparency log */
	unsigned char root[32];
	int64_t checkpoints; /* signed ones verified (with the log key) */
};

/*
 * The facts of s; NULL when all is well, else what is wrong (for a die()
 * message).  With k the log is checked against its signed checkpoints.
 */
static const char *
facts(struct store *s, const struct tlog_key *k, struct facts *f)
{
	static char why[400];
	struct tlog_report rep;
	int rc;

	memset(f, 0, sizeof(*f));
	rc = audit_verify(s, 0, NULL, &f->audit);
	if (rc < 0)
		return "jejak audit tidak dapat dibaca";
	if (rc != 0) {
		snprintf(why, sizeof(why),
		    "jejak audit tidak utuh (peristiwa %" PRId64 ": %s)",
		    f->audit.bad_id, f->audit.problem);
		return why;
	}
	if ((f->size = tlog_size(s)) < 0 || tlog_root(s, f->size, f->root) != 0)
		return "log transparansi tidak dapat dibaca";
	if (k == NULL)
		return NULL;
	rc = tlog_verify_store(s, k, NULL, 0, &rep);
	if (rc < 0)
		return "log transparansi tidak dapat dibaca";
	if (rc != 0) {
		snprintf(why, sizeof(why), "log transparansi tidak cocok: %s",
		    rep.why);
		return why;
	}
	f->checkpoints = rep.checkpoints;
	return NULL;
}

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int
db_copy(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--to=", NULL };
	const char *dir, *to, *why;
	struct store *src, *dst;
	struct store_copy c;
	struct facts a, z;
	struct tlog_key k;
	char msg[300], hex[65];
	double t0;
	char *path;
	int rc, key;

	opt_only(argc, argv, 2, opts);
	dir = opt_get(argc, argv, "--data");
	to = opt_get(argc, argv, "--to");
	if (dir == NULL)
		usage_error("opsi --data DIR wajib");
	if (to == NULL)
		usage_error("opsi --to URL wajib");
	if (!store_is_url(to) || strchr(to, '\n') != NULL)
		die("--to harus URL postgresql://PENGGUNA@HOST:PORT/BASISDATA");
	if ((path = store_locate(dir, APP_DB)) == NULL)
		die("tidak dapat membaca %s/db.conf", dir);
	if (store_is_url(path))
		die("%s sudah memakai PostgreSQL (db.conf); tidak ada yang"
		    " disalin",
		    dir);
	if (access(path, F_OK) != 0)
		die("%s belum ada; tidak ada yang disalin", path);
	free(path);
	if (store_copy_probe(to, msg, sizeof(msg)) != 0)
		die("URL PostgreSQL tidak sah: %s", msg);
	if (store_open(&dst, &store_pg_ops, to) != 0)
		die("tidak dapat terhubung ke PostgreSQL: %s",
		    store_open_error());
	if (sodium_init() < 0)
		die("libsodium tidak dapat dimulai");
	key = tlog_key_load(dir, &k) == 0;

	src = cmd_open_store(dir);
	/* one snapshot of the source: nothing writes it meanwhile */
	if (store_begin(src) != 0)
		die("basis data SQLite sedang dikunci; hentikan pamong serve"
		    " dahulu");
	if ((why = facts(src, key ? &k : NULL, &a)) != NULL)
		die("sumber: %s; tidak ada yang disalin", why);

	t0 = now_s();
	rc = store_copy(src, dst, &c);
	if (rc > 0)
		die("%s; pamong db copy hanya mengisi basis data yang kosong",
		    c.err);
	if (rc < 0)
		die("penyalinan gagal: %s; basis data tujuan tidak berubah",
		    c.err);
	why = facts(dst, key ? &k : NULL, &z);
	if (why == NULL &&
	    (z.audit.events != a.audit.events ||
		z.audit.last_id != a.audit.last_id ||
		strcmp(z.audit.head, a.audit.head) != 0))
		why = "jejak audit berbeda dari sumbernya";
	if (why == NULL &&
	    (z.size != a.size || memcmp(z.root, a.root, sizeof(a.root)) != 0 ||
		z.checkpoints != a.checkpoints))
		why = "akar log transparansi berbeda dari sumbernya";
	if (why != NULL) {
		store_rollback(dst);
		die("pemeriksaan sesudah penyalinan gagal: %s; basis data"
		    " tujuan tidak berubah",
		    why);
	}
	if (store_commit(dst) != 0)
		die("penyalinan gagal saat COMMIT: %s; basis data tujuan tidak"
		    " berubah",
		    store_errmsg(dst));
	t0 = now_s() - t0;
	store_rollback(src);
	store_close(src);
	store_close(dst);
	sodium_memzero(&k, sizeof(k));
	if (store_locate_set(dir, to) != 0)
		die("data sudah tersalin, tetapi %s/db.conf tidak dapat"
		    " ditulis: tulis URL itu ke sana (satu baris, mode 0600)",
		    dir);

	printf("Disalin: %zu tabel, %" PRId64 " baris, %zu sequence"
	       " (%.2f detik)\n",
	    c.tables, c.rows, c.sequences, t0);
	printf("Jumlah baris setiap tabel sama.\n");
	if (a.audit.head[0] != '\0')
		printf("Jejak audit UTUH: %" PRId64
		       " peristiwa, kepala %" PRId64 ":%s\n",
		    z.audit.events, z.audit.last_id, z.audit.head);
	else
		printf("Jejak audit: %" PRId64 " peristiwa, belum berantai\n",
		    z.audit.events);
	sodium_bin2hex(hex, sizeof(hex), z.root, sizeof(z.root));
	printf("Log transparansi: ukuran %" PRId64 ", akar %s, %" PRId64
	       " checkpoint bertanda tangan diperiksa\n",
	    z.size, hex, z.checkpoints);
	printf("%s/db.conf kini menunjuk ke PostgreSQL; %s/%s tetap sebagai"
	       " cadangan.\n",
	    dir, dir, APP_DB);
	return 0;
}

int
cmd_db(int argc, char **argv)
{
	if (argc < 2)
		usage_error("subperintah wajib");
	if (strcmp(argv[1], "copy") != 0)
		usage_error("subperintah tidak dikenal: %s", argv[1]);
	return db_copy(argc, argv);
}
