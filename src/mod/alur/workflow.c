/*
 * workflow.c: workflow definitions: the JSON exchange format (parse and
 * print) and validation.  Storage is in workflow_store.c, the shipped
 * defaults in workflow_seed.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "lib/msg.h"
#include "lib/utf8.h"
#include "mod/akun/account.h"
#include "workflow.h"
#include "workflow_impl.h"

#define ERR(...) (snprintf(err, errlen, __VA_ARGS__), -1)

int
wf_code_ok(const char *s)
{
	size_t i, n = strlen(s);

	if (n < 2 || n > 40 || s[0] < 'a' || s[0] > 'z')
		return 0;
	for (i = 1; i < n; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
			(s[i] >= '0' && s[i] <= '9') || s[i] == '_' ||
			s[i] == '-'))
			return 0;
	return 1;
}

int
wf_scope_ok(const char *s)
{
	return strcmp(s, "kampung") == 0 || strcmp(s, "kecamatan") == 0 ||
	    strcmp(s, "layanan") == 0 || strcmp(s, "tetap") == 0;
}

int
wf_escalate_parse(const char *s, int *move, unsigned *role)
{
	const char *r;
	unsigned bit;

	if (strncmp(s, "notify:", 7) == 0) {
		*move = 0;
		r = s + 7;
	} else if (strncmp(s, "move:", 5) == 0) {
		*move = 1;
		r = s + 5;
	} else
		return -1;
	bit = role_parse(r);
	if (bit == 0 || bit == ROLE_WARGA)
		return -1;
	*role = bit;
	return 0;
}

/* ---------------------------------------------------------------------- */
/* JSON to struct: every key is checked for its name and type.           */

static int
keys_known(json_t *o, const char *const *known, const char *where, char *err,
    size_t errlen)
{
	const char *key;
	json_t *v;
	size_t i;

	json_object_foreach(o, key, v)
	{
		for (i = 0; known[i] != NULL; i++)
			if (strcmp(known[i], key) == 0)
				break;
		if (known[i] == NULL)
			return ERR(msg(M_WF_KEY_UNKNOWN), key, where);
	}
	return 0;
}

/* A string member copied into out; missing is an error when required. */
static int
get_str(json_t *o, const char *key, int required, char *out, size_t outsz,
    const char *where, char *err, size_t errlen)
{
	json_t *v = json_object_get(o, key);
	const char *s;

	out[0] = '\0';
	if (v == NULL) {
		if (required)
			return ERR(msg(M_WF_KEY_MISSING), key, where);
		return 0;
	}
	if (!json_is_string(v))
		return ERR(msg(M_WF_KEY_TYPE), key, where, "teks");
	s = json_string_value(v);
	if (strlen(s) >= outsz || strlen(s) != json_string_length(v))
		return ERR(msg(M_WF_TOO_LONG), key, where, (int)outsz - 1);
	memcpy(out, s, strlen(s) + 1);
	return 0;
}

static int
get_bool(json_t *o, const char *key, int *out, const char *where, char *err,
    size_t errlen)
{
	json_t *v = json_object_get(o, key);

	*out = 0;
	if (v == NULL)
		return 0;
	if (!json_is_boolean(v))
		return ERR(msg(M_WF_KEY_TYPE), key, where, "true atau false");
	*out = json_is_true(v);
	return 0;
}

