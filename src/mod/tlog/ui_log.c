/*
 * log.c: the public transparency log (see doc/tlog.md): the signed
 * checkpoint, the verifier key, entries, inclusion and consistency
 * proofs (GET /log/...), and the explanatory page GET /log.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "merkle.h"
#include "tlog.h"
#include "lib/msg.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "http/api.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"
#include "sql.h"

#define ENTRI_MAX 1000 /* entries per GET /log/entri */
#define RECENT 20      /* entries shown on /log */

static void
text_send(struct req *r, int status, const char *s)
{
	buf_reset(&r->out);
	buf_adds(&r->out, s);
	r->status = status;
	r->out_type = "text/plain; charset=utf-8";
}

/* Parameter name as an int64 >= 0; -1 after sending a 400 when not. */
static int64_t
num_param(struct req *r, const char *name)
{
	const char *v = req_param(r, name);
	char m[160];
	int64_t x = 0;
	size_t i, n;

	n = v != NULL ? strlen(v) : 0;
	if (n == 0 || n > 18 || strspn(v, "0123456789") != n) {
		snprintf(m, sizeof(m), msg(M_LOG_PARAM_NUM), name);
		api_error(r, 400, "parameter_tidak_sah", m);
		return -1;
	}
	for (i = 0; i < n; i++)
		x = x * 10 + (v[i] - '0');
	return x;
}

static void
bad(struct req *r, enum msg_id id, int64_t size)
{
	char m[200], n[24];

	snprintf(n, sizeof(n), "%" PRId64, size);
	snprintf(m, sizeof(m), msg(id), n);
	api_error(r, 400, "parameter_tidak_sah", m);
}

static json_t *
b64_json(const unsigned char *p, size_t n)
{
	size_t len =
	    sodium_base64_encoded_len(n, sodium_base64_VARIANT_ORIGINAL);
	char *s = xmalloc(len);
	json_t *v;

	sodium_bin2base64(s, len, p, n, sodium_base64_VARIANT_ORIGINAL);
	v = json_string(s);
	free(s);
	return v;
}

/* GET /log/checkpoint: the latest signed checkpoint (re-issued if grown). */
void
page_log_checkpoint(struct req *r)
{
	char *note = NULL;

	(void)tlog_checkpoint_refresh(r->store, r->app->data_dir, r->now,
	    &note);
	if (note == NULL) {
		text_send(r, 503, msg(M_LOG_UNAVAILABLE));
		buf_addc(&r->out, '\n');
		return;
	}
	text_send(r, 200, note);
	free(note);
}

/* GET /log/kunci: the verifier key, name+hash+base64. */
void
page_log_kunci(struct req *r)
{
	struct tlog_key k;
	char *vk;

	if (tlog_key_load(r->app->data_dir, &k) != 0) {
		text_send(r, 503, msg(M_LOG_UNAVAILABLE));
		buf_addc(&r->out, '\n');
		return;
	}
	vk = tlog_vkey(&k);
	sodium_memzero(&k, sizeof(k));
	text_send(r, 200, vk);
	buf_addc(&r->out, '\n');
	free(vk);
}

static void
entri_add(void *arg, int64_t idx, const void *e, size_t n)
{
	json_t *data = arg;

	json_array_append_new(data,
	    json_pack("{s:I,s:o}", "indeks", (json_int_t)idx, "entri",
		b64_json(e != NULL ? e : (const void *)"", n)));
}

/* GET /log/entri?mulai=&akhir= */
void
page_log_entri(struct req *r)
{
	json_t *data;
	int64_t mulai, akhir, size;

	if ((mulai = num_param(r, "mulai")) < 0 ||
	    (akhir = num_param(r, "akhir")) < 0)
		return;
	size = tlog_size(r->store);
	if (size < 0) {
		api_error(r, 500, "galat_server", msg(M_LOG_FAILED));
		return;
	}
	if (mulai >= akhir || akhir > size) {
		bad(r, M_LOG_RANGE_BAD, size);
		return;
	}
	if (akhir - mulai > ENTRI_MAX) {
		api_error(r, 400, "parameter_tidak_sah", msg(M_LOG_RANGE_LONG));
		return;
	}
	data = json_array();
	if (tlog_sql_each_entry_range(r->store, mulai, akhir, entri_add,
		data) != 0) {
		json_decref(data);
		api_error(r, 500, "galat_server", msg(M_LOG_FAILED));
		return;
	}
	api_send(r, 200, json_pack("{s:o}", "data", data));
}

