/* layout.h: page chrome (head, header, navigation, footer) and form helpers. */
#ifndef PAMONG_LAYOUT_H
#define PAMONG_LAYOUT_H

#include "html.h"
#include "req.h"

struct field_errs;

/* Start an HTML page titled title (escaped); sets status 200 if unset. */
void layout_begin(struct req *, const char *title);
void layout_end(struct req *);

/*
 * CSRF.  csrf_token() returns the token for forms on this page, creating
 * the anonymous CSRF cookie when the visitor has no session.  csrf_valid()
 * checks a submitted token: for a signed-in visitor only the token bound
 * to their session, for an anonymous one the token over the anonymous
 * cookie.  1 valid, 0 not.
 */
const char *csrf_token(struct req *);
int csrf_valid(struct req *, const char *token);
/* <input type="hidden" name="csrf" ...> */
void form_csrf(struct req *);

/*
 * A labelled form field with its error message linked by aria-describedby.
 * type: "text", "password" (current password), "new-password", "email",
 * "tel", "search", "number", "date", "numeric" (text of digits such as a
 * NIK: inputmode="numeric" opens the number pad, leading zeros kept),
 * "textarea".  hint (may be NULL) is shown under the label.
 */
void form_field(struct req *, const char *name, const char *label,
    const char *type, const char *value, const struct field_errs *,
    const char *hint);
/* Error summary at the top of a form (role="alert"), if any errors. */
void form_errors(struct req *, const struct field_errs *);
/* A notice box: kind "info", "sukses" or "galat". */
void notice(struct req *, const char *kind, const char *text);

/* Does the signed-in user hold any of roles? */
int user_has(const struct req *, unsigned roles);

#endif