static int
parse_state(json_t *o, int i, struct wf_state *st, char *err, size_t errlen)
{
	static const char *const known[] = { "kode", "label", "sla_hari",
		"akhir", "unit", "eskalasi", NULL };
	char where[80];
	json_t *v;

	snprintf(where, sizeof(where), "status ke-%d", i + 1);
	if (!json_is_object(o))
		return ERR(msg(M_WF_KEY_TYPE), "status", "alur",
		    "daftar objek");
	if (get_str(o, "kode", 1, st->code, sizeof(st->code), where, err,
		errlen) != 0)
		return -1;
	if (wf_code_ok(st->code))
		snprintf(where, sizeof(where), "status \"%s\"", st->code);
	if (keys_known(o, known, where, err, errlen) != 0 ||
	    get_str(o, "label", 1, st->label, sizeof(st->label), where, err,
		errlen) != 0 ||
	    get_bool(o, "akhir", &st->terminal, where, err, errlen) != 0 ||
	    get_str(o, "eskalasi", 0, st->escalate, sizeof(st->escalate), where,
		err, errlen) != 0)
		return -1;
	v = json_object_get(o, "sla_hari");
	if (v != NULL &&
	    (!json_is_integer(v) || json_integer_value(v) < 0 ||
		json_integer_value(v) > 365))
		return ERR(msg(M_WF_SLA_BAD), st->code);
	st->sla_days = v ? (int)json_integer_value(v) : 0;
	v = json_object_get(o, "unit");
	if (v == NULL)
		snprintf(st->scope, sizeof(st->scope), "layanan");
	else if (!json_is_string(v) || !wf_scope_ok(json_string_value(v)))
		return ERR(msg(M_WF_SCOPE_BAD), st->code);
	else
		snprintf(st->scope, sizeof(st->scope), "%s",
		    json_string_value(v));
	return 0;
}

static int
parse_action(json_t *o, int i, struct wf_action *a, char *err, size_t errlen)
{
	static const char *const known[] = { "kode", "label", "dari", "ke",
		"peran", "wajib_catatan", "wajib_unggah", "tanda_tangan",
		"verifikasi", "keputusan", NULL };
	char where[80];
	const char *name;
	json_t *v, *e;
	size_t k;
	unsigned bit;

	snprintf(where, sizeof(where), "tindakan ke-%d", i + 1);
	if (!json_is_object(o))
		return ERR(msg(M_WF_KEY_TYPE), "tindakan", "alur",
		    "daftar objek");
	if (get_str(o, "kode", 1, a->code, sizeof(a->code), where, err,
		errlen) != 0)
		return -1;
	if (wf_code_ok(a->code))
		snprintf(where, sizeof(where), "tindakan \"%s\"", a->code);
	if (keys_known(o, known, where, err, errlen) != 0 ||
	    get_str(o, "label", 1, a->label, sizeof(a->label), where, err,
		errlen) != 0 ||
	    get_str(o, "ke", 1, a->to, sizeof(a->to), where, err, errlen) !=
		0 ||
	    get_bool(o, "wajib_catatan", &a->note_required, where, err,
		errlen) != 0 ||
	    get_bool(o, "wajib_unggah", &a->upload_required, where, err,
		errlen) != 0 ||
	    get_bool(o, "tanda_tangan", &a->signs_document, where, err,
		errlen) != 0 ||
	    get_bool(o, "verifikasi", &a->verifies, where, err, errlen) != 0 ||
	    get_bool(o, "keputusan", &a->decides, where, err, errlen) != 0)
		return -1;
	v = json_object_get(o, "dari");
	if (v == NULL)
		return ERR(msg(M_WF_ACT_NO_FROM), a->code);
	if (!json_is_array(v))
		return ERR(msg(M_WF_KEY_TYPE), "dari", where,
		    "daftar kode status");
	if (json_array_size(v) > WF_MAX_STATES)
		return ERR(msg(M_WF_TOO_MANY), WF_MAX_STATES, WF_MAX_ACTIONS,
		    WF_MAX_STATES);
	json_array_foreach(v, k, e)
	{
		if (!json_is_string(e))
			return ERR(msg(M_WF_KEY_TYPE), "dari", where,
			    "daftar kode status");
		name = json_string_value(e);
		if (strlen(name) >= sizeof(a->from[0]))
			return ERR(msg(M_WF_ACT_UNKNOWN_STATE), a->code, name);
		memcpy(a->from[a->nfrom++], name, strlen(name) + 1);
	}
	v = json_object_get(o, "peran");
	if (v == NULL)
		return ERR(msg(M_WF_ACT_NO_ROLES), a->code);
	if (!json_is_array(v))
		return ERR(msg(M_WF_KEY_TYPE), "peran", where,
		    "daftar nama peran");
	json_array_foreach(v, k, e)
	{
		if (!json_is_string(e))
			return ERR(msg(M_WF_KEY_TYPE), "peran", where,
			    "daftar nama peran");
		if ((bit = role_parse(json_string_value(e))) == 0)
			return ERR(msg(M_WF_ACT_UNKNOWN_ROLE), a->code,
			    json_string_value(e));
		a->roles |= bit;
	}
	return 0;
}