static void
send_path(struct req *r, unsigned char path[][32], size_t np)
{
	json_t *a = json_array();
	size_t i;

	for (i = 0; i < np; i++)
		json_array_append_new(a, b64_json(path[i], 32));
	api_send(r, 200, json_pack("{s:o}", "jalur", a));
}

/* GET /log/bukti-inklusi?indeks=&ukuran= */
void
page_log_inclusion(struct req *r)
{
	unsigned char path[MERKLE_MAXPATH][32];
	struct merkle_src src;
	int64_t idx, size, n;
	size_t np;

	if ((idx = num_param(r, "indeks")) < 0 ||
	    (size = num_param(r, "ukuran")) < 0)
		return;
	n = tlog_size(r->store);
	if (n < 0) {
		api_error(r, 500, "galat_server", msg(M_LOG_FAILED));
		return;
	}
	if (idx >= size || size > n) {
		bad(r, M_LOG_INDEX_BAD, n);
		return;
	}
	tlog_src(r->store, &src);
	if (merkle_inclusion(&src, (uint64_t)idx, (uint64_t)size, path, &np) !=
	    0) {
		api_error(r, 500, "galat_server", msg(M_LOG_FAILED));
		return;
	}
	send_path(r, path, np);
}

/* GET /log/bukti-konsistensi?ukuran1=&ukuran2= */
void
page_log_consistency(struct req *r)
{
	unsigned char path[MERKLE_MAXPATH][32];
	struct merkle_src src;
	int64_t m, size, n;
	size_t np = 0;

	if ((m = num_param(r, "ukuran1")) < 0 ||
	    (size = num_param(r, "ukuran2")) < 0)
		return;
	n = tlog_size(r->store);
	if (n < 0) {
		api_error(r, 500, "galat_server", msg(M_LOG_FAILED));
		return;
	}
	if (m > size || size > n) {
		bad(r, M_LOG_SIZES_BAD, n);
		return;
	}
	tlog_src(r->store, &src);
	/* ukuran1 = 0 or = ukuran2: trivially consistent, empty path */
	if (m > 0 &&
	    merkle_consistency(&src, (uint64_t)m, (uint64_t)size, path, &np) !=
		0) {
		api_error(r, 500, "galat_server", msg(M_LOG_FAILED));
		return;
	}
	send_path(r, path, np);
}

/* The "jenis" of a canonical JSON entry, for the table (or "-"). */
static char *
entry_kind(const void *e, size_t n)
{
	json_t *v = json_loadb(e, n, 0, NULL);
	const char *k = json_is_object(v)
	    ? json_string_value(json_object_get(v, "jenis"))
	    : NULL;
	char *s = xstrdup(k != NULL ? k : "-");

	json_decref(v);
	return s;
}

/* One row of the latest entries on /log. */
static void
recent_row(void *arg, int64_t idx, int64_t at, const void *e, size_t n)
{
	struct buf *b = arg;
	char *kind, *txt, when[32];

	when_wib_format(when, sizeof(when), "%Y-%m-%d %H:%M:%S", (time_t)at);
	kind = entry_kind(e, n);
	txt = xmalloc(n + 1);
	if (n > 0)
		memcpy(txt, e, n);
	txt[n] = '\0';
	html_printf(b,
	    "<tr><td>%I</td><td>%s</td><td>%s</td>"
	    "<td><code>%s</code></td></tr>",
	    idx, when, kind, txt);
	free(txt);
	free(kind);
}

