/*
 * msg.h: the one catalog of user-facing messages (Bahasa Indonesia,
 * formal register).  Every message a citizen or officer reads is declared
 * once, beside its code: lib's own checks in src/lib/msg.def, the page
 * chrome, error pages and shared form checks in src/http/msg.def, a
 * module's own in src/mod/<name>/msg.def.  The build joins them into gen/msg.def (one
 * enum, so a duplicate ID fails to compile); code refers to a message as
 * msg(M_NAME).  A second language becomes a second column, not a hunt
 * through the tree.
 */
#ifndef PAMONG_MSG_H
#define PAMONG_MSG_H

enum msg_id {
#define MSG(id, text) M_##id,
#include "gen/msg.def"
#undef MSG
	M__COUNT
};

/* The text of a message; never NULL. */
const char *msg(enum msg_id);

#endif
