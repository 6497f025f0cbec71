/* req.c: request parameter access and cleanup. */
#include <stdlib.h>
#include <string.h>

#include "lib/form.h"
#include "lib/multipart.h"
#include "lib/xalloc.h"
#include "req.h"

const char *
req_param(const struct req *r, const char *name)
{
	return params_get(r->params, r->nparams, name);
}

const char *
req_str(const struct req *r, const char *name)
{
	const char *v = req_param(r, name);

	return v ? v : "";
}

void
req_redirect(struct req *r, const char *path)
{
	if (path == NULL || path[0] != '/' || path[1] == '/' || path[1] == '\\')
		path = "/"; /* local paths only: no open redirects */
	free(r->location);
	r->location = xstrdup(path);
	r->status = 303;
}

void
req_free(struct req *r)
{
	int i;

	params_free(r->params, r->nparams);
	multipart_files_free(r->files, r->nfiles);
	for (i = 0; i < REQ_MAX_CAPTURES; i++)
		free(r->captures[i]);
	free(r->user);
	buf_free(&r->out);
	free(r->location);
	free(r->set_session);
	free(r->set_anon);
	free(r->disposition);
	free(r->job);
	memset(r, 0, sizeof(*r));
}

const char *
req_out(const struct req *r, size_t *len)
{
	if (r->out_kept.body != NULL) {
		*len = r->out_kept.len;
		return r->out_kept.body;
	}
	*len = r->out.len;
	return r->out.s != NULL ? r->out.s : "";
}
