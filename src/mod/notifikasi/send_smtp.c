/*
 * send_smtp.c: e-mail over SMTP with libcurl (issue 15): STARTTLS when
 * smtp_starttls = ya (smtps:// is TLS from the start), AUTH with
 * smtp_pengguna/smtp_sandi, a multipart/alternative body (plain text and
 * HTML, each base64), Message-ID and List-Unsubscribe.
 */
#include <curl/curl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "http/html.h"
#include "lib/buf.h"
#include "lib/xalloc.h"
#include "kirim_int.h"

struct reader {
	const char *s;
	size_t len, at;
};

static size_t
read_part(char *out, size_t size, size_t n, void *arg)
{
	struct reader *r = arg;
	size_t k = size * n;

	if (k > r->len - r->at)
		k = r->len - r->at;
	memcpy(out, r->s + r->at, k);
	r->at += k;
	return k;
}

/* base64 of s in lines of 76 characters. */
static void
add_base64(struct buf *b, const char *s)
{
	size_t n = strlen(s), i,
	       blen =
		   sodium_base64_encoded_len(n, sodium_base64_VARIANT_ORIGINAL);
	char *enc = xmalloc(blen);

	sodium_bin2base64(enc, blen, (const unsigned char *)s, n,
	    sodium_base64_VARIANT_ORIGINAL);
	n = strlen(enc);
	for (i = 0; i < n; i += 76) {
		buf_add(b, enc + i, n - i < 76 ? n - i : 76);
		buf_adds(b, "\r\n");
	}
	free(enc);
}

/* text escaped for HTML (html_esc()), newlines as <br>. */
static void
add_html(struct buf *b, const char *s)
{
	const char *nl;
	char *line;

	for (; (nl = strchr(s, '\n')) != NULL; s = nl + 1) {
		line = xstrndup(s, (size_t)(nl - s));
		html_esc(b, line);
		free(line);
		buf_adds(b, "<br>\n");
	}
	html_esc(b, s);
}

/* A header value that is UTF-8: RFC 2047 encoded-word, base64. */
static void
add_word(struct buf *b, const char *s)
{
	size_t n = strlen(s),
	       blen =
		   sodium_base64_encoded_len(n, sodium_base64_VARIANT_ORIGINAL);
	char *enc = xmalloc(blen);

	sodium_bin2base64(enc, blen, (const unsigned char *)s, n,
	    sodium_base64_VARIANT_ORIGINAL);
	buf_addf(b, "=?UTF-8?B?%s?=", enc);
	free(enc);
}

