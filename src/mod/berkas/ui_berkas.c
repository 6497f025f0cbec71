/*
 * documents.c: GET /berkas/<permohonan>/<kode>: one uploaded document of
 * an application, as an attachment (with ?lihat=1 inline, for the preview
 * in the application's page, issue 19 item 10), to its applicant and to the officers
 * who may see the application (their download is audited); 404 for
 * everyone else, so that nobody learns that it exists.
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/permohonan/permohonan_query.h"
#include "mod/permohonan/permohonan.h"
#include "berkas.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "mod/permohonan/permohonan_html.h"
#include "http/layout.h"
#include "http/pages.h"
#include "ui.h"

/* The stored type as a static string for the response (never the client's). */
static const char *
mime_static(const char *mime)
{
	if (strcmp(mime, "application/pdf") == 0)
		return "application/pdf";
	if (strcmp(mime, "image/jpeg") == 0)
		return "image/jpeg";
	if (strcmp(mime, "image/png") == 0)
		return "image/png";
	return NULL;
}

/*
 * Content-Disposition kind ("attachment" or "inline") for a
 * client-supplied filename: an ASCII fallback
 * (quotes, controls, slashes and non-ASCII replaced by '_') and the exact
 * name as RFC 5987 filename*.
 */
static char *
disposition(const char *kind, const char *name)
{
	static const char hex[] = "0123456789ABCDEF";
	struct buf b = BUF_INIT;
	const unsigned char *p;

	if (name == NULL || *name == '\0')
		name = "berkas";
	buf_adds(&b, kind);
	buf_adds(&b, "; filename=\"");
	for (p = (const unsigned char *)name; *p != '\0'; p++)
		buf_addc(&b,
		    (*p < 0x20 || *p >= 0x7f || *p == '"' || *p == '\\' ||
			*p == '/' || *p == ';')
			? '_'
			: (char)*p);
	buf_adds(&b, "\"; filename*=UTF-8''");
	for (p = (const unsigned char *)name; *p != '\0'; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~", *p) != NULL) {
			buf_addc(&b, (char)*p);
		} else {
			buf_addc(&b, '%');
			buf_addc(&b, hex[*p >> 4]);
			buf_addc(&b, hex[*p & 15]);
		}
	}
	return buf_detach(&b, NULL);
}

void
page_document(struct req *r)
{
	char sha[65], fname[STR_CHARS(200)], mime[24], *path, *why, *type_why;
	const char *type;
	int64_t id;
	int rc;

	id = permohonan_from_seg(r, r->captures[0]);
	if (id == 0 || !permohonan_visible(r->store, r->user, id) ||
	    permohonan_doc(r->store, id, r->captures[1], sha, fname, mime) !=
		0 ||
	    (type = mime_static(mime)) == NULL) {
		page_error(r, 404, msg(M_DOC_NOT_FOUND));
		return;
	}
	/* staff reads are audited (nothing is written for the applicant) */
	why = xasprintf("berkas %s", r->captures[1]);
	type_why = permohonan_read_purpose(r, id, why);
	free(why);
	if (type_why == NULL) {
		permohonan_purpose_required(r);
		return;
	}
	rc = permohonan_audit_read(r->store, r->user, id, r->addr, type_why);
	free(type_why);
	if (rc != 0) {
		page_error(r, 500, msg(M_APP_READ_FAILED));
		return;
	}
	path = berkas_path(r->app->data_dir, sha);
	buf_reset(&r->out);
	if (buf_read_file(&r->out, path, BERKAS_MAX_FILE) != 0) {
		free(path);
		buf_reset(&r->out);
		page_error(r, 500, NULL);
		return;
	}
	free(path);
	r->status = 200;
	r->out_type = type;
	free(r->disposition);
	if (req_param(r, "lihat") != NULL) {
		r->disposition = disposition("inline", fname);
		r->frame_self = 1;
	} else {
		r->disposition = disposition("attachment", fname);
	}
}
