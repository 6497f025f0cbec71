/*
 * workflow_impl.h: helpers shared by the workflow modules (workflow.c,
 * workflow_store.c, workflow_seed.c, eskalasi.c); not for other callers.
 */
#ifndef PAMONG_WORKFLOW_IMPL_H
#define PAMONG_WORKFLOW_IMPL_H

#include <stddef.h>

#include <jansson.h>

struct workflow;

/* Is s a workflow, state or action code: [a-z][a-z0-9_-]{1,39}? */
int wf_code_ok(const char *s);
/* Is s one of kampung, kecamatan, layanan, tetap? */
int wf_scope_ok(const char *s);
/*
 * Parse an escalation rule "notify:ROLE" or "move:ROLE" (ROLE a staff
 * role): *move is 1 for move, *role the role bit.  0 ok, -1 malformed.
 */
int wf_escalate_parse(const char *s, int *move, unsigned *role);
/* Fill and validate wf from one definition object of the JSON format. */
int wf_from_json(json_t *, struct workflow *, char *err, size_t errlen);
/* The definition as a new JSON object (caller decrefs). */
json_t *wf_to_json_obj(const struct workflow *);

#endif
