/* catalog.c: service catalog storage and its full-text index. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../lib/buf.h"
#include "../lib/csv.h"
#include "../lib/utf8.h"
#include "../lib/xalloc.h"
#include "../store/store.h"
#include "catalog.h"

/* Default public texts by level; an admin edits them per service. */
static const char *
default_procedure(const char *level)
{
	if (strcmp(level, "kampung") == 0)
		return "Pemohon mengajukan permohonan secara daring melalui"
		    " Pamong atau datang ke kantor penghulu/lurah dengan membawa"
		    " persyaratan. Operator kampung/kelurahan memeriksa"
		    " kelengkapan berkas, lalu Penghulu/Lurah menandatangani"
		    " surat. Pemohon menerima surat secara elektronik atau"
		    " mengambilnya di kantor.";
	if (strcmp(level, "kecamatan") == 0)
		return "Pemohon mengajukan permohonan secara daring melalui"
		    " Pamong atau di loket pelayanan kecamatan. Petugas"
		    " kecamatan memverifikasi berkas, lalu Camat menandatangani"
		    " atau mengesahkan dokumen.";
	return "Pemohon mengajukan permohonan secara daring melalui Pamong"
	    " atau di loket Mal Pelayanan Publik. Petugas memverifikasi"
	    " kelengkapan dan keabsahan berkas, pejabat berwenang memproses"
	    " dan menetapkan produk layanan, lalu produk diserahkan kepada"
	    " pemohon.";
}

static const char *
default_complaints(void)
{
	return "Pengaduan, saran, dan masukan dapat disampaikan melalui kanal"
	    " Pengaduan di Pamong, SP4N-LAPOR! (www.lapor.go.id), atau"
	    " langsung kepada petugas pengaduan di unit pelayanan. Setiap"
	    " pengaduan ditanggapi paling lambat 5 hari kerja.";
}

static int
fts_refresh(struct store *s, int64_t id)
{
	if (store_run(s, "DELETE FROM layanan_fts WHERE rowid = ?", "i",
	    id) != 0)
		return -1;
	return store_run(s, "INSERT INTO layanan_fts(rowid, code, name,"
	    " product, requirements) SELECT l.id, l.code, l.name, l.product,"
	    " coalesce((SELECT group_concat(text, ' ') FROM layanan_syarat"
	    " WHERE layanan_id = l.id), '') FROM layanan l WHERE l.id = ?",
	    "i", id);
}

static int
import_row(struct store *s, char **f, char *err, size_t errlen,
    size_t line)
{
	const char *level = f[2], *p, *semi;
	int64_t unit_id = 0, id, fee = -1;
	char *item, *end;
	long sla;
	int pos = 0;

	if (strcmp(level, "kabupaten") != 0 && strcmp(level, "kecamatan") != 0 &&
	    strcmp(level, "kampung") != 0) {
		snprintf(err, errlen, "baris %zu: tingkat \"%s\" tidak dikenal",
		    line, level);
		return -1;
	}
	if (strcmp(level, "kabupaten") == 0) {
		unit_id = store_scalar(s, 0, "SELECT id FROM unit WHERE code = ?"
		    " AND kind = 'opd'", "s", f[3]);
		if (unit_id == 0) {
			snprintf(err, errlen, "baris %zu: OPD %s tidak dikenal",
			    line, f[3]);
			return -1;
		}
	}
	sla = strtol(f[5], &end, 10);
	if (*f[5] == '\0' || *end != '\0' || sla < 0 || sla > 365) {
		snprintf(err, errlen, "baris %zu: jangka waktu tidak sah", line);
		return -1;
	}
	if (*f[6] != '\0') {
		fee = strtoll(f[6], &end, 10);
		if (*end != '\0' || fee < 0) {
			snprintf(err, errlen, "baris %zu: biaya tidak sah", line);
			return -1;
		}
	}
	if (text_check(f[1], 3, 200, 0) || text_check(f[4], 1, 300, 0)) {
		snprintf(err, errlen, "baris %zu: nama atau produk tidak sah",
		    line);
		return -1;
	}
	if (store_run(s, "INSERT INTO layanan(code, name, level, unit_id,"
	    " product, sla_days, fee_idr, fee_note, procedure, complaints,"
	    " legal_basis, sla_fee_basis, source, updated_at) VALUES (?, ?, ?,"
	    " nullif(?, 0), ?, ?, nullif(?, -1), ?, ?, ?, ?, ?, ?, ?)"
	    " ON CONFLICT(code) DO UPDATE SET name = excluded.name, level ="
	    " excluded.level, unit_id = excluded.unit_id, product ="
	    " excluded.product, sla_days = excluded.sla_days, fee_idr ="
	    " excluded.fee_idr, fee_note = excluded.fee_note, legal_basis ="
	    " excluded.legal_basis, sla_fee_basis = excluded.sla_fee_basis,"
	    " source = excluded.source, updated_at = excluded.updated_at",
	    "sssisiissssssi", f[0], f[1], level, unit_id, f[4], (int64_t)sla,
	    fee, fee < 0 ? "Retribusi sesuai Peraturan Daerah Kabupaten Siak"
	    " tentang Pajak Daerah dan Retribusi Daerah." : "",
	    default_procedure(level), default_complaints(), f[8], f[9], f[10],
	    (int64_t)time(NULL)) != 0) {
		snprintf(err, errlen, "baris %zu: layanan %s gagal disimpan",
		    line, f[0]);
		return -1;
	}
	id = store_scalar(s, 0, "SELECT id FROM layanan WHERE code = ?", "s",
	    f[0]);
	if (store_run(s, "DELETE FROM layanan_syarat WHERE layanan_id = ?",
	    "i", id) != 0)
		return -1;
	for (p = f[7]; *p != '\0'; p = semi ? semi + 1 : p + strlen(p)) {
		semi = strchr(p, ';');
		item = xstrndup(p, semi ? (size_t)(semi - p) : strlen(p));
		if (*item != '\0' && store_run(s, "INSERT INTO layanan_syarat"
		    "(layanan_id, pos, text) VALUES (?, ?, trim(?))", "ids", id,
		    ++pos, item) != 0) {
			free(item);
			snprintf(err, errlen, "baris %zu: persyaratan tidak sah",
			    line);
			return -1;
		}
		free(item);
	}
	return fts_refresh(s, id);
}

int
catalog_import(struct store *s, const char *path, char *err, size_t errlen)
{
	struct csv *c;
	char *data, **f;
	size_t len, nf;
	int rc, header = 1;

	if (csv_load_file(path, &data, &len) != 0) {
		snprintf(err, errlen, "berkas %s tidak dapat dibaca", path);
		return -1;
	}
	c = csv_open(data, len);
	while ((rc = csv_next(c, &f, &nf)) == 1) {
		if (header) {
			header = 0;
			continue;
		}
		if (nf != 11) {
			snprintf(err, errlen, "%s baris %zu: harus 11 kolom", path,
			    csv_line(c));
			rc = -1;
			break;
		}
		if (import_row(s, f, err, errlen, csv_line(c)) != 0) {
			rc = -1;
			break;
		}
	}
	if (rc < 0 && err[0] == '\0')
		snprintf(err, errlen, "%s baris %zu: %s", path, csv_line(c),
		    csv_error(c));
	csv_close(c);
	free(data);
	return rc < 0 ? -1 : 0;
}
