/* test_buf.c: the one buffer type, and reading a file into it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/buf.h"

static char dir[] = "/tmp/pamong-buf-XXXXXX";
static char path[64];

static void
t_add_and_detach(void **state)
{
	struct buf b = BUF_INIT;
	size_t n;
	char *s;

	buf_adds(&b, "Kampung");
	buf_addc(&b, ' ');
	buf_addf(&b, "%s %d", "Dalam", 1001);
	assert_string_equal(b.s, "Kampung Dalam 1001");
	s = buf_detach(&b, &n);
	assert_int_equal(n, 18);
	assert_null(b.s);
	free(s);
}

static void
t_read_file(void **state)
{
	struct buf b = BUF_INIT;
	FILE *f;
	int i;

	f = fopen(path, "w");
	assert_non_null(f);
	for (i = 0; i < 10000; i++) /* larger than one read */
		fputs("0123456789", f);
	fclose(f);
	buf_adds(&b, "awal:");
	assert_int_equal(buf_read_file(&b, path, 100000), 0);
	assert_int_equal(b.len, 5 + 100000);
	assert_memory_equal(b.s, "awal:0123456789", 15);
	assert_int_equal(b.s[b.len], '\0');
	/* too large: EFBIG, the buffer as it was */
	b.len = 5;
	b.s[5] = '\0';
	assert_int_equal(buf_read_file(&b, path, 99999), -1);
	assert_int_equal(errno, EFBIG);
	assert_string_equal(b.s, "awal:");
	/* not a regular file, and a missing one */
	assert_int_equal(buf_read_file(&b, dir, 100000), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(buf_read_file(&b, "/tmp/pamong-tidak-ada/x", 10), -1);
	assert_int_equal(errno, ENOENT);
	assert_string_equal(b.s, "awal:");
	/* an empty file into an empty buffer */
	fclose(fopen(path, "w"));
	buf_free(&b);
	assert_int_equal(buf_read_file(&b, path, 10), 0);
	assert_int_equal(b.len, 0);
	buf_free(&b);
	unlink(path);
}

/* buf_truncate: back to a mark, the NUL moved with it; never longer. */
static void
t_truncate(void **state)
{
	struct buf b = BUF_INIT;

	(void)state;
	buf_truncate(&b, 0); /* an empty buffer: nothing to do */
	buf_adds(&b, "<h2>x</h2><ul>");
	buf_truncate(&b, 4);
	assert_int_equal(b.len, 4);
	assert_string_equal(b.s, "<h2>");
	buf_truncate(&b, 10); /* longer than it is: unchanged */
	assert_int_equal(b.len, 4);
	assert_string_equal(b.s, "<h2>");
	buf_truncate(&b, 0);
	assert_int_equal(b.len, 0);
	assert_string_equal(b.s, "");
	buf_adds(&b, "ok");
	assert_string_equal(b.s, "ok");
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(t_add_and_detach),
		cmocka_unit_test(t_read_file),
		cmocka_unit_test(t_truncate),
	};
	int rc;

	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(path, sizeof(path), "%s/berkas", dir);
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	rmdir(dir);
	return rc;
}
