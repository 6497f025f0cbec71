/*
 * cadangan.h: a whole installation in one archive, and back again
 * (issue 21): `pamong cadangkan` and `pamong pulihkan`.
 *
 * The archive (a gzip-compressed tar, optionally encrypted with age)
 * holds a consistent snapshot of the database (pamong.db, SQLite's
 * VACUUM INTO: one read transaction while the server goes on writing;
 * or pamong.pgdump, pg_dump --format=custom in the snapshot of a
 * read-only transaction whose facts the manifest records),
 * every file of the data directory except the live database files,
 * db.conf, the offline root key (pki/root.key) and temporary files, and
 * last manifest.json: the format, the time, the highest migration, the
 * row count of every table, the audit chain's head, the transparency
 * log's size and root, and the size and SHA-256 of every file.
 */
#ifndef PAMONG_CADANGAN_H
#define PAMONG_CADANGAN_H

#include <stdint.h>

struct store;

#define CADANGAN_FORMAT "pamong-cadangan/1"
#define CADANGAN_MANIFEST "manifest.json"
#define CADANGAN_PGDUMP "pamong.pgdump" /* pg_dump --format=custom */

/* What a backup or a restore did (or why not, in galat). */
struct cadangan_hasil {
	int64_t berkas; /* files, manifest apart */
	int64_t bait;	/* their bytes */
	int64_t tabel;	/* tables counted */
	int64_t baris;	/* their rows */
	int64_t migrasi;
	int64_t audit_id;
	char audit_hash[65];
	int64_t log_ukuran;
	char log_akar[65];
	char galat[512]; /* one line, Indonesian */
};

/*
 * Write the backup of data_dir, whose database s is open, to the new
 * file ke (refused if it exists), encrypted to the age recipient
 * penerima when not NULL.  The snapshot and a temporary directory are
 * made next to ke and removed afterwards.  0, or -1 with h->galat (and
 * no file at ke).
 */
int cadangan_buat(struct store *s, const char *data_dir, const char *ke,
    const char *penerima, int flags, struct cadangan_hasil *h);
/* flags: the documents (berkas/) left out, as before a migration, which
 * never touches them; the manifest says so (berkas_disertakan false). */
#define CADANGAN_TANPA_BERKAS 1
/* Where the automatic backups before a migration go, inside DATA (never
 * itself backed up). */
#define CADANGAN_DIR "cadangan"

/*
 * Restore the archive dari into data_dir, which must not exist or be an
 * empty directory; identitas is the age identity file of an encrypted
 * archive.  An archive of a PostgreSQL installation needs db, the URL of
 * an empty database: the dump goes there with pg_restore in one
 * transaction, and data_dir/db.conf names it (emptied again when a
 * check fails).  Everything is unpacked into a new directory beside data_dir
 * and verified there against the manifest (every file's size and
 * SHA-256, nothing more and nothing less; the database's integrity
 * check, every table's row count and the highest migration; the audit
 * chain intact up to the manifest's head; the transparency log's size
 * and root, and its signed checkpoints with log.key) before it is
 * renamed to data_dir.  0, or -1 with h->galat and nothing left behind.
 */
int cadangan_pulihkan(const char *dari, const char *data_dir,
    const char *identitas, const char *db, struct cadangan_hasil *h);

/*
 * The last full backup (flags 0) of data_dir, recorded by cadangan_buat()
 * in DATA/cadangan/terakhir.json: its time and size.  0, or -1 when none
 * was recorded.  For the health check (/sehat), which shows no path.
 */
int cadangan_terakhir(const char *data_dir, int64_t *waktu, int64_t *bait);

#endif