int
wf_from_json(json_t *o, struct workflow *wf, char *err, size_t errlen)
{
	static const char *const known[] = { "kode", "nama", "awal", "status",
		"tindakan", NULL };
	json_t *v, *e;
	size_t i;

	memset(wf, 0, sizeof(*wf));
	if (!json_is_object(o))
		return ERR("%s", msg(M_WF_NOT_OBJECT));
	if (keys_known(o, known, "alur", err, errlen) != 0 ||
	    get_str(o, "kode", 1, wf->code, sizeof(wf->code), "alur", err,
		errlen) != 0 ||
	    get_str(o, "nama", 1, wf->name, sizeof(wf->name), "alur", err,
		errlen) != 0 ||
	    get_str(o, "awal", 1, wf->initial, sizeof(wf->initial), "alur", err,
		errlen) != 0)
		return -1;
	v = json_object_get(o, "status");
	if (v == NULL)
		return ERR(msg(M_WF_KEY_MISSING), "status", "alur");
	if (!json_is_array(v))
		return ERR(msg(M_WF_KEY_TYPE), "status", "alur",
		    "daftar objek");
	if (json_array_size(v) > WF_MAX_STATES)
		return ERR(msg(M_WF_TOO_MANY), WF_MAX_STATES, WF_MAX_ACTIONS,
		    WF_MAX_STATES);
	json_array_foreach(v, i,
	    e) if (parse_state(e, (int)i, &wf->states[wf->nstates++], err,
		       errlen) != 0) return -1;
	v = json_object_get(o, "tindakan");
	if (v == NULL)
		return ERR(msg(M_WF_KEY_MISSING), "tindakan", "alur");
	if (!json_is_array(v))
		return ERR(msg(M_WF_KEY_TYPE), "tindakan", "alur",
		    "daftar objek");
	if (json_array_size(v) > WF_MAX_ACTIONS)
		return ERR(msg(M_WF_TOO_MANY), WF_MAX_STATES, WF_MAX_ACTIONS,
		    WF_MAX_STATES);
	json_array_foreach(v, i,
	    e) if (parse_action(e, (int)i, &wf->actions[wf->nactions++], err,
		       errlen) != 0) return -1;
	return workflow_validate(wf, err, errlen);
}

int
workflow_parse(const char *json, size_t len, struct workflow *wf, char *err,
    size_t errlen)
{
	json_error_t jerr;
	json_t *o;
	int rc;

	memset(wf, 0, sizeof(*wf));
	if (!utf8_valid(json, len)) {
		snprintf(err, errlen, msg(M_WF_JSON_BAD), 1, 1);
		return -1;
	}
	o = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
	if (o == NULL) {
		snprintf(err, errlen, msg(M_WF_JSON_BAD), jerr.line,
		    jerr.column);
		return -1;
	}
	rc = wf_from_json(o, wf, err, errlen);
	json_decref(o);
	return rc;
}

/* ---------------------------------------------------------------------- */
/* Validation of the struct, whatever it came from.                      */

static int
state_index(const struct workflow *wf, const char *code)
{
	int i;

	for (i = 0; i < wf->nstates; i++)
		if (strcmp(wf->states[i].code, code) == 0)
			return i;
	return -1;
}

