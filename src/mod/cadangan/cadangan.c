/*
 * cadangan.c: `pamong cadangkan`, the backup (cadangan.h): snapshot,
 * facts of the snapshot, files, manifest, one archive.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lib/when.h"
#include "lib/xalloc.h"
#include "mod/audit/audit.h"
#include "mod/tlog/tlog.h"
#include "store/store.h"
#include "arsip.h"
#include "cadangan.h"
#include "cadangan_int.h"
#include "sql.h"

/* Files of the data directory that are not copied as they are. */
static const char *const lewati[] = {
	"pamong.db", /* the snapshot takes its place */
	"pamong.db-wal",
	"pamong.db-shm",
	"pamong.db-journal",
	"db.conf",	/* names a PostgreSQL server, not data */
	"kore.conf",	/* written again by every `pamong serve` */
	"pki/root.key", /* offline, never in a backup */
	NULL,
};

int
cadangan_lewati(const char *rel)
{
	const char *base = strrchr(rel, '/');
	size_t i;

	base = base != NULL ? base + 1 : rel;
	if (*base == '.' || strstr(rel, ".tmp") != NULL ||
	    strstr(rel, ".pulih-") != NULL)
		return 1; /* temporary files and directories */
	if (strcmp(rel, CADANGAN_DIR) == 0)
		return 1; /* the automatic backups themselves */
	for (i = 0; lewati[i] != NULL; i++)
		if (strcmp(rel, lewati[i]) == 0)
			return 1;
	return 0;
}

static void
tabel_add(void *arg, const char *table, int64_t rows)
{
	struct cadangan_fakta *f = arg;

	json_object_set_new(f->tabel, table, json_integer(rows));
	f->h->tabel++;
	f->h->baris += rows;
}

int
cadangan_fakta(struct store *s, struct cadangan_fakta *f)
{
	struct audit_check ac;
	unsigned char root[32];
	char ok[64] = "";
	int i, rc;

	f->tabel = json_object();
	if (cadangan_sql_integritas(s, ok, sizeof(ok)) != 0 ||
	    strcmp(ok, "ok") != 0) {
		snprintf(f->h->galat, sizeof(f->h->galat),
		    "basis data tidak utuh (integrity_check: %s)",
		    *ok ? ok : "tidak terbaca");
		return -1;
	}
	if (cadangan_sql_hitung(s, tabel_add, f) != 0 ||
	    (f->h->migrasi = cadangan_sql_migrasi(s)) < 0) {
		snprintf(f->h->galat, sizeof(f->h->galat),
		    "tabel basis data tidak dapat dihitung");
		return -1;
	}
	rc = audit_verify(s, 0, NULL, &ac);
	if (rc < 0) {
		snprintf(f->h->galat, sizeof(f->h->galat),
		    "jejak audit tidak dapat dibaca");
		return -1;
	}
	f->audit_utuh = rc == 0;
	snprintf(f->audit_masalah, sizeof(f->audit_masalah), "%s",
	    rc == 0 ? "" : ac.problem);
	f->h->audit_id = ac.last_id;
	snprintf(f->h->audit_hash, sizeof(f->h->audit_hash), "%s", ac.head);
	if ((f->h->log_ukuran = tlog_size(s)) < 0 ||
	    tlog_root(s, f->h->log_ukuran, root) != 0) {
		snprintf(f->h->galat, sizeof(f->h->galat),
		    "log transparansi tidak dapat dibaca");
		return -1;
	}
	for (i = 0; i < 32; i++)
		snprintf(f->h->log_akar + 2 * i, 3, "%02x", root[i]);
	return 0;
}

