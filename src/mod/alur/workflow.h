/*
 * workflow.h: workflow definitions as data.  A definition has states
 * (code, label, SLA in working days, terminal, handling unit scope,
 * escalation on SLA breach) and actions (code, label, from-states,
 * to-state, roles, note/upload required, signs a document, records the
 * verification, is the final decision).  Definitions are stored in the
 * workflow, wf_state and wf_action tables and exchanged as JSON (the
 * format of data/alur.json and of the admin editor; see doc/workflow.md).
 */
#ifndef PAMONG_WORKFLOW_H
#define PAMONG_WORKFLOW_H

#include <stddef.h>
#include <stdint.h>

#include "lib/str.h"

struct store;

#define WF_MAX_STATES 16
#define WF_MAX_ACTIONS 24

struct wf_state {
	char code[41];
	char label[STR_CHARS(80)];
	int sla_days;
	int terminal;
	char scope[12];	   /* kampung | kecamatan | layanan | tetap */
	char escalate[48]; /* "" | notify:ROLE | move:ROLE */
};

struct wf_action {
	char code[41];
	char label[STR_CHARS(80)];
	char from[WF_MAX_STATES][41];
	int nfrom;
	char to[41];
	unsigned roles; /* enum role bits */
	int note_required;
	int upload_required;
	int signs_document;
	int verifies; /* sets verified_by */
	int decides;  /* may not be done by verified_by */
};

struct workflow {
	int64_t id;
	char code[41];
	char name[STR_CHARS(120)];
	char initial[41];
	struct wf_state states[WF_MAX_STATES];
	int nstates;
	struct wf_action actions[WF_MAX_ACTIONS];
	int nactions;
};

/*
 * Parse and validate a definition from JSON text.  Rejects (with an
 * Indonesian message naming the problem in err): unknown keys' types,
 * unknown state in an action, unreachable state, action without roles,
 * unknown role, duplicate codes, no terminal state, bad scope/escalation.
 */
int workflow_parse(const char *json, size_t len, struct workflow *, char *err,
    size_t errlen);
/* Serialize to pretty JSON (caller frees). */
char *workflow_to_json(const struct workflow *);

/* Validate a struct (used by workflow_parse); 0 ok or -1 with err. */
int workflow_validate(const struct workflow *, char *err, size_t errlen);

/*
 * Store a validated definition under its code (insert or replace states
 * and actions), with an audit event, in one transaction unless the caller
 * already holds one.  Returns 0 or -1.
 */
int workflow_save(struct store *, const struct workflow *, int64_t actor_id,
    const char *addr, char *err, size_t errlen);

/* Load by id or by code.  0 found, -1 not found. */
int workflow_load(struct store *, int64_t id, struct workflow *);
int workflow_load_code(struct store *, const char *code, struct workflow *);

const struct wf_state *workflow_state(const struct workflow *, const char *);
const struct wf_action *workflow_action(const struct workflow *, const char *);
/* May action a be taken from state (ignoring roles)? */
int workflow_action_from(const struct wf_action *, const char *state);

/*
 * Seed the default workflows and service forms from dir/alur.json and
 * dir/isian.csv, and bind each catalog service to its workflow.  Runs in
 * the caller's transaction.  Idempotent.  0 or -1 with err.
 */
int workflow_seed(struct store *, const char *dir, char *err, size_t);

#endif
