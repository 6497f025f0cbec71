/*
 * verify.c: `pamong verify FILE.pdf [--data DIR]` (issue 4): the verdict
 * on a signed PDF and its details.  With --data: the PKI's root and CRL,
 * and the document registry (registered, not revoked, not superseded).
 * A signer that chains to the BSrE roots of DATA/bsre.conf's akar is
 * trusted too, and the output says who issued the certificate and
 * whether the signature is certified (issue 18).
 * Without --data the chain and the registry cannot be checked: said so, and
 * the exit status is not 0.  Exit 0 only for a valid, trusted, whole-file
 * signature of a registered, unrevoked document.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/bsre/bsre.h"
#include "mod/dokumen/dokumen_check.h"
#include "mod/pki/pki.h"
#include "lib/buf.h"
#include "lib/when.h"
#include "lib/xalloc.h"
#include "store/store.h"
#include "cmd.h"

#define VERIFY_MAX (64 * 1024 * 1024)

static void
when(const char *label, time_t t)
{
	char s[WHEN_ISO8601_LEN];

	if (t == 0)
		return;
	when_iso8601(t, s);
	printf("%-22s %s\n", label, s);
}

int
cmd_verify(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", NULL };
	const char *dir, *file = NULL;
	struct store *s = NULL;
	struct pki *pki = NULL;
	X509_STORE *bsre = NULL;
	struct dokumen_cek *c;
	struct buf b = BUF_INIT;
	int i, ok;

	if (opt_args(argc, argv, 1, opts, &file, 1) != 1)
		usage_error("berkas FILE.pdf wajib");
	dir = opt_get(argc, argv, "--data");
	buf_init(&b, 65536);
	if (buf_read_file(&b, file, VERIFY_MAX) != 0)
		die("berkas %s tidak dapat dibaca", file);
	if (dir != NULL) {
		s = cmd_open_store(dir);
		if ((pki = pki_load(dir)) == NULL)
			fprintf(stderr,
			    "pamong: PKI tidak ditemukan di %s/pki;"
			    " rantai sertifikat tidak diperiksa\n",
			    dir);
		bsre = bsre_trust(dir);
	}
	c = xcalloc(1, sizeof(*c));
	ok = dokumen_check(s, pki, bsre, b.s, b.len, NULL, c);
	X509_STORE_free(bsre);
	printf("%-22s %s\n", "Berkas:", file);
	printf("%-22s %s\n", "SHA-256:", c->v.sha256);
	if (*c->v.signer_cn != '\0')
		printf("%-22s %s\n", "Penanda tangan (CN):", c->v.signer_cn);
	if (*c->v.cert_sha256 != '\0')
		printf("%-22s %s\n", "Sertifikat SHA-256:", c->v.cert_sha256);
	if (*c->penerbit != '\0') {
		printf("%-22s %s\n", "Penerbit sertifikat:",
		    dokumen_penerbit_label(c->penerbit));
		printf("%-22s %s\n",
		    "Jenis tanda tangan:", dokumen_jenis_ttd(c->penerbit));
	}
	when("Waktu klaim (/M):", c->v.signed_at);
	when("Waktu TSA:", c->v.tst_time);
	if (c->reg == 0) {
		printf("%-22s %s\n", "Kode verifikasi:", c->d.kode);
		printf("%-22s %s\n", "Nomor surat:", c->d.nomor_surat);
		printf("%-22s %s\n", "Jenis dokumen:", c->d.judul);
		printf("%-22s %s\n", "Unit penerbit:", c->d.unit_name);
		printf("%-22s %s, %s\n",
		    "Ditandatangani oleh:", c->d.signer_name,
		    c->d.signer_position);
		printf("%-22s %s\n", "Status:", c->d.status);
		if (strcmp(c->d.status, "dicabut") == 0)
			printf("%-22s %s (%s)\n", "Dicabut:", c->d.ended_reason,
			    c->d.ended_position);
		if (*c->d.superseded_by != '\0')
			printf("%-22s %s\n",
			    "Digantikan oleh:", c->d.superseded_by);
	}
	printf("\n");
	for (i = 0; i < c->nitem; i++) {
		printf("[%s] %s",
		    c->item[i].ok == 1	     ? "  OK "
			: c->item[i].ok == 0 ? "GAGAL"
					     : "  -  ",
		    c->item[i].label);
		if (c->item[i].detail != NULL)
			printf(": %s", c->item[i].detail);
		printf("\n");
	}
	printf("\nPutusan: %s\n", ok ? "SAH" : "TIDAK SAH");
	if (!ok && c->first_fail != NULL)
		printf("Gagal pada: %s\n", c->first_fail);
	free(c);
	buf_free(&b);
	pki_free(pki);
	if (s != NULL)
		store_close(s);
	return ok ? 0 : 1;
}
