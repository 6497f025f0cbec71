/* hooks.c: the modules' hooks for src/http, merged once (hooks.h). */
#include <stddef.h>

#include "hooks.h"
#include "kernel/module.h"

const struct http_hooks *
hooks(void)
{
	static struct http_hooks h;
	static int done;
	const struct module *const *m;
	const struct http_hooks *o;

	if (done)
		return &h;
	for (m = modules; *m != NULL; m++) {
		if ((o = (*m)->hooks) == NULL)
			continue;
		if (o->session_user != NULL)
			h.session_user = o->session_user;
		if (o->pki_load != NULL)
			h.pki_load = o->pki_load;
		if (o->pki_free != NULL)
			h.pki_free = o->pki_free;
	}
	done = 1;
	return &h;
}
