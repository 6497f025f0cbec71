/*
 * bench_sign.c: PAdES signing throughput of Pamong's own code, one
 * process, one thread (built by run.sh against the project's objects).
 *
 *   bench_sign DIR N
 *
 * Makes the throw-away signer PKI of tests/unit/dokumen/pades_testpki.h
 * (PEM files in DIR/pki, for the pdfsig comparison in run.sh) and, when
 * the regency PKI code is linked (src/domain/pki*.c, helper H1), a real
 * Pamong PKI in DIR/data/pki whose TSA (pki_tsa_cb) stamps the B-T
 * signatures in-process; renders N distinct letters (surat_pdf_render), then
 * signs all N as B-B and all N as B-T (pades_sign), verifies every B-T
 * result (pades_verify), and prints wall-clock and CPU rates.  Writes
 * DIR/unsigned.pdf (letter 0) and DIR/bt.pdf for run.sh.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/dokumen/surat_pdf.h"
#include "mod/dokumen/pades.h"
#include "mod/pki/pki.h"
#include "lib/buf.h"
#include "pades_testpki.h"

static double
now_wall(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double
now_cpu(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
report(const char *what, int n, double wall, double cpu, size_t bytes)
{
	printf("%-8s %6d docs  %8.1f docs/s (wall)  %8.1f docs/s per core "
	    "(CPU)  %6.3f ms/doc  avg %zu bytes\n", what, n, n / wall,
	    n / cpu, 1000.0 * cpu / n, bytes / (size_t)n);
}

static int
write_file(const char *path, const struct buf *b)
{
	FILE *f = fopen(path, "wb");
	int ok;

	if (f == NULL)
		return -1;
	ok = fwrite(b->s, 1, b->len, f) == b->len;
	return fclose(f) == 0 && ok ? 0 : -1;
}

int
main(int argc, char **argv)
{
	struct tpki t;
	struct pki *pki = NULL;
	struct pki_opts po;
	struct letter l;
	struct pades_signer s;
	struct pades_verdict v;
	struct buf *pdf, out = BUF_INIT;
	X509_STORE *trust;
	char path[4096], kode[32], url[96], nomor[48], err[512];
	double w0, c0;
	size_t bytes;
	int n, i, bad = 0;

	if (argc != 3 || (n = atoi(argv[2])) <= 0) {
		fprintf(stderr, "usage: bench_sign DIR N\n");
		return 2;
	}
	snprintf(path, sizeof(path), "%s/pki", argv[1]);
	if (tp_new(&t) != 0 || tp_write(&t, path) != 0) {
		fprintf(stderr, "bench_sign: cannot write %s\n", path);
		return 1;
	}
	memset(&po, 0, sizeof(po));
	po.root_passphrase = "bench-root-passphrase-2026";
	po.base_url = "https://pamong.example";
	snprintf(path, sizeof(path), "%s/data", argv[1]);
	if (pki_init(path, &po, err, sizeof(err)) != 0 ||
	    (pki = pki_load(path)) == NULL) {
		fprintf(stderr, "bench_sign: pki_init: %s\n", err);
		return 1;
	}
	trust = X509_STORE_new();
	X509_STORE_add_cert(trust, t.root);
	X509_STORE_add_cert(trust, pki_root(pki));
	printf("TSA: Pamong's own (pki_tsa_cb, %s)\n",
	    X509_NAME_oneline(X509_get_subject_name(pki_tsa_cert(pki)), err,
	    sizeof(err)));

	/* N distinct letters */
	pdf = calloc((size_t)n, sizeof(*pdf));
	w0 = now_wall();
	c0 = now_cpu();
	for (i = 0, bytes = 0; i < n; i++) {
		snprintf(kode, sizeof(kode), "B%04d-%04X-K", i % 10000, i);
		snprintf(url, sizeof(url), "https://pamong.example/v/%s", kode);
		snprintf(nomor, sizeof(nomor), "470/KD/2026/%05d", i + 1);
		tp_letter(&l, kode, url);
		l.nomor_surat = nomor;
		buf_init(&pdf[i], 16384);
		if (surat_pdf_render(&l, &pdf[i], err, sizeof(err)) != 0) {
			fprintf(stderr, "bench_sign: %s\n", err);
			return 1;
		}
		bytes += pdf[i].len;
	}
	report("render", n, now_wall() - w0, now_cpu() - c0, bytes);
	snprintf(path, sizeof(path), "%s/unsigned.pdf", argv[1]);
	write_file(path, &pdf[0]);

	memset(&s, 0, sizeof(s));
	s.key = t.signer_key;
	s.cert = t.signer;
	s.chain = t.chain;
	s.when = time(NULL);
	s.name = "Ahmad R\xc3\xa9za, S.Sos.";
	s.reason = "Persetujuan dokumen";
	s.location = "Siak Sri Indrapura, ID";
	buf_init(&out, (size_t)n * 40000);

	/* B-B */
	w0 = now_wall();
	c0 = now_cpu();
	for (i = 0; i < n; i++) {
		buf_reset(&out);
		if (pades_sign(pdf[i].s, pdf[i].len, &s, &out, err,
		    sizeof(err)) != 0) {
			fprintf(stderr, "bench_sign: B-B: %s\n", err);
			return 1;
		}
	}
	report("B-B", n, now_wall() - w0, now_cpu() - c0, out.len * n);

	/* B-T with Pamong's TSA in-process; keep every result to verify */
	{
		struct buf *signed_bt = calloc((size_t)n, sizeof(*signed_bt));

		s.tsa = pki_tsa_cb;
		s.tsa_arg = pki;
		w0 = now_wall();
		c0 = now_cpu();
		for (i = 0, bytes = 0; i < n; i++) {
			buf_init(&signed_bt[i], pdf[i].len + 20000);
			if (pades_sign(pdf[i].s, pdf[i].len, &s, &signed_bt[i],
			    err, sizeof(err)) != 0) {
				fprintf(stderr, "bench_sign: B-T: %s\n", err);
				return 1;
			}
			bytes += signed_bt[i].len;
		}
		report("B-T", n, now_wall() - w0, now_cpu() - c0, bytes);
		snprintf(path, sizeof(path), "%s/bt.pdf", argv[1]);
		write_file(path, &signed_bt[0]);

		w0 = now_wall();
		c0 = now_cpu();
		for (i = 0; i < n; i++)
			if (pades_verify(signed_bt[i].s, signed_bt[i].len,
			    trust, t.crl, &v) != 1 || !v.tst_ok) {
				if (bad++ == 0)
					fprintf(stderr, "bench_sign: verify: "
					    "%s\n", v.problem);
			}
		report("verify", n, now_wall() - w0, now_cpu() - c0, bytes);
		printf("verified B-T: %d of %d valid with time-stamp\n",
		    n - bad, n);
		for (i = 0; i < n; i++)
			buf_free(&signed_bt[i]);
		free(signed_bt);
	}
	for (i = 0; i < n; i++)
		buf_free(&pdf[i]);
	free(pdf);
	buf_free(&out);
	X509_STORE_free(trust);
	pki_free(pki);
	tp_free(&t);
	return bad ? 1 : 0;
}
