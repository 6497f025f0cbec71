/*
 * bsre_api.c: the calls to BSrE's signing API with libcurl (doc/bsre.md
 * "The calls"): v1 multipart POST {url}/api/sign/pdf (the answer body is
 * the signed PDF), v2 JSON POST {url}/api/v2/sign/pdf and
 * {url}/api/v2/user/check/status.  HTTP Basic with pengguna/sandi;
 * batas_waktu bounds each call.  A sign call is never retried: once the
 * request may have reached BSrE, a transport failure is BSRE_UNSURE.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>
#include <jansson.h>
#include <sodium.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/str.h"
#include "lib/xalloc.h"
#include "bsre.h"

/* The answer of a call is kept up to this size (a signed letter). */
#define ANSWER_MAX (32u * 1024 * 1024)

static size_t
collect(char *p, size_t sz, size_t n, void *arg)
{
	struct buf *b = arg;

	if (b->len + sz * n > ANSWER_MAX)
		return 0;
	buf_add(b, p, sz * n);
	return sz * n;
}

/* A curl handle for url with the common options, or NULL. */
static CURL *
handle(const struct bsre_conf *c, const char *path, struct buf *ans, char *cerr)
{
	char url[700];
	CURL *h;

	if ((h = curl_easy_init()) == NULL)
		return NULL;
	snprintf(url, sizeof(url), "%s%s", c->url, path);
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https,http");
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, (long)c->batas_waktu);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT,
	    (long)(c->batas_waktu < 10 ? c->batas_waktu : 10));
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, cerr);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, ans);
	if (*c->pengguna != '\0') {
		curl_easy_setopt(h, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);
		curl_easy_setopt(h, CURLOPT_USERNAME, c->pengguna);
		curl_easy_setopt(h, CURLOPT_PASSWORD, c->sandi);
	}
	/* PAMONG_BSRE_CA: a test's throw-away CA for the stand-in's TLS */
	if (getenv("PAMONG_BSRE_CA") != NULL)
		curl_easy_setopt(h, CURLOPT_CAINFO, getenv("PAMONG_BSRE_CA"));
	return h;
}

/* Contains needle, ignoring ASCII case? */
static int
has(const char *hay, const char *needle)
{
	size_t n = strlen(needle);

	for (; *hay != '\0'; hay++)
		if (strncasecmp(hay, needle, n) == 0)
			return 1;
	return 0;
}

int
bsre_api_error(long http, const char *body, size_t len, char *err,
    size_t errlen)
{
	json_t *j, *v;
	json_int_t code = 0;
	char text[512] = "";
	const char *keys[] = { "error", "message", "status", "pesan", NULL };
	int i;

	j = len > 0 ? json_loadb(body, len, 0, NULL) : NULL;
	if (json_is_object(j)) {
		v = json_object_get(j, "status_code");
		if (json_is_integer(v))
			code = json_integer_value(v);
		else if (json_is_string(v))
			code = atoi(json_string_value(v));
		for (i = 0; keys[i] != NULL; i++) {
			v = json_object_get(j, keys[i]);
			if (json_is_string(v)) {
				str_field(text, sizeof(text),
				    json_string_value(v));
				break;
			}
		}
	}
	json_decref(j);
	if (code == 2031 || has(text, "passphrase") || has(text, "totp")) {
		str_field(err, errlen, msg(M_BSRE_PASS));
		return BSRE_PASS;
	}
	if (code == 2011 || has(text, "tidak terdaftar") ||
	    has(text, "not registered") || has(text, "not_registered"))
		str_field(err, errlen, msg(M_BSRE_NIK));
	else if (has(text, "revoke") || has(text, "dicabut"))
		str_field(err, errlen, msg(M_BSRE_REVOKED));
	else if (has(text, "expire") || has(text, "kedaluwarsa") ||
	    has(text, "kadaluarsa") || has(text, "kadaluwarsa"))
		str_field(err, errlen, msg(M_BSRE_EXPIRED));
	else if (code == 2021 || has(text, "no_certificate") ||
	    has(text, "sertifikat"))
		str_field(err, errlen, msg(M_BSRE_NO_CERT));
	else if (http >= 500)
		snprintf(err, errlen, msg(M_BSRE_SERVER), http);
	else
		snprintf(err, errlen, msg(M_BSRE_OTHER), http);
	return BSRE_REFUSED;
}

