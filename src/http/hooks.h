/*
 * hooks.h: what src/http asks of the feature modules, by function
 * pointer, so that it names none of them (issue 13 rule 2: no include
 * or call up a layer).  A module offers hooks in its descriptor
 * (kernel/module.h, field `hooks`); each hook is offered by at most one
 * module (modules_check()).  A hook nobody offers is NULL and src/http
 * does without it: no session, no unread count, no PKI.
 */
#ifndef PAMONG_HOOKS_H
#define PAMONG_HOOKS_H

#include <stdint.h>
#include <time.h>

struct account;
struct pki;
struct req_who;
struct store;

struct http_hooks {
	/* The account signed in by session token at now, on the heap
	   (req_free() frees it), or NULL (unknown, expired, disabled);
	   *who gets its id, roles and username for src/http. */
	struct account *(*session_user)(struct store *, const char *token,
	    time_t now, struct req_who *who);
	/* The per-process PKI of data directory dir (NULL when absent),
	   and its release. */
	struct pki *(*pki_load)(const char *dir);
	void (*pki_free)(struct pki *);
};

/*
 * The hooks the modules offer, merged (each field from the module that
 * offers it, NULL when none does).  Built once per process.
 */
const struct http_hooks *hooks(void);

#endif
