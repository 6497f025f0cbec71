/*
 * ui.h: the pki module's pages and API handlers (named by its
 * route table in module.c) and page helpers other pages use.
 */
#ifndef PAMONG_PKI_UI_H
#define PAMONG_PKI_UI_H

#include "http/req.h"

void page_pki_crl(struct req *);
void page_pki_ca(struct req *);
void page_pki_root(struct req *);
void page_tsa(struct req *);
void page_admin_signers(struct req *);
void page_admin_signer_enrol(struct req *);
void page_admin_signer_revoke(struct req *);

#endif