/* The outcome of a finished sign call; ans is the answer body. */
static int
sign_outcome(CURL *h, CURLcode cc, const char *cerr, const struct buf *ans,
    char *err, size_t errlen)
{
	curl_off_t sent = 0;
	long http = 0;

	if (cc != CURLE_OK) {
		/* nothing left Pamong before the request was under way:
		 * no connection, no TLS, no resolution */
		curl_easy_getinfo(h, CURLINFO_PRETRANSFER_TIME_T, &sent);
		if (sent == 0 || cc == CURLE_COULDNT_CONNECT ||
		    cc == CURLE_COULDNT_RESOLVE_HOST ||
		    cc == CURLE_SSL_CONNECT_ERROR ||
		    cc == CURLE_PEER_FAILED_VERIFICATION) {
			snprintf(err, errlen, msg(M_BSRE_UNREACHABLE),
			    *cerr != '\0' ? cerr : curl_easy_strerror(cc));
			return BSRE_REFUSED;
		}
		str_field(err, errlen, msg(M_BSRE_UNSURE));
		return BSRE_UNSURE;
	}
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &http);
	if (http != 200)
		return bsre_api_error(http, ans->s, ans->len, err, errlen);
	return BSRE_OK;
}

static int
sign_v1(const struct bsre_conf *c, const char *nik, const char *passphrase,
    const void *pdf, size_t len, struct buf *out, char *err, size_t errlen)
{
	char cerr[CURL_ERROR_SIZE] = "";
	struct buf ans = BUF_INIT;
	curl_mime *m;
	curl_mimepart *part;
	CURL *h;
	CURLcode cc;
	int rc;

	buf_init(&ans, len + 65536);
	if ((h = handle(c, "/api/sign/pdf", &ans, cerr)) == NULL) {
		buf_free(&ans);
		str_field(err, errlen, msg(M_BSRE_CURL));
		return BSRE_FAIL;
	}
	m = curl_mime_init(h);
	part = curl_mime_addpart(m);
	curl_mime_name(part, "file");
	curl_mime_filename(part, "surat.pdf");
	curl_mime_type(part, "application/pdf");
	curl_mime_data(part, pdf, len);
	part = curl_mime_addpart(m);
	curl_mime_name(part, "nik");
	curl_mime_data(part, nik, CURL_ZERO_TERMINATED);
	part = curl_mime_addpart(m);
	curl_mime_name(part, "passphrase");
	curl_mime_data(part, passphrase, CURL_ZERO_TERMINATED);
	part = curl_mime_addpart(m);
	curl_mime_name(part, "tampilan");
	curl_mime_data(part, "invisible", CURL_ZERO_TERMINATED);
	curl_easy_setopt(h, CURLOPT_MIMEPOST, m);
	cc = curl_easy_perform(h);
	rc = sign_outcome(h, cc, cerr, &ans, err, errlen);
	if (rc == BSRE_OK)
		buf_add(out, ans.s, ans.len);
	curl_mime_free(m);
	curl_easy_cleanup(h);
	buf_free(&ans);
	return rc;
}

/* POST body as JSON to path; the answer into ans.  curl code; *http. */
static CURLcode
post_json(const struct bsre_conf *c, const char *path, const char *body,
    struct buf *ans, char *cerr, CURL **hp)
{
	struct curl_slist *hdr = NULL;
	CURL *h;
	CURLcode cc;

	if ((h = handle(c, path, ans, cerr)) == NULL) {
		*hp = NULL;
		return CURLE_FAILED_INIT;
	}
	hdr = curl_slist_append(hdr, "Content-Type: application/json");
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE,
	    (curl_off_t)strlen(body));
	cc = curl_easy_perform(h);
	curl_slist_free_all(hdr);
	*hp = h;
	return cc;
}

