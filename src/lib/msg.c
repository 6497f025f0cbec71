/* msg.c: the message catalog's texts. */
#include "msg.h"

static const char *const texts[] = {
#define MSG(id, text) text,
#include "gen/msg.def"
#undef MSG
};

const char *
msg(enum msg_id id)
{
	if ((unsigned)id >= M__COUNT)
		return "";
	return texts[id];
}
