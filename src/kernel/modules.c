/* modules.c: checks over the modules' declarations (module.h). */
#include <stdio.h>
#include <string.h>

#include "http/hooks.h"
#include "http/route.h"
#include "kernel/module.h"

/* Could patterns a and b match the same path?  Segment by segment. */
static int
overlap(const char *a, const char *b)
{
	size_t na, nb;

	for (;;) {
		while (*a == '/')
			a++;
		while (*b == '/')
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		na = strcspn(a, "/");
		nb = strcspn(b, "/");
		if (!(na == 1 && *a == '*') && !(nb == 1 && *b == '*') &&
		    (na != nb || strncmp(a, b, na) != 0))
			return 0;
		a += na;
		b += nb;
	}
}

/* Do m and n both offer a hook of struct http_hooks?  Print each. */
static int
hooks_clash(const struct module *m, const struct module *n)
{
	const struct http_hooks *a = m->hooks, *b = n->hooks;
	int bad = 0;

	if (a == NULL || b == NULL)
		return 0;
#define CLASH(f)                                                               \
	do {                                                                   \
		if (a->f != NULL && b->f != NULL) {                            \
			fprintf(stderr, "kait %s ditawarkan %s dan %s\n", #f,  \
			    m->name, n->name);                                 \
			bad++;                                                 \
		}                                                              \
	} while (0)
	CLASH(session_user);
	CLASH(pki_load);
	CLASH(pki_free);
#undef CLASH
	return bad;
}

int
modules_check(void)
{
	const struct module *const *m, *const *n;
	const struct route *r, *q;
	int bad = 0;

	for (m = modules; *m != NULL; m++)
		for (n = m + 1; *n != NULL; n++) {
			bad += hooks_clash(*m, *n);
			if ((*m)->routes == NULL || (*n)->routes == NULL)
				continue;
			for (r = (*m)->routes; r->pattern != NULL; r++)
				for (q = (*n)->routes; q->pattern != NULL; q++)
					if ((r->methods & q->methods) &&
					    overlap(r->pattern, q->pattern)) {
						fprintf(stderr,
						    "rute %s (%s) dan %s"
						    " (%s) bertabrakan\n",
						    r->pattern, (*m)->name,
						    q->pattern, (*n)->name);
						bad++;
					}
		}
	return bad;
}
