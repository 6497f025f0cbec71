/*
 * module.c: the cadangan module's declaration (kernel/module.h).  No
 * pages yet: `pamong cadangkan` and `pamong pulihkan` (src/cmd) are
 * its whole interface.
 */
#include <stddef.h>

#include "kernel/module.h"

const struct module mod_cadangan = {
	"cadangan",
	NULL,
	NULL,
	NULL,
	NULL,
};
