/* sehat.c: the checks of GET /sehat (sehat.h). */
#include <sys/statvfs.h>

#include <jansson.h>
#include <stdint.h>
#include <time.h>

#include "mod/cadangan/cadangan.h"
#include "mod/notifikasi/kanal.h"
#include "sehat.h"
#include "sql.h"

static const char *const tingkat_nama[] = { "baik", "perhatian", "gangguan" };

static enum sehat_tingkat
naik(enum sehat_tingkat a, enum sehat_tingkat b)
{
	return b > a ? b : a;
}

static enum sehat_tingkat
basis_data(struct store *s, json_t *o)
{
	struct timespec t0, t1;
	int ok;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	ok = sehat_sql_ping(s) == 0;
	clock_gettime(CLOCK_MONOTONIC, &t1);
	json_object_set_new(o, "basis_data",
	    json_pack("{s:s, s:I}", "keadaan",
		tingkat_nama[ok ? SEHAT_BAIK : SEHAT_GANGGUAN], "waktu_us",
		(json_int_t)((t1.tv_sec - t0.tv_sec) * 1000000 +
		    (t1.tv_nsec - t0.tv_nsec) / 1000)));
	return ok ? SEHAT_BAIK : SEHAT_GANGGUAN;
}

static enum sehat_tingkat
disk(const char *data_dir, json_t *o)
{
	enum sehat_tingkat t = SEHAT_BAIK;
	struct statvfs v;
	double mb, persen;

	if (statvfs(data_dir, &v) != 0 || v.f_blocks == 0) {
		json_object_set_new(o, "disk",
		    json_pack("{s:s}", "keadaan", "perhatian"));
		return SEHAT_PERHATIAN;
	}
	mb = (double)v.f_bavail * (double)v.f_frsize / 1048576.0;
	persen = 100.0 * (double)v.f_bavail / (double)v.f_blocks;
	if (mb < SEHAT_DISK_KRITIS_MB || persen < SEHAT_DISK_KRITIS_PERSEN)
		t = SEHAT_GANGGUAN;
	else if (persen < SEHAT_DISK_PERSEN)
		t = SEHAT_PERHATIAN;
	json_object_set_new(o, "disk",
	    json_pack("{s:s, s:I, s:I}", "keadaan", tingkat_nama[t], "bebas_mb",
		(json_int_t)mb, "bebas_persen", (json_int_t)persen));
	return t;
}

static enum sehat_tingkat
antrean(struct store *s, const char *data_dir, time_t now, json_t *o)
{
	static const char *const keadaan[] = { "mati", "aktif", "salah" };
	enum sehat_tingkat all = SEHAT_BAIK, t;
	struct kanal_conf c;
	json_t *k = json_object();
	int64_t n, sejak;
	int i;

	(void)kanal_read(data_dir, &c);
	for (i = 0; i < KANAL_N; i++) {
		t = SEHAT_BAIK;
		if (c.keadaan[i] == KANAL_MATI) {
			json_object_set_new(k, kanal_name(i),
			    json_pack("{s:s}", "kanal", "mati"));
			continue;
		}
		if (sehat_sql_antre(s, kanal_name(i), (int64_t)now, &n,
			&sejak) != 0)
			n = sejak = 0;
		if (c.keadaan[i] == KANAL_SALAH ||
		    (n > 0 && now - sejak > SEHAT_ANTRE_DETIK))
			t = SEHAT_PERHATIAN;
		json_object_set_new(k, kanal_name(i),
		    json_pack("{s:s, s:s, s:I, s:I}", "keadaan",
			tingkat_nama[t], "kanal", keadaan[c.keadaan[i]],
			"antre", (json_int_t)n, "tertua_detik",
			(json_int_t)(n > 0 ? (int64_t)now - sejak : 0)));
		all = naik(all, t);
	}
	json_object_set_new(o, "notifikasi", k);
	return all;
}

static enum sehat_tingkat
cadangan(const char *data_dir, time_t now, json_t *o)
{
	int64_t waktu, bait, menit;

	if (cadangan_terakhir(data_dir, &waktu, &bait) != 0) {
		json_object_set_new(o, "cadangan",
		    json_pack("{s:s, s:n}", "keadaan", "perhatian",
			"terakhir"));
		return SEHAT_PERHATIAN;
	}
	menit = ((int64_t)now - waktu) / 60;
	json_object_set_new(o, "cadangan",
	    json_pack("{s:s, s:I, s:I, s:I}", "keadaan",
		tingkat_nama[menit > SEHAT_CADANGAN_JAM * 60 ? SEHAT_PERHATIAN
							     : SEHAT_BAIK],
		"terakhir", (json_int_t)waktu, "umur_menit", (json_int_t)menit,
		"bait", (json_int_t)bait));
	return menit > SEHAT_CADANGAN_JAM * 60 ? SEHAT_PERHATIAN : SEHAT_BAIK;
}

enum sehat_tingkat
sehat_periksa(struct store *s, const char *data_dir, time_t now, json_t **out)
{
	json_t *periksa = json_object();
	enum sehat_tingkat t = SEHAT_BAIK;

	t = naik(t, basis_data(s, periksa));
	t = naik(t, disk(data_dir, periksa));
	if (t != SEHAT_GANGGUAN) /* the queue needs the database */
		t = naik(t, antrean(s, data_dir, now, periksa));
	t = naik(t, cadangan(data_dir, now, periksa));
	*out = json_pack("{s:s, s:I, s:o}", "status", tingkat_nama[t], "waktu",
	    (json_int_t)now, "periksa", periksa);
	return t;
}