int
workflow_validate(const struct workflow *wf, char *err, size_t errlen)
{
	const struct wf_state *st;
	const struct wf_action *a;
	int i, j, k, move, seen[WF_MAX_STATES], queue[WF_MAX_STATES];
	int head, tail, terminals = 0, from, to;
	char where[64];
	unsigned role, allroles = (ROLE_LAST << 1) - 1;

	if (!wf_code_ok(wf->code))
		return ERR(msg(M_WF_CODE_BAD), "alur", wf->code);
	if (text_check(wf->name, 3, 120, 0) != NULL)
		return ERR("%s", msg(M_WF_NAME_BAD));
	if (wf->nstates > WF_MAX_STATES || wf->nactions > WF_MAX_ACTIONS ||
	    wf->nstates < 0 || wf->nactions < 0)
		return ERR(msg(M_WF_TOO_MANY), WF_MAX_STATES, WF_MAX_ACTIONS,
		    WF_MAX_STATES);
	for (i = 0; i < wf->nstates; i++) {
		st = &wf->states[i];
		if (!wf_code_ok(st->code))
			return ERR(msg(M_WF_CODE_BAD), "status", st->code);
		for (j = 0; j < i; j++)
			if (strcmp(wf->states[j].code, st->code) == 0)
				return ERR(msg(M_WF_DUP_STATE), st->code);
	}
	for (i = 0; i < wf->nstates; i++) {
		st = &wf->states[i];
		snprintf(where, sizeof(where), "status \"%s\"", st->code);
		if (text_check(st->label, 2, 80, 0) != NULL)
			return ERR(msg(M_WF_LABEL_BAD), where);
		if (st->sla_days < 0 || st->sla_days > 365)
			return ERR(msg(M_WF_SLA_BAD), st->code);
		if (!wf_scope_ok(st->scope))
			return ERR(msg(M_WF_SCOPE_BAD), st->code);
		if (st->escalate[0] != '\0' &&
		    wf_escalate_parse(st->escalate, &move, &role) != 0)
			return ERR(msg(M_WF_ESC_BAD), st->code);
		if (st->terminal && (st->sla_days > 0 || st->escalate[0]))
			return ERR(msg(M_WF_TERMINAL_SLA), st->code);
		if (st->escalate[0] != '\0' && st->sla_days == 0)
			return ERR(msg(M_WF_ESC_NO_SLA), st->code);
		terminals += st->terminal != 0;
	}
	if ((k = state_index(wf, wf->initial)) < 0)
		return ERR(msg(M_WF_INITIAL_UNKNOWN), wf->initial);
	if (wf->states[k].terminal)
		return ERR(msg(M_WF_INITIAL_TERMINAL), wf->initial);
	if (strcmp(wf->states[k].scope, "tetap") == 0)
		return ERR(msg(M_WF_INITIAL_TETAP), wf->initial);
	if (terminals == 0)
		return ERR("%s", msg(M_WF_NO_TERMINAL));
	for (i = 0; i < wf->nactions; i++) {
		a = &wf->actions[i];
		if (!wf_code_ok(a->code))
			return ERR(msg(M_WF_CODE_BAD), "tindakan", a->code);
		for (j = 0; j < i; j++)
			if (strcmp(wf->actions[j].code, a->code) == 0)
				return ERR(msg(M_WF_DUP_ACTION), a->code);
	}
	for (i = 0; i < wf->nactions; i++) {
		a = &wf->actions[i];
		snprintf(where, sizeof(where), "tindakan \"%s\"", a->code);
		if (text_check(a->label, 2, 80, 0) != NULL)
			return ERR(msg(M_WF_LABEL_BAD), where);
		if (a->nfrom <= 0 || a->nfrom > WF_MAX_STATES)
			return ERR(msg(M_WF_ACT_NO_FROM), a->code);
		for (j = 0; j < a->nfrom; j++) {
			if ((from = state_index(wf, a->from[j])) < 0)
				return ERR(msg(M_WF_ACT_UNKNOWN_STATE), a->code,
				    a->from[j]);
			if (wf->states[from].terminal)
				return ERR(msg(M_WF_ACT_FROM_TERMINAL), a->code,
				    a->from[j]);
		}
		if (state_index(wf, a->to) < 0)
			return ERR(msg(M_WF_ACT_UNKNOWN_STATE), a->code, a->to);
		if (a->roles == 0)
			return ERR(msg(M_WF_ACT_NO_ROLES), a->code);
		if ((a->roles & ~allroles) != 0)
			return ERR(msg(M_WF_ACT_UNKNOWN_ROLE), a->code, "?");
		if (a->verifies && a->decides)
			return ERR(msg(M_WF_ACT_VERIFY_DECIDE), a->code);
	}
	/* every state reachable from the initial one */
	memset(seen, 0, sizeof(seen));
	head = tail = 0;
	seen[k] = 1;
	queue[tail++] = k;
	while (head < tail) {
		from = queue[head++];
		for (i = 0; i < wf->nactions; i++) {
			a = &wf->actions[i];
			if (!workflow_action_from(a, wf->states[from].code))
				continue;
			to = state_index(wf, a->to);
			if (!seen[to]) {
				seen[to] = 1;
				queue[tail++] = to;
			}
		}
	}
	for (i = 0; i < wf->nstates; i++)
		if (!seen[i])
			return ERR(msg(M_WF_UNREACHABLE), wf->states[i].code,
			    wf->initial);
	/* and no open state is a dead end */
	for (i = 0; i < wf->nstates; i++) {
		if (wf->states[i].terminal)
			continue;
		for (j = 0; j < wf->nactions; j++)
			if (workflow_action_from(&wf->actions[j],
				wf->states[i].code))
				break;
		if (j == wf->nactions)
			return ERR(msg(M_WF_DEAD_END), wf->states[i].code);
	}
	return 0;
}

