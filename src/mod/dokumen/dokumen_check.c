/* dokumen_check.c: the verdict on a PDF: signature, chain, registry. */
#include <stdlib.h>
#include <string.h>

#include <openssl/x509.h>

#include "lib/msg.h"
#include "lib/xalloc.h"
#include "dokumen_check.h"
#include "mod/pki/pki.h"

static void
item(struct dokumen_cek *c, const char *label, int ok, const char *detail)
{
	struct dokumen_item *it;

	if (c->nitem >= DOKUMEN_ITEMS)
		return;
	it = &c->item[c->nitem++];
	it->label = label;
	it->ok = ok;
	it->detail = ok == 1 ? NULL : detail;
	if (ok != 1) {
		c->ok = 0;
		if (c->first_fail == NULL)
			c->first_fail = label;
	}
}

const char *
dokumen_penerbit_label(const char *penerbit)
{
	return strcmp(penerbit, "bsre") == 0 ? msg(M_DOKUMEN_PENERBIT_BSRE)
					     : msg(M_DOKUMEN_PENERBIT_LOKAL);
}

const char *
dokumen_jenis_ttd(const char *penerbit)
{
	return strcmp(penerbit, "bsre") == 0 ? msg(M_DOKUMEN_JENIS_BSRE)
					     : msg(M_DOKUMEN_JENIS_LOKAL);
}

/* The chain, revocation and time-stamp items of a BSrE signature. */
static void
bsre_items(struct dokumen_cek *c, const char *why)
{
	const struct pades_verdict *v = &c->v;

	item(c, msg(M_DOKUMEN_CK_CHAIN_BSRE), 1, NULL);
	item(c, msg(M_DOKUMEN_CK_CERT_BSRE), 1, NULL);
	if (v->has_tst)
		item(c, msg(M_DOKUMEN_CK_TST_BSRE), v->tst_ok, why);
}

int
dokumen_check(struct store *s, struct pki *pki, X509_STORE *bsre,
    const void *pdf, size_t len, const char *kode, struct dokumen_cek *c)
{
	struct pades_verdict *v = &c->v, *w;
	X509_STORE *trust = NULL;
	const char *why = NULL;
	int sig;

	memset(c, 0, sizeof(*c));
	c->ok = 1;
	c->penerbit = "";
	if (pki != NULL)
		trust = pki_trust(pki);
	pades_verify(pdf, len, trust, pki ? pki_crl(pki) : NULL, v);
	X509_STORE_free(trust);
	if (v->has_sig && v->chain_ok) {
		c->penerbit = "lokal";
	} else if (v->has_sig && bsre != NULL) {
		/* not the regency's: BSrE's roots, without the regency CRL */
		w = xcalloc(1, sizeof(*w));
		pades_verify(pdf, len, bsre, NULL, w);
		if (w->chain_ok) {
			*v = *w;
			c->penerbit = "bsre";
		}
		free(w);
	}
	if (*v->problem != '\0')
		why = v->problem;
	item(c, msg(M_DOKUMEN_CK_PDF), v->is_pdf, why);
	if (!v->is_pdf)
		goto registry;
	item(c, msg(M_DOKUMEN_CK_SIG), v->has_sig && v->pades, why);
	if (!v->has_sig)
		goto registry;
	sig = v->digest_ok && v->sig_ok;
	item(c, msg(M_DOKUMEN_CK_INTACT), sig, why);
	item(c, msg(M_DOKUMEN_CK_WHOLE), v->whole_file,
	    msg(M_DOKUMEN_CK_WHOLE_NO));
	if (strcmp(c->penerbit, "bsre") == 0) {
		bsre_items(c, why);
	} else if (pki == NULL) {
		item(c, msg(M_DOKUMEN_CK_CHAIN), -1, msg(M_DOKUMEN_CK_NO_PKI));
	} else {
		item(c, msg(M_DOKUMEN_CK_CHAIN), v->chain_ok, why);
		item(c, msg(M_DOKUMEN_CK_CERT_OK), v->not_revoked,
		    msg(M_DOKUMEN_CK_CERT_REVOKED));
		item(c, msg(M_DOKUMEN_CK_TST), v->has_tst && v->tst_ok,
		    v->has_tst ? why : msg(M_DOKUMEN_CK_NO_TST));
	}
registry:
	if (s == NULL) {
		c->reg = -3;
		item(c, msg(M_DOKUMEN_CK_REG), -1, msg(M_DOKUMEN_CK_NO_REG));
		return c->ok;
	}
	c->reg = dokumen_by_sha256(s, v->sha256, &c->d);
	if (c->reg != 0) {
		item(c, msg(M_DOKUMEN_CK_REG), 0,
		    c->reg == -1 ? msg(M_DOKUMEN_CK_REG_NO)
				 : msg(M_SAVE_FAILED));
		return c->ok;
	}
	item(c, msg(M_DOKUMEN_CK_REG), 1, NULL);
	if (kode != NULL && *kode != '\0')
		item(c, msg(M_DOKUMEN_CK_SAME), strcmp(c->d.kode, kode) == 0,
		    msg(M_DOKUMEN_CK_SAME_NO));
	item(c, msg(M_DOKUMEN_CK_STATUS), strcmp(c->d.status, "sah") == 0,
	    strcmp(c->d.status, "dicabut") == 0 ? msg(M_DOKUMEN_CK_REVOKED)
						: msg(M_DOKUMEN_CK_SUPERSEDED));
	return c->ok;
}
