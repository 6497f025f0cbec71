/*
 * app_impl.h: helpers shared by application.c (changes) and
 * application_read.c (lists and views); not for other callers.
 */
#ifndef PAMONG_APP_IMPL_H
#define PAMONG_APP_IMPL_H

#include <stddef.h>
#include <stdint.h>

struct workflow;

/* Roles that see every application, read-only. */
#define APP_READ_ALL	(ROLE_INSPEKTORAT | ROLE_PIMPINAN | ROLE_SUPERADMIN)

/*
 * "<prefix><nomor, percent-encoded>" (caller frees): the citizen's page
 * is under "/permohonan/", the officer's under "/petugas/permohonan/".
 */
#define APP_LINK_WARGA	"/permohonan/"
#define APP_LINK_STAFF	"/petugas/permohonan/"
char	*app_link(const char *prefix, const char *nomor);

/*
 * Staff roles that act on a case in state (warga left out); 0 when none.
 */
unsigned app_acting_roles(const struct workflow *, const char *state);

#endif