/* ---------------------------------------------------------------------- */
/* Struct to JSON, and lookups.                                          */

json_t *
wf_to_json_obj(const struct workflow *wf)
{
	json_t *o, *states, *actions, *s, *a, *from, *roles;
	unsigned bit;
	int i, j;

	states = json_array();
	for (i = 0; i < wf->nstates; i++) {
		const struct wf_state *st = &wf->states[i];

		s = json_pack("{s:s, s:s, s:i, s:b, s:s}", "kode", st->code,
		    "label", st->label, "sla_hari", st->sla_days, "akhir",
		    st->terminal, "unit", st->scope);
		if (st->escalate[0] != '\0')
			json_object_set_new(s, "eskalasi",
			    json_string(st->escalate));
		json_array_append_new(states, s);
	}
	actions = json_array();
	for (i = 0; i < wf->nactions; i++) {
		const struct wf_action *ac = &wf->actions[i];

		from = json_array();
		for (j = 0; j < ac->nfrom; j++)
			json_array_append_new(from, json_string(ac->from[j]));
		roles = json_array();
		for (bit = 1; bit <= ROLE_LAST; bit <<= 1)
			if ((ac->roles & bit) && role_name(bit) != NULL)
				json_array_append_new(roles,
				    json_string(role_name(bit)));
		a = json_pack("{s:s, s:s, s:o, s:s, s:o, s:b, s:b, s:b, s:b,"
			      " s:b}",
		    "kode", ac->code, "label", ac->label, "dari", from, "ke",
		    ac->to, "peran", roles, "wajib_catatan", ac->note_required,
		    "wajib_unggah", ac->upload_required, "tanda_tangan",
		    ac->signs_document, "verifikasi", ac->verifies, "keputusan",
		    ac->decides);
		json_array_append_new(actions, a);
	}
	o = json_pack("{s:s, s:s, s:s, s:o, s:o}", "kode", wf->code, "nama",
	    wf->name, "awal", wf->initial, "status", states, "tindakan",
	    actions);
	return o;
}

char *
workflow_to_json(const struct workflow *wf)
{
	json_t *o = wf_to_json_obj(wf);
	char *s;

	s = json_dumps(o, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(o);
	if (s == NULL)
		abort();
	return s;
}

const struct wf_state *
workflow_state(const struct workflow *wf, const char *code)
{
	int i = code ? state_index(wf, code) : -1;

	return i < 0 ? NULL : &wf->states[i];
}

const struct wf_action *
workflow_action(const struct workflow *wf, const char *code)
{
	int i;

	for (i = 0; code != NULL && i < wf->nactions; i++)
		if (strcmp(wf->actions[i].code, code) == 0)
			return &wf->actions[i];
	return NULL;
}

int
workflow_action_from(const struct wf_action *a, const char *state)
{
	int i;

	for (i = 0; state != NULL && i < a->nfrom; i++)
		if (strcmp(a->from[i], state) == 0)
			return 1;
	return 0;
}
