/* str.c: checked string copies. */
#include <string.h>

#include "str.h"
#include "xalloc.h"

int
str_copy(char *dst, size_t size, const char *src)
{
	size_t n;

	if (src == NULL)
		src = "";
	n = strlen(src);
	if (n >= size) {
		if (size > 0)
			dst[0] = '\0';
		return -1;
	}
	memcpy(dst, src, n + 1);
	return 0;
}

void
str_field(char *dst, size_t size, const char *src)
{
	if (str_copy(dst, size, src) != 0)
		BUG("field of %zu bytes too small for \"%.32s...\"", size, src);
}