static int
sign_v2(const struct bsre_conf *c, const char *nik, const char *passphrase,
    int totp, const void *pdf, size_t len, const char *reason,
    const char *location, struct buf *out, char *err, size_t errlen)
{
	char cerr[CURL_ERROR_SIZE] = "", *b64, *body;
	struct buf ans = BUF_INIT;
	json_t *req, *ansj, *files, *f;
	size_t b64len = sodium_base64_ENCODED_LEN(len,
		   sodium_base64_VARIANT_ORIGINAL),
	       binlen;
	unsigned char *bin;
	CURL *h;
	CURLcode cc;
	int rc;

	b64 = xmalloc(b64len);
	sodium_bin2base64(b64, b64len, pdf, len,
	    sodium_base64_VARIANT_ORIGINAL);
	req = json_pack("{s:s,s:s,s:[{s:s,s:s,s:s}],s:[s]}", "nik", nik,
	    totp ? "totp" : "passphrase", passphrase, "signatureProperties",
	    "tampilan", "INVISIBLE", "reason", reason ? reason : "", "location",
	    location ? location : "", "file", b64);
	free(b64);
	body = req != NULL ? json_dumps(req, JSON_COMPACT) : NULL;
	json_decref(req);
	if (body == NULL) {
		str_field(err, errlen, msg(M_BSRE_CURL));
		return BSRE_FAIL;
	}
	buf_init(&ans, 2 * len + 65536);
	cc = post_json(c, "/api/v2/sign/pdf", body, &ans, cerr, &h);
	sodium_memzero(body, strlen(body)); /* it held the passphrase */
	free(body);
	if (h == NULL) {
		buf_free(&ans);
		str_field(err, errlen, msg(M_BSRE_CURL));
		return BSRE_FAIL;
	}
	rc = sign_outcome(h, cc, cerr, &ans, err, errlen);
	curl_easy_cleanup(h);
	if (rc != BSRE_OK) {
		buf_free(&ans);
		return rc;
	}
	/* {"time": ..., "file": ["base64"]} */
	ansj = json_loadb(ans.s, ans.len, 0, NULL);
	files = json_object_get(ansj, "file");
	f = json_is_array(files) ? json_array_get(files, 0) : NULL;
	rc = BSRE_BAD;
	str_field(err, errlen, msg(M_BSRE_ANSWER_BAD));
	if (json_is_string(f)) {
		bin = xmalloc(json_string_length(f) + 1);
		if (sodium_base642bin(bin, json_string_length(f) + 1,
			json_string_value(f), json_string_length(f), "\r\n",
			&binlen, NULL, sodium_base64_VARIANT_ORIGINAL) == 0) {
			buf_add(out, bin, binlen);
			rc = BSRE_OK;
			*err = '\0';
		}
		free(bin);
	}
	json_decref(ansj);
	buf_free(&ans);
	return rc;
}

int
bsre_api_sign(const struct bsre_conf *c, const char *nik,
    const char *passphrase, int totp, const void *pdf, size_t len,
    const char *reason, const char *location, struct buf *out, char *err,
    size_t errlen)
{
	*err = '\0';
	if (c->versi == 1)
		return sign_v1(c, nik, passphrase, pdf, len, out, err, errlen);
	return sign_v2(c, nik, passphrase, totp, pdf, len, reason, location,
	    out, err, errlen);
}

int
bsre_api_status(const struct bsre_conf *c, const char *nik, char *err,
    size_t errlen)
{
	char cerr[CURL_ERROR_SIZE] = "", *body;
	struct buf ans = BUF_INIT;
	json_t *req, *j;
	const char *st;
	long http = 0;
	CURL *h;
	CURLcode cc;
	int rc = BSRE_REFUSED;

	*err = '\0';
	if (c->versi == 1)
		return BSRE_OK;
	req = json_pack("{s:s}", "nik", nik);
	body = json_dumps(req, JSON_COMPACT);
	json_decref(req);
	buf_init(&ans, 1024);
	cc = post_json(c, "/api/v2/user/check/status", body, &ans, cerr, &h);
	free(body);
	if (h == NULL || cc != CURLE_OK) {
		snprintf(err, errlen, msg(M_BSRE_UNREACHABLE),
		    *cerr != '\0' ? cerr : curl_easy_strerror(cc));
		goto out;
	}
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &http);
	j = json_loadb(ans.s, ans.len, 0, NULL);
	st = json_string_value(json_object_get(j, "status"));
	if (http == 200 && st != NULL && strcmp(st, "ISSUE") == 0)
		rc = BSRE_OK;
	else if (st != NULL && strcmp(st, "NOT_REGISTERED") == 0)
		str_field(err, errlen, msg(M_BSRE_NIK));
	else if (st != NULL && strcmp(st, "REVOKE") == 0)
		str_field(err, errlen, msg(M_BSRE_REVOKED));
	else if (st != NULL && strcmp(st, "EXPIRED") == 0)
		str_field(err, errlen, msg(M_BSRE_EXPIRED));
	else if (st != NULL)
		str_field(err, errlen, msg(M_BSRE_NO_CERT));
	else
		(void)bsre_api_error(http, ans.s, ans.len, err, errlen);
	json_decref(j);
out:
	if (h != NULL)
		curl_easy_cleanup(h);
	buf_free(&ans);
	return rc;
}
