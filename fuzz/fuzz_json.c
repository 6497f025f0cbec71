/*
 * fuzz_json.c: libFuzzer target for the API's JSON request bodies.
 *
 * Every JSON body of /api/v1 goes through api_body() (src/pages/api.c:
 * json_loadb with JSON_REJECT_DUPLICATES, object only); the pages then
 * read members with json_object_get/json_string_value (the session body
 * {"pengguna","sandi"}, an action {"tindakan","catatan","passphrase"},
 * a complaint {"jenis","judul","isi",...,"anonim","rahasia"}, a rating
 * {"nilai"}).  The input is the request body: a rejected body must get
 * a 400 whose answer is JSON; an accepted one must be an object whose
 * compact dump (as api_send() writes it) parses back equal, and the
 * members the pages read are read the same way.  The same bytes are
 * also given to the SPBE framework parser (spbe_framework_parse), the
 * other JSON an administrator uploads.
 *
 *   make build/fuzz/fuzz_json && build/fuzz/fuzz_json fuzz/corpus/json
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "mod/spbe/spbe.h"
#include "http/api.h"

static void
check(int cond)
{
	if (!cond)
		abort();
}

/* The answer in r->out is a JSON object with galat.kode. */
static void
check_error_answer(struct req *r, int status)
{
	json_t *v;

	check(r->status == status);
	check((v = json_loadb(r->out.s, r->out.len, 0, NULL)) != NULL);
	check(json_is_string(
	    json_object_get(json_object_get(v, "galat"), "kode")));
	json_decref(v);
}

static const char *const members[] = { "pengguna", "sandi", "tindakan",
	"catatan", "passphrase", "jenis", "judul", "isi", "kategori", "wilayah",
	"unit", "anonim", "rahasia", "nilai", NULL };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct req r;
	struct spbe_framework *fw = NULL;
	json_t *body, *again, *m;
	const char *s;
	char *dump, err[512];
	int i;

	memset(&r, 0, sizeof(r));
	buf_init(&r.out, 0);
	r.content_type = "application/json; charset=utf-8";
	r.body = (const char *)data;
	r.body_len = size;
	body = api_body(&r);
	if (body == NULL) {
		check_error_answer(&r, 400);
	} else {
		check(json_is_object(body));
		for (i = 0; members[i] != NULL; i++) {
			m = json_object_get(body, members[i]);
			s = json_string_value(m);
			check((s != NULL) == json_is_string(m));
			if (s != NULL)
				check(strlen(s) <= json_string_length(m));
			if (json_is_integer(m))
				(void)json_integer_value(m);
		}
		dump = json_dumps(body, JSON_COMPACT | JSON_ENSURE_ASCII);
		check(dump != NULL);
		again = json_loads(dump, JSON_REJECT_DUPLICATES, NULL);
		check(again != NULL && json_equal(body, again));
		json_decref(again);
		free(dump);
		api_send(&r, 200, body); /* steals body */
		check(r.out.len > 0 && r.out.s[r.out.len - 1] == '\n');
		check(
		    (again = json_loadb(r.out.s, r.out.len, 0, NULL)) != NULL);
		json_decref(again);
	}
	req_free(&r);

	/* wrong content type: 415, body untouched */
	memset(&r, 0, sizeof(r));
	buf_init(&r.out, 0);
	r.content_type = "text/plain";
	r.body = (const char *)data;
	r.body_len = size;
	check(api_body(&r) == NULL);
	check_error_answer(&r, 415);
	req_free(&r);

	err[0] = '\0';
	if (spbe_framework_parse((const char *)data, size, &fw, err,
		sizeof(err)) == 0) {
		check(fw != NULL);
		spbe_framework_free(fw);
	} else
		check(err[0] != '\0');
	return 0;
}