/* The whole message: headers and the two bodies. */
static char *
message(const struct kanal_conf *c, const struct pesan *m, const char *msgid)
{
	struct buf b = BUF_INIT, h = BUF_INIT;
	unsigned char rnd[12];
	char bound[40], date[64], *text = send_text(c, m);
	time_t now = time(NULL);
	struct tm tm;

	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(bound + 2, sizeof(bound) - 2, rnd, sizeof(rnd));
	bound[0] = bound[1] = '=';
	gmtime_r(&now, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	buf_init(&b, 2048);
	buf_addf(&b,
	    "Date: %s\r\nFrom: Pamong <%s>\r\nTo: <%s>\r\nSubject: ", date,
	    c->smtp_dari, m->recipient);
	add_word(&b, m->subject[0] ? m->subject : "Pemberitahuan");
	buf_addf(&b, "\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\n", msgid);
	if (c->alamat_situs[0] != '\0')
		buf_addf(&b, "List-Unsubscribe: <%s/akun/notifikasi>\r\n",
		    c->alamat_situs);
	buf_addf(&b,
	    "Auto-Submitted: auto-generated\r\n"
	    "Content-Type: multipart/alternative; boundary=\"%s\"\r\n\r\n"
	    "--%s\r\nContent-Type: text/plain; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n",
	    bound, bound);
	add_base64(&b, text);
	buf_init(&h, 512);
	buf_adds(&h,
	    "<!doctype html><html lang=\"id\"><meta charset=\"utf-8\"><body>"
	    "<p>");
	add_html(&h, m->body);
	buf_adds(&h, "</p>");
	if (m->link[0] == '/' && c->alamat_situs[0] != '\0') {
		buf_adds(&h, "<p><a href=\"");
		add_html(&h, c->alamat_situs);
		add_html(&h, m->link);
		buf_adds(&h, "\">Buka di Pamong</a></p>");
	}
	buf_adds(&h, "</body></html>");
	buf_addc(&h, '\0'); /* a C string for add_base64() */
	buf_addf(&b,
	    "--%s\r\nContent-Type: text/html; charset=UTF-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n\r\n",
	    bound);
	add_base64(&b, h.s);
	buf_addf(&b, "--%s--\r\n", bound);
	buf_free(&h);
	free(text);
	return buf_detach(&b, NULL);
}

enum kirim_rc
send_smtp(const struct kanal_conf *c, const struct pesan *m, char *id,
    size_t idlen, char *why, size_t whylen)
{
	char err[CURL_ERROR_SIZE] = "", from[KANAL_STR + 2], rcpt[300];
	const char *dom = strchr(c->smtp_dari, '@');
	struct curl_slist *to = NULL;
	struct reader rd;
	unsigned char rnd[8];
	char hex[17], *msg;
	CURLcode cc;
	long code = 0;
	CURL *h;

	*why = '\0';
	if (strpbrk(m->recipient, "<>\r\n\" ") != NULL ||
	    strchr(m->recipient, '@') == NULL) {
		snprintf(why, whylen, "alamat e-mail tidak sah");
		return KIRIM_GAGAL;
	}
	randombytes_buf(rnd, sizeof(rnd));
	sodium_bin2hex(hex, sizeof(hex), rnd, sizeof(rnd));
	snprintf(id, idlen, "<pamong.%lld.%s%s>", (long long)m->id, hex,
	    dom != NULL ? dom : "@pamong");
	if ((h = curl_easy_init()) == NULL) {
		snprintf(why, whylen, "libcurl tidak dapat dimulai");
		return KIRIM_ULANG;
	}
	msg = message(c, m, id);
	rd.s = msg;
	rd.len = strlen(msg);
	rd.at = 0;
	snprintf(from, sizeof(from), "<%s>", c->smtp_dari);
	snprintf(rcpt, sizeof(rcpt), "<%s>", m->recipient);
	to = curl_slist_append(to, rcpt);
	curl_easy_setopt(h, CURLOPT_URL, c->smtp_url);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	curl_easy_setopt(h, CURLOPT_MAIL_FROM, from);
	curl_easy_setopt(h, CURLOPT_MAIL_RCPT, to);
	curl_easy_setopt(h, CURLOPT_READFUNCTION, read_part);
	curl_easy_setopt(h, CURLOPT_READDATA, &rd);
	curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
	if (c->smtp_starttls)
		curl_easy_setopt(h, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
	if (c->smtp_ca[0] != '\0')
		curl_easy_setopt(h, CURLOPT_CAINFO, c->smtp_ca);
	if (c->smtp_pengguna[0] != '\0') {
		curl_easy_setopt(h, CURLOPT_USERNAME, c->smtp_pengguna);
		curl_easy_setopt(h, CURLOPT_PASSWORD, c->smtp_sandi);
	}
	curl_easy_setopt(h, CURLOPT_TIMEOUT, (long)c->batas_waktu);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, (long)c->batas_waktu);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, err);
	cc = curl_easy_perform(h);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
	curl_slist_free_all(to);
	curl_easy_cleanup(h);
	free(msg);
	if (cc == CURLE_OK)
		return KIRIM_OK;
	snprintf(why, whylen, "SMTP %ld: %s", code,
	    err[0] ? err : curl_easy_strerror(cc));
	/* 5xx from the server (refused address, failed AUTH): permanent */
	return (code >= 500 && code < 600) || cc == CURLE_LOGIN_DENIED
	    ? KIRIM_GAGAL
	    : KIRIM_ULANG;
}
