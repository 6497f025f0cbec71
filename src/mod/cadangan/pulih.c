/*
 * pulih.c: `pamong pulihkan`, the restore (cadangan.h): unpack into a
 * new directory beside the target, verify everything against the
 * manifest, and only then rename it into place.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "mod/audit/audit.h"
#include "mod/tlog/tlog.h"
#include "store/store.h"
#include "arsip.h"
#include "cadangan.h"
#include "cadangan_int.h"
#include "sql.h"

#define MANIFEST_MAX (64u << 20)

#define GALAT(h, ...) snprintf((h)->galat, sizeof((h)->galat), __VA_ARGS__)

/* One unpacked file. */
struct isi {
	char *nama;
	int64_t size;
	char sha[65];
};

struct buka {
	struct isi *v;
	size_t n;
	char *manifest;
	size_t manifest_len;
};

/* Remove path and everything under it (a failed restore's directory). */
static void
hapus_semua(const char *path)
{
	struct dirent *d;
	struct stat st;
	DIR *dp;
	char *p;

	if (lstat(path, &st) != 0)
		return;
	if (S_ISDIR(st.st_mode) && (dp = opendir(path)) != NULL) {
		while ((d = readdir(dp)) != NULL) {
			if (strcmp(d->d_name, ".") == 0 ||
			    strcmp(d->d_name, "..") == 0)
				continue;
			p = xasprintf("%s/%s", path, d->d_name);
			hapus_semua(p);
			free(p);
		}
		closedir(dp);
		rmdir(path);
	} else {
		unlink(path);
	}
}

/*
 * A member name that may be unpacked: relative, components of
 * [A-Za-z0-9._-] not starting with '.', no empty component, short.
 */
static int
nama_aman(const char *n)
{
	const char *c = n;

	if (*n == '\0' || strlen(n) > 200)
		return 0;
	for (; *c; c++) {
		if (c == n || c[-1] == '/') {
			if (*c == '.' || *c == '/')
				return 0;
		}
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
			(*c >= '0' && *c <= '9') || *c == '.' || *c == '_' ||
			*c == '-' || *c == '/'))
			return 0;
	}
	return c[-1] != '/';
}

/* Make the directories of rel under dir (0700). */
static int
buat_induk(const char *dir, const char *rel)
{
	char *p = xasprintf("%s/%s", dir, rel), *s;
	size_t skip = strlen(dir) + 1;
	int rc = 0;

	for (s = p + skip; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			rc = -1;
		*s = '/';
	}
	free(p);
	return rc;
}

/* Unpack every member of z into dir; the manifest stays in memory. */
static int
bongkar(struct arsip *z, const char *dir, struct buka *b,
    struct cadangan_hasil *h)
{
	const char *nama;
	int64_t size;
	char *path;
	size_t i;
	int r, fd;

	while ((r = arsip_berikut(z, &nama, &size, h->galat,
		    sizeof(h->galat))) == 1) {
		if (strcmp(nama, CADANGAN_MANIFEST) == 0) {
			if (b->manifest != NULL ||
			    (b->manifest = arsip_muat(z, MANIFEST_MAX,
				 &b->manifest_len)) == NULL) {
				GALAT(h, "manifest arsip rusak");
				return -1;
			}
			continue;
		}
		if (!nama_aman(nama) ||
		    (cadangan_lewati(nama) && strcmp(nama, "pamong.db") != 0)) {
			GALAT(h,
			    "arsip memuat nama berkas yang tidak sah: %.200s",
			    nama);
			return -1;
		}
		for (i = 0; i < b->n; i++)
			if (strcmp(b->v[i].nama, nama) == 0) {
				GALAT(h,
				    "berkas %.200s muncul dua kali dalam"
				    " arsip",
				    nama);
				return -1;
			}
		if (buat_induk(dir, nama) != 0) {
			GALAT(h, "direktori untuk %.200s tidak dapat dibuat",
			    nama);
			return -1;
		}
		path = xasprintf("%s/%s", dir, nama);
		fd = open(path,
		    O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		free(path);
		b->v = xrealloc(b->v, (b->n + 1) * sizeof(*b->v));
		b->v[b->n].nama = xstrdup(nama);
		if (fd < 0 ||
		    arsip_salin_ke(z, fd, &b->v[b->n].size, b->v[b->n].sha) !=
			0 ||
		    fsync(fd) != 0) {
			if (fd >= 0)
				close(fd);
			b->n++;
			GALAT(h, "arsip rusak atau terpotong pada %.200s",
			    nama);
			return -1;
		}
		close(fd);
		b->n++;
	}
	if (r < 0)
		return -1;
	if (b->manifest == NULL) {
		GALAT(h,
		    "arsip tidak lengkap: manifest tidak ada (terpotong?)");
		return -1;
	}
	return 0;
}

/* The unpacked files against the manifest's list: same set, sizes, hashes. */
static int
cek_berkas(const struct buka *b, json_t *list, struct cadangan_hasil *h)
{
	const char *jalur, *sha;
	json_int_t ukuran;
	json_t *e;
	size_t i, k;

	if (!json_is_array(list) || json_array_size(list) != b->n) {
		GALAT(h,
		    "isi arsip tidak sesuai manifest (%zu berkas, manifest"
		    " %zu)",
		    b->n, json_is_array(list) ? json_array_size(list) : 0);
		return -1;
	}
	json_array_foreach(list, i, e)
	{
		if (json_unpack(e, "{s:s, s:I, s:s}", "jalur", &jalur, "ukuran",
			&ukuran, "sha256", &sha) != 0) {
			GALAT(h, "manifest rusak (daftar berkas)");
			return -1;
		}
		for (k = 0; k < b->n; k++)
			if (strcmp(b->v[k].nama, jalur) == 0)
				break;
		if (k == b->n) {
			GALAT(h,
			    "berkas %.200s ada di manifest tetapi tidak di"
			    " arsip",
			    jalur);
			return -1;
		}
		if (b->v[k].size != (int64_t)ukuran ||
		    strcmp(b->v[k].sha, sha) != 0) {
			GALAT(h,
			    "berkas %.200s rusak: ukuran atau SHA-256 tidak"
			    " sesuai manifest",
			    jalur);
			return -1;
		}
		h->berkas++;
		h->bait += b->v[k].size;
	}
	return 0;
}

/* The restored database's facts (s; dir for log.key) against the manifest's. */
static int
cek_basis_data(struct store *s, const char *dir, json_t *m,
    struct cadangan_hasil *h)
{
	struct cadangan_fakta f;
	struct tlog_report rep;
	struct tlog_key k;
	struct audit_check ac;
	json_int_t migrasi, aid, lsize;
	const char *ahash, *akar, *tab;
	json_t *tabel, *v;
	int utuh, rc = -1;

