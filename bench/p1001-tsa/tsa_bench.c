/*
 * tsa_bench.c: in-process RFC 3161 time-stamps per second (pki_tsa_stamp,
 * the B-T path of pades_sign) and the cost of opening an officer's
 * signing key (pki_signer: PBKDF2 + decrypt), on a throw-away PKI.
 * Usage: tsa_bench DIR N
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mod/akun/account.h"
#include "mod/pki/pki.h"
#include "store/store.h"

static double
secs(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + t.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	struct pki_opts o = { 0, "bench-root-passphrase", NULL };
	unsigned char imp[32], *tok;
	char err[256], path[512];
	struct store *s;
	struct pki *p;
	EVP_PKEY *k;
	X509 *x;
	size_t len, tl = 0;
	int64_t id, acc = 0;
	int i, n, rsa;
	double t0, t1;

	if (argc != 4)
		return 2;
	n = atoi(argv[2]);
	rsa = atoi(argv[3]);
	o.rsa = rsa;
	if (pki_init(argv[1], &o, err, sizeof(err)) != 0 ||
	    (p = pki_load(argv[1])) == NULL) {
		fprintf(stderr, "pki: %s\n", err);
		return 1;
	}
	memset(imp, 7, sizeof(imp));
	t0 = secs();
	for (i = 0; i < n; i++) {
		imp[0] = (unsigned char)i;
		if (pki_tsa_stamp(p, NULL, imp, sizeof(imp), &tok, &len) != 0)
			return 1;
		tl += len;
		free(tok);
	}
	t1 = secs();
	printf("%s tsa: %d tokens in %.3f s = %.0f tokens/s (mean %zu bytes)\n",
	    rsa ? "RSA-3072" : "P-256", n, t1 - t0, n / (t1 - t0), tl / n);

	snprintf(path, sizeof(path), "%s/b.db", argv[1]);
	if (store_open(&s, NULL, path) != 0 || store_migrate(s, 0) != 0 ||
	    store_run(s, "INSERT INTO unit(code, name, kind) VALUES ('XUJI',"
	    " 'Dinas Uji', 'opd')", "") != 0 ||
	    store_run(s, "INSERT INTO account(username, pw_hash, unit_id,"
	    " full_name, created_at, pw_changed_at) VALUES ('uji', 'x',"
	    " (SELECT id FROM unit WHERE code = 'XUJI'), 'Uji', 0, 0)", "") != 0 ||
	    (acc = store_last_id(s)) <= 0 ||
	    store_run(s, "INSERT INTO account_role VALUES (?,"
	    " 'penandatangan')", "i", acc) != 0) {
		fprintf(stderr, "store: %s\n", store_errmsg(s));
		return 1;
	}
	t0 = secs();
	id = pki_enroll(s, p, acc, "frasa-sandi-bench-2026", 0, "bench",
	    time(NULL), err, sizeof(err));
	t1 = secs();
	if (id == 0) {
		fprintf(stderr, "enroll: %s\n", err);
		return 1;
	}
	printf("%s enrol: %.1f ms\n", rsa ? "RSA-3072" : "P-256",
	    (t1 - t0) * 1e3);
	t0 = secs();
	for (i = 0; i < 10; i++) {
		if (pki_signer(s, acc, "frasa-sandi-bench-2026", &k, &x, NULL))
			return 1;
		EVP_PKEY_free(k);
		X509_free(x);
	}
	t1 = secs();
	printf("%s pki_signer (open key): %.1f ms\n", rsa ? "RSA-3072" :
	    "P-256", (t1 - t0) * 1e3 / 10);
	store_close(s);
	pki_free(p);
	return 0;
}