/* GET /log: what the log is, the latest checkpoint, how to check it. */
void
page_log(struct req *r)
{
	struct buf *b = &r->out;
	struct tlog_key k;
	char *note = NULL, *vk = NULL;
	int64_t size;

	(void)tlog_checkpoint_refresh(r->store, r->app->data_dir, r->now,
	    &note);
	if (tlog_key_load(r->app->data_dir, &k) == 0) {
		vk = tlog_vkey(&k);
		sodium_memzero(&k, sizeof(k));
	}
	size = tlog_size(r->store);
	layout_begin(r, msg(M_LOG_TITLE));
	html_printf(b, "<h1>%s</h1>", msg(M_LOG_TITLE));
	html_lit(b,
	    "<p>Log transparansi adalah catatan publik yang hanya bisa"
	    " ditambah, tidak bisa diubah atau dihapus. Setiap dokumen yang"
	    " diterbitkan (kode verifikasi, SHA-256 berkas PDF, sidik jari"
	    " sertifikat penanda tangan, waktu), setiap pencabutan atau"
	    " penggantian dokumen, setiap keputusan akhir atas permohonan,"
	    " setiap pengaduan yang ditutup, dan setiap komitmen sampel audit"
	    " Inspektorat dicatat di sini sebagai satu entri JSON. Entri tidak"
	    " memuat data pribadi.</p>"
	    "<p>Entri-entri disusun menjadi pohon Merkle menurut RFC 9162"
	    " (standar yang sama dengan Certificate Transparency). Secara"
	    " berkala Pemerintah Kabupaten menandatangani <em>checkpoint</em>:"
	    " ukuran log dan hash akarnya, dengan kunci Ed25519 log. Karena"
	    " setiap checkpoint baru harus memuat seluruh isi checkpoint"
	    " sebelumnya, siapa pun yang menyimpan satu checkpoint dapat"
	    " membuktikan bila ada entri lama yang diubah, disisipkan, atau"
	    " dihapus.</p>");
	html_lit(b, "<h2>Checkpoint terbaru</h2>");
	if (note != NULL)
		html_printf(b, "<pre class=\"log-note\">%s</pre>", note);
	else
		html_printf(b, "<p>%s</p>", msg(M_LOG_UNAVAILABLE));
	html_printf(b, "<p>Ukuran log saat ini: %I entri.</p>", size);
	html_lit(b, "<h2>Kunci verifikasi</h2>");
	if (vk != NULL)
		html_printf(b, "<p><code class=\"log-key\">%s</code></p>", vk);
	html_lit(b,
	    "<p>Bentuknya <code>nama+ID kunci+base64(0x01 || kunci"
	    " publik Ed25519)</code>, sama dengan format <em>signed note</em>"
	    " (C2SP, Go <code>sumdb/note</code>). Bandingkan kunci ini dengan"
	    " yang diumumkan Pemerintah Kabupaten Siak di media lain.</p>");
	html_lit(b,
	    "<h2>Cara memeriksa</h2><ol>"
	    "<li>Unduh <a href=\"/log/checkpoint\">/log/checkpoint</a> dan"
	    " simpan. Tanda tangan menutupi tiga baris pertama (nama log,"
	    " ukuran, hash akar dalam base64) termasuk baris baru terakhirnya;"
	    " baris tanda tangan berisi base64 dari 4 bita ID kunci diikuti 64"
	    " bita tanda tangan Ed25519. Pustaka Ed25519 apa pun (mis."
	    " <code>openssl pkeyutl -verify -rawin</code>) dapat memeriksanya.</li>"
	    "<li>Bank atau jurnalis yang memegang dokumen: halaman verifikasi"
	    " dokumen menampilkan indeks log dokumen itu. Ambil entrinya di"
	    " <code>/log/entri?mulai=INDEKS&amp;akhir=INDEKS+1</code>, hitung"
	    " hash daun SHA-256(0x00 || entri), lalu periksa jalur dari"
	    " <code>/log/bukti-inklusi?indeks=INDEKS&amp;ukuran=UKURAN</code>"
	    " terhadap hash akar checkpoint (RFC 9162 bagian 2.1.3.2).</li>"
	    "<li>Pemantau: simpan checkpoint hari ini; besok mintalah"
	    " <code>/log/bukti-konsistensi?ukuran1=LAMA&amp;ukuran2=BARU</code>"
	    " dan periksa bahwa log baru memuat log lama tanpa perubahan"
	    " (RFC 9162 bagian 2.1.4.2). Perintah <code>pamong log verify"
	    " --url https://ALAMAT --checkpoint FILE</code> melakukan semuanya:"
	    " mengunduh semua entri, menghitung ulang pohon, memeriksa tanda"
	    " tangan dan konsistensi, lalu menyebut indeks pertama yang tidak"
	    " cocok.</li></ol>");
	html_lit(b, "<h2>Entri terbaru</h2>");
	html_lit(b,
	    "<div class=\"tabel-gulir\" tabindex=\"0\" role=\"region\""
	    " aria-label=\"Entri terbaru\"><table class=\"log-entri\">"
	    "<caption>Entri terbaru (paling baru di atas)</caption><thead><tr>"
	    "<th scope=\"col\">Indeks</th><th scope=\"col\">Waktu (WIB)</th>"
	    "<th scope=\"col\">Jenis</th><th scope=\"col\">Entri</th></tr>"
	    "</thead><tbody>");
	tlog_sql_each_recent(r->store, RECENT, recent_row, b);
	html_lit(b, "</tbody></table></div>");
	html_lit(b,
	    "<p>Semua entri: <code>/log/entri?mulai=0&amp;akhir=1000"
	    "</code> (paling banyak 1000 per permintaan). Format lengkap:"
	    " dokumen <code>doc/tlog.md</code>.</p>");
	layout_end(r);
	free(note);
	free(vk);
}
