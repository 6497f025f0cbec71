/*
 * send_http.c: WhatsApp and SMS over HTTP gateways with libcurl (issue
 * 15).  Gateway shape (WhatsApp and SMS): POST url, form-encoded target
 * and message, header "Authorization: <token>".  Cloud shape (WhatsApp
 * Business Cloud API): POST url with a JSON template message and
 * "Authorization: Bearer <token>".  Every call has c->batas_waktu.
 */
#include <curl/curl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "lib/msg.h"
#include "lib/xalloc.h"
#include "kirim_int.h"

#define REPLY_MAX (16 * 1024)

void
send_phone(const char *in, char *out, size_t outlen)
{
	const char *p = in;

	if (*p == '+')
		p++;
	if (p[0] == '0')
		snprintf(out, outlen, "62%s", p + 1);
	else
		snprintf(out, outlen, "%s", p);
}

char *
send_text(const struct kanal_conf *c, const struct pesan *m)
{
	struct buf b = BUF_INIT;

	buf_init(&b, 256);
	buf_adds(&b, m->body);
	if (m->link[0] == '/' && c->alamat_situs[0] != '\0') {
		buf_addc(&b, '\n');
		buf_adds(&b, c->alamat_situs);
		buf_adds(&b, m->link);
	}
	/* opt-out from every message to a person */
	if (m->account_id != 0 && c->alamat_situs[0] != '\0') {
		buf_addc(&b, '\n');
		buf_addf(&b, msg(M_KIRIM_BERHENTI), c->alamat_situs);
	}
	return buf_detach(&b, NULL);
}

static size_t
reply_add(char *data, size_t size, size_t n, void *arg)
{
	struct buf *b = arg;

	if (b->len + size * n > REPLY_MAX)
		return 0; /* too much: cut off (a write error) */
	buf_add(b, data, size * n);
	return size * n;
}

/* The provider's message id from a JSON reply: "id" or messages[0].id. */
static void
reply_id(const struct buf *b, char *id, size_t idlen)
{
	json_t *j, *v;

	*id = '\0';
	if (b->len == 0 || (j = json_loadb(b->s, b->len, 0, NULL)) == NULL)
		return;
	v = json_object_get(j, "id");
	if (!json_is_string(v))
		v = json_object_get(
		    json_array_get(json_object_get(j, "messages"), 0), "id");
	if (json_is_string(v) && strlen(json_string_value(v)) < idlen)
		snprintf(id, idlen, "%s", json_string_value(v));
	json_decref(j);
}

/* The Cloud API body: template name with the text as {{1}}. */
static char *
cloud_body(const struct kanal_conf *c, const char *name, const char *to,
    const char *text)
{
	json_t *j;
	char *s;

	j = json_pack("{s:s, s:s, s:s, s:{s:s, s:{s:s}, s:[{s:s, s:[{s:s,"
		      " s:s}]}]}}",
	    "messaging_product", "whatsapp", "to", to, "type", "template",
	    "template", "name", name, "language", "code", c->wa_bahasa,
	    "components", "type", "body", "parameters", "type", "text", "text",
	    text);
	if (j == NULL)
		return NULL;
	s = json_dumps(j, JSON_COMPACT);
	json_decref(j);
	return s;
}

static char *
form_body(CURL *h, const char *to, const char *text)
{
	char *t = curl_easy_escape(h, to, 0), *m = curl_easy_escape(h, text, 0);
	char *s = NULL;

	if (t != NULL && m != NULL)
		s = xasprintf("target=%s&message=%s", t, m);
	curl_free(t);
	curl_free(m);
	return s;
}

/* The outcome of a finished call by curl code and HTTP status. */
static enum kirim_rc
judge(CURLcode cc, long status, const char *err, char *why, size_t whylen)
{
	if (cc != CURLE_OK) {
		snprintf(why, whylen, "%s",
		    err[0] ? err : curl_easy_strerror(cc));
		return KIRIM_ULANG;
	}
	if (status >= 200 && status < 300)
		return KIRIM_OK;
	snprintf(why, whylen, "HTTP %ld", status);
	if (status == 429 || status >= 500 || status == 408)
		return KIRIM_ULANG;
	return KIRIM_GAGAL;
}

enum kirim_rc
send_http(const struct kanal_conf *c, const struct pesan *m, char *id,
    size_t idlen, char *why, size_t whylen)
{
	int wa = m->channel == KANAL_WA, cloud = wa && c->wa_cloud;
	const char *url = wa ? c->wa_url : c->sms_url;
	const char *token = wa ? c->wa_token : c->sms_token;
	char err[CURL_ERROR_SIZE] = "", to[32], *text, *body, *auth = NULL;
	struct curl_slist *hdr = NULL;
	struct buf reply = BUF_INIT;
	enum kirim_rc rc;
	CURLcode cc;
	long status = 0;
	CURL *h;

	*id = *why = '\0';
	if ((h = curl_easy_init()) == NULL) {
		snprintf(why, whylen, "libcurl tidak dapat dimulai");
		return KIRIM_ULANG;
	}
	send_phone(m->recipient, to, sizeof(to));
	text = send_text(c, m);
	body = cloud
	    ? cloud_body(c,
		  m->wa_template != NULL ? m->wa_template : c->wa_template, to,
		  text)
	    : form_body(h, to, text);
	free(text);
	if (body == NULL) {
		curl_easy_cleanup(h);
		snprintf(why, whylen, "pesan tidak dapat disusun");
		return KIRIM_GAGAL;
	}
	if (token[0] != '\0') {
		auth = xasprintf("Authorization: %s%s", cloud ? "Bearer " : "",
		    token);
		hdr = curl_slist_append(hdr, auth);
	}
	hdr = curl_slist_append(hdr,
	    cloud ? "Content-Type: application/json"
		  : "Content-Type: application/x-www-form-urlencoded");
	hdr = curl_slist_append(hdr, "Expect:");
	buf_init(&reply, 512);
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, (long)c->batas_waktu);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, (long)c->batas_waktu);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, err);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, reply_add);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &reply);
	curl_easy_setopt(h, CURLOPT_USERAGENT, "Pamong/1");
	cc = curl_easy_perform(h);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	rc = judge(cc, status, err, why, whylen);
	if (rc == KIRIM_OK)
		reply_id(&reply, id, idlen);
	buf_free(&reply);
	curl_slist_free_all(hdr);
	curl_easy_cleanup(h);
	free(auth);
	free(body);
	return rc;
}