	memset(&f, 0, sizeof(f));
	f.h = h;
	if (json_unpack(m, "{s:I, s:o, s:{s:b, s:I, s:s}, s:{s:I, s:s}}",
		"migrasi", &migrasi, "tabel", &tabel, "audit", "utuh", &utuh,
		"id", &aid, "hash", &ahash, "log", "ukuran", &lsize, "akar",
		&akar) != 0 ||
	    !json_is_object(tabel)) {
		GALAT(h, "manifest rusak (fakta basis data)");
		return -1;
	}
	if (cadangan_fakta(s, &f) != 0)
		goto out;
	if (f.h->migrasi != (int64_t)migrasi) {
		GALAT(h, "migrasi basis data %lld, manifest %lld",
		    (long long)f.h->migrasi, (long long)migrasi);
		goto out;
	}
	if (json_object_size(tabel) != json_object_size(f.tabel)) {
		GALAT(h, "jumlah tabel tidak sesuai manifest");
		goto out;
	}
	json_object_foreach(tabel, tab, v)
	{
		json_t *got = json_object_get(f.tabel, tab);

		if (got == NULL || !json_equal(got, v)) {
			GALAT(h,
			    "jumlah baris tabel %.100s tidak sesuai manifest",
			    tab);
			goto out;
		}
	}
	if (utuh &&
	    (audit_verify(s, (int64_t)aid, *ahash ? ahash : NULL, &ac) != 0 ||
		ac.last_id != (int64_t)aid)) {
		GALAT(h,
		    "jejak audit tidak utuh sampai kepala manifest"
		    " %lld:%.16s…",
		    (long long)aid, ahash);
		goto out;
	}
	if (f.h->log_ukuran != (int64_t)lsize ||
	    strcmp(f.h->log_akar, akar) != 0) {
		GALAT(h,
		    "log transparansi tidak sesuai manifest (ukuran atau"
		    " akar)");
		goto out;
	}
	if (tlog_key_load(dir, &k) == 0 &&
	    tlog_verify_store(s, &k, NULL, 0, &rep) != 0) {
		GALAT(h,
		    "log transparansi tidak cocok dengan checkpoint"
		    " bertanda tangan: %.200s",
		    rep.why);
		goto out;
	}
	rc = 0;
out:
	json_decref(f.tabel);
	return rc;
}

/* SQLite: the unpacked pamong.db in dir, checked. */
static int
pulih_sqlite(const char *dir, json_t *m, struct cadangan_hasil *h)
{
	char *path = xasprintf("%s/pamong.db", dir);
	struct store *s;
	int rc;

	if (access(path, F_OK) != 0 || store_open(&s, NULL, path) != 0) {
		GALAT(h, "basis data dalam arsip tidak dapat dibuka");
		free(path);
		return -1;
	}
	free(path);
	rc = cek_basis_data(s, dir, m, h);
	store_close(s);
	return rc;
}

/*
 * PostgreSQL: the dump unpacked in dir restored into the empty database
 * url in one transaction (pg_restore), checked, and named in dir/db.conf;
 * on a failed check the database is emptied again.
 */
static int
pulih_pg(const char *dir, const char *url, json_t *m, struct cadangan_hasil *h)
{
	char *dump = xasprintf("%s/%s", dir, CADANGAN_PGDUMP);
	const char *args[] = { "pg_restore", "--no-owner", "--no-privileges",
		"--single-transaction", "--exit-on-error", dump, NULL };
	struct store *s;
	int st, rc = -1;

	if (store_open(&s, NULL, url) != 0) {
		GALAT(h, "basis data tujuan tidak dapat dibuka: %.300s",
		    store_open_error());
		free(dump);
		return -1;
	}
	if (cadangan_sql_jumlah_tabel(s) != 0) {
		GALAT(h,
		    "basis data tujuan tidak kosong; pulihkan ke basis"
		    " data baru yang kosong");
	} else if ((st = store_pg_tool(url, args)) != 0) {
		GALAT(h,
		    "pg_restore gagal (status %d); basis data tujuan tidak"
		    " diubah",
		    st);
	} else if (cek_basis_data(s, dir, m, h) != 0) {
		if (cadangan_sql_kosongkan(s) != 0) {
			char why[sizeof(h->galat)];

			snprintf(why, sizeof(why), "%s", h->galat);
			GALAT(h,
			    "%.300s; basis data tujuan TIDAK dapat"
			    " dikosongkan kembali",
			    why);
		}
	} else if (unlink(dump) != 0 || store_locate_set(dir, url) != 0) {
		GALAT(h, "db.conf tidak dapat ditulis");
		(void)cadangan_sql_kosongkan(s);
	} else {
		rc = 0;
	}
	store_close(s);
	free(dump);
	return rc;
}

/* Whether dir can be the target: absent, or an empty directory. */
static int
sasaran_kosong(const char *dir)
{
	struct dirent *d;
	DIR *dp;
	int n = 0;

	if ((dp = opendir(dir)) == NULL)
		return errno == ENOENT ? 1 : 0;
	while ((d = readdir(dp)) != NULL)
		if (strcmp(d->d_name, ".") != 0 && strcmp(d->d_name, "..") != 0)
			n++;
	closedir(dp);
	return n == 0 ? 2 : 0;
}

int
cadangan_pulihkan(const char *dari, const char *data_dir, const char *identitas,
    const char *db, struct cadangan_hasil *h)
{
	struct buka b = { NULL, 0, NULL, 0 };
	struct arsip *z;
	json_error_t je;
	json_t *m = NULL;
	const char *fmt, *jenis;
	char *tmp, *trail;
	size_t i;
	int kosong, rc = -1, fd;

	memset(h, 0, sizeof(*h));
	if ((kosong = sasaran_kosong(data_dir)) == 0) {
		GALAT(h,
		    "%.200s sudah berisi; pulihkan ke direktori baru atau"
		    " kosong",
		    data_dir);
		return -1;
	}
	trail = xstrdup(data_dir);
	for (i = strlen(trail); i > 1 && trail[i - 1] == '/'; i--)
		trail[i - 1] = '\0';
	tmp = xasprintf("%s.pulih-XXXXXX", trail);
	if (mkdtemp(tmp) == NULL) {
		GALAT(h, "tidak dapat membuat direktori di samping %.200s",
		    data_dir);
		free(tmp);
		free(trail);
		return -1;
	}
	if ((z = arsip_baca(dari, identitas, h->galat, sizeof(h->galat))) ==
	    NULL)
		goto out;
	if (bongkar(z, tmp, &b, h) != 0) {
		/* a failed decryption explains the damage better */
		(void)arsip_lepas(z, h->galat, sizeof(h->galat));
		goto out;
	}
	if (arsip_lepas(z, h->galat, sizeof(h->galat)) != 0)
		goto out;
	if ((m = json_loadb(b.manifest, b.manifest_len, 0, &je)) == NULL ||
	    json_unpack(m, "{s:s, s:s}", "format", &fmt, "basis_data",
		&jenis) != 0 ||
	    strcmp(fmt, CADANGAN_FORMAT) != 0) {
		GALAT(h, "manifest rusak atau format arsip tidak dikenal");
		goto out;
	}
	if (cek_berkas(&b, json_object_get(m, "berkas"), h) != 0)
		goto out;
	if (strcmp(jenis, "postgresql") == 0 && db == NULL) {
		GALAT(h,
		    "arsip berisi basis data PostgreSQL: berikan --db URL"
		    " sebuah basis data baru yang kosong");
		goto out;
	}
	if (strcmp(jenis, "sqlite") == 0 && db != NULL) {
		GALAT(h,
		    "arsip berisi basis data SQLite: pulihkan tanpa --db,"
		    " lalu pindahkan dengan pamong db copy");
		goto out;
	}
	if (db != NULL ? pulih_pg(tmp, db, m, h) != 0
		       : pulih_sqlite(tmp, m, h) != 0)
		goto out;
	/* durable, then in place at once */
	if ((fd = open(tmp, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		(void)syncfs(fd);
		close(fd);
	}
	if ((kosong == 2 && rmdir(trail) != 0) || rename(tmp, trail) != 0) {
		GALAT(h, "%.200s tidak dapat dipasang di tempatnya", data_dir);
		goto out;
	}
	rc = 0;
out:
	if (rc != 0)
		hapus_semua(tmp);
	for (i = 0; i < b.n; i++)
		free(b.v[i].nama);
	free(b.v);
	free(b.manifest);
	json_decref(m);
	free(tmp);
	free(trail);
	return rc;
}