/* Add every file under dir/rel (rel "" at the top) to the archive. */
static int
berkas_semua(struct arsip *z, const char *dir, const char *rel, json_t *list,
    int flags, struct cadangan_hasil *h)
{
	char *path = *rel ? xasprintf("%s/%s", dir, rel) : xstrdup(dir);
	struct dirent *d;
	struct stat st;
	DIR *dp;
	char *r, *p, sha[65];
	int64_t size;
	int rc = 0;

	if ((dp = opendir(path)) == NULL) {
		snprintf(h->galat, sizeof(h->galat),
		    "direktori %s tidak dapat dibaca", path);
		free(path);
		return -1;
	}
	while (rc == 0 && (d = readdir(dp)) != NULL) {
		if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
			continue;
		r = *rel ? xasprintf("%s/%s", rel, d->d_name)
			 : xstrdup(d->d_name);
		p = xasprintf("%s/%s", dir, r);
		if ((flags & CADANGAN_TANPA_BERKAS) && strcmp(r, "berkas") == 0)
			; /* the documents left out */
		else if (!cadangan_lewati(r) && lstat(p, &st) == 0) {
			if (S_ISDIR(st.st_mode)) {
				rc = berkas_semua(z, dir, r, list, flags, h);
			} else if (S_ISREG(st.st_mode)) {
				if (arsip_tambah_berkas(z, r, p, &size, sha) !=
				    0) {
					snprintf(h->galat, sizeof(h->galat),
					    "berkas %s tidak dapat dicadangkan",
					    r);
					rc = -1;
				} else {
					cadangan_daftar(list, r, size, sha);
					h->berkas++;
					h->bait += size;
				}
			}
		}
		free(p);
		free(r);
	}
	closedir(dp);
	free(path);
	return rc;
}

void
cadangan_daftar(json_t *list, const char *nama, int64_t size, const char *sha)
{
	json_array_append_new(list,
	    json_pack("{s:s, s:I, s:s}", "jalur", nama, "ukuran",
		(json_int_t)size, "sha256", sha));
}

/*
 * PostgreSQL: pg_dump into file in the snapshot of a read-only
 * transaction, and the facts from that same snapshot.  0 or -1.
 */
static int
salin_pg(struct store *s, const char *data_dir, const char *file,
    struct cadangan_fakta *f)
{
	const char *args[] = { "pg_dump", "--format=custom", "--no-owner",
		"--no-privileges", "--snapshot", NULL, "--file", file, NULL };
	char id[128], *url;
	int rc = -1, st;

	if ((url = store_locate(data_dir, "pamong.db")) == NULL ||
	    !store_is_url(url)) {
		snprintf(f->h->galat, sizeof(f->h->galat),
		    "alamat basis data PostgreSQL tidak terbaca dari db.conf");
		free(url);
		return -1;
	}
	if (cadangan_sql_snapshot(s, id, sizeof(id)) != 0) {
		snprintf(f->h->galat, sizeof(f->h->galat),
		    "snapshot PostgreSQL tidak dapat dibuat: %.300s",
		    store_errmsg(s));
		free(url);
		return -1;
	}
	args[5] = id;
	if ((st = store_pg_tool(url, args)) != 0)
		snprintf(f->h->galat, sizeof(f->h->galat),
		    "pg_dump gagal (status %d); lihat pesan di atas", st);
	else
		rc = cadangan_fakta(s, f);
	cadangan_sql_selesai(s);
	free(url);
	return rc;
}

/* The manifest of f and the file list, as text (free()). */
static char *
manifest(const struct cadangan_fakta *f, json_t *list, int flags)
{
	char waktu[WHEN_ISO8601_LEN];
	json_t *m;
	char *text;

	when_iso8601(time(NULL), waktu);
	m = json_pack("{s:s, s:s, s:s, s:I, s:O, s:{s:b, s:I, s:s, s:s},"
		      " s:{s:I, s:s}, s:O}",
	    "format", CADANGAN_FORMAT, "dibuat", waktu, "basis_data",
	    f->pg ? "postgresql" : "sqlite", "migrasi",
	    (json_int_t)f->h->migrasi, "tabel", f->tabel, "audit", "utuh",
	    f->audit_utuh, "id", (json_int_t)f->h->audit_id, "hash",
	    f->h->audit_hash, "masalah", f->audit_masalah, "log", "ukuran",
	    (json_int_t)f->h->log_ukuran, "akar", f->h->log_akar, "berkas",
	    list);
	if (m != NULL)
		json_object_set_new(m, "berkas_disertakan",
		    json_boolean(!(flags & CADANGAN_TANPA_BERKAS)));
	text =
	    m != NULL ? json_dumps(m, JSON_INDENT(1) | JSON_SORT_KEYS) : NULL;
	json_decref(m);
	return text;
}

/* Remember a full backup for cadangan_terakhir(); failures are harmless. */
static void
catat(const char *data_dir, const char *ke)
{
	char *dir = xasprintf("%s/%s", data_dir, CADANGAN_DIR);
	char *tmp = xasprintf("%s/.terakhir.json", dir);
	char *path = xasprintf("%s/terakhir.json", dir);
	struct stat st;
	FILE *f;

	(void)mkdir(dir, 0700);
	if (stat(ke, &st) == 0 && (f = fopen(tmp, "w")) != NULL) {
		fprintf(f, "{\"waktu\": %lld, \"bait\": %lld}\n",
		    (long long)time(NULL), (long long)st.st_size);
		if (fclose(f) == 0)
			(void)rename(tmp, path);
	}
	unlink(tmp);
	free(dir);
	free(tmp);
	free(path);
}

int
cadangan_terakhir(const char *data_dir, int64_t *waktu, int64_t *bait)
{
	char *path = xasprintf("%s/%s/terakhir.json", data_dir, CADANGAN_DIR);
	json_int_t w, b;
	json_t *j;
	int rc = -1;

	if ((j = json_load_file(path, 0, NULL)) != NULL &&
	    json_unpack(j, "{s:I, s:I}", "waktu", &w, "bait", &b) == 0) {
		*waktu = w;
		*bait = b;
		rc = 0;
	}
	json_decref(j);
	free(path);
	return rc;
}

int
cadangan_buat(struct store *s, const char *data_dir, const char *ke,
    const char *penerima, int flags, struct cadangan_hasil *h)
{
	struct cadangan_fakta f;
	struct arsip *z = NULL;
	struct store *t = NULL;
	json_t *list = json_array();
	char *tmp, *snap = NULL, *text = NULL, sha[65];
	int64_t size;
	int rc = -1;

	memset(h, 0, sizeof(*h));
	memset(&f, 0, sizeof(f));
	f.h = h;
	if (access(ke, F_OK) == 0) {
		snprintf(h->galat, sizeof(h->galat),
		    "%s sudah ada; pilih nama baru", ke);
		json_decref(list);
		return -1;
	}
	tmp = xasprintf("%s.tmpXXXXXX", ke);
	if (mkdtemp(tmp) == NULL) {
		snprintf(h->galat, sizeof(h->galat),
		    "tidak dapat membuat direktori sementara di samping %s",
		    ke);
		goto out;
	}
	f.pg = store_is_pg(s);
	snap = xasprintf("%s/%s", tmp, f.pg ? CADANGAN_PGDUMP : "pamong.db");
	if (f.pg) {
		if (salin_pg(s, data_dir, snap, &f) != 0)
			goto out;
	} else if (cadangan_sql_salin(s, snap) != 0) {
		snprintf(h->galat, sizeof(h->galat),
		    "salinan basis data gagal: %s", store_errmsg(s));
		goto out;
	}
	if (!f.pg && store_open(&t, NULL, snap) != 0) {
		snprintf(h->galat, sizeof(h->galat),
		    "salinan basis data tidak dapat dibuka");
		goto out;
	}
	if (!f.pg && cadangan_fakta(t, &f) != 0)
		goto out;
	if (t != NULL)
		store_close(t);
	t = NULL;
	if ((z = arsip_tulis(ke, penerima, h->galat, sizeof(h->galat))) == NULL)
		goto out;
	if (arsip_tambah_berkas(z, f.pg ? CADANGAN_PGDUMP : "pamong.db", snap,
		&size, sha) != 0) {
		snprintf(h->galat, sizeof(h->galat),
		    "salinan basis data tidak dapat diarsipkan");
		goto out;
	}
	cadangan_daftar(list, f.pg ? CADANGAN_PGDUMP : "pamong.db", size, sha);
	h->berkas++;
	h->bait += size;
	if (berkas_semua(z, data_dir, "", list, flags, h) != 0)
		goto out;
	if ((text = manifest(&f, list, flags)) == NULL ||
	    arsip_tambah_data(z, CADANGAN_MANIFEST, text, strlen(text)) != 0) {
		snprintf(h->galat, sizeof(h->galat),
		    "manifest tidak dapat ditulis");
		goto out;
	}
	rc = arsip_tutup(z, h->galat, sizeof(h->galat));
	z = NULL;
	if (rc == 0 && flags == 0)
		catat(data_dir, ke);
out:
	if (z != NULL) {
		char lain[8];

		(void)arsip_tutup(z, lain, sizeof(lain));
		unlink(ke);
	}
	if (t != NULL)
		store_close(t);
	if (snap != NULL)
		unlink(snap);
	rmdir(tmp);
	free(snap);
	free(tmp);
	free(text);
	json_decref(f.tabel);
	json_decref(list);
	return rc;
}
