/* test_audit.c: the hash-chained audit trail (write, verify, tampering). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mod/audit/audit.h"
#include "store/store.h"

struct fx {
	char dir[32];
	char path[64];
	struct store *s;
};

static void
write_events(struct store *s, int n)
{
	char obj[16];
	int i;

	assert_int_equal(store_begin(s), 0);
	for (i = 0; i < n; i++) {
		snprintf(obj, sizeof(obj), "o%d", i);
		assert_int_equal(audit_write(s,
				     &(struct audit){ .action = "uji.tulis",
					 .object_type = "uji",
					 .object_id = obj,
					 .note = i % 2 ? "catatan: é" : NULL }),
		    0);
	}
	assert_int_equal(store_commit(s), 0);
}

static int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/pamong-audit-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(f->path, sizeof(f->path), "%s/t.db", f->dir);
	if (store_open(&f->s, NULL, f->path) != 0 ||
	    store_migrate(f->s, 0) != 0)
		return -1;
	/* migrations may write events; start from a known trail */
	write_events(f->s, 6);
	assert_int_equal(store_exec(f->s,
			     "DROP TRIGGER audit_no_update;"
			     " DROP TRIGGER audit_no_delete;"),
	    0);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;
	char cmd[96];

	store_close(f->s);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", f->dir);
	if (system(cmd) != 0)
		return -1;
	free(f);
	return 0;
}

static void
test_intact(void **state)
{
	struct fx *f = *state;
	struct audit_check c, c2;

	assert_int_equal(audit_verify(f->s, 0, NULL, &c), 0);
	assert_true(c.events >= 6);
	assert_int_equal(c.chain_start, 1);
	assert_int_equal(strlen(c.head), 64);
	/* the head is the last event's hash; appending moves it */
	assert_int_equal(audit_verify(f->s, c.last_id, c.head, &c2), 0);
	write_events(f->s, 1);
	assert_int_equal(audit_verify(f->s, c.last_id, c.head, &c2), 0);
	assert_int_equal(c2.last_id, c.last_id + 1);
	assert_string_not_equal(c2.head, c.head);
}

static void
test_edit(void **state)
{
	struct fx *f = *state;
	struct audit_check c;

	assert_int_equal(store_exec(f->s,
			     "UPDATE audit_event SET"
			     " object_id = 'x' WHERE id = 3"),
	    0);
	assert_int_equal(audit_verify(f->s, 0, NULL, &c), 1);
	assert_int_equal(c.bad_id, 3);
}

static void
test_delete(void **state)
{
	struct fx *f = *state;
	struct audit_check c;

	assert_int_equal(store_exec(f->s,
			     "DELETE FROM audit_event"
			     " WHERE id = 2"),
	    0);
	assert_int_equal(audit_verify(f->s, 0, NULL, &c), 1);
	assert_int_equal(c.bad_id, 2);
}

static void
test_truncate_needs_head(void **state)
{
	struct fx *f = *state;
	struct audit_check c, c2;

	assert_int_equal(audit_verify(f->s, 0, NULL, &c), 0);
	assert_int_equal(store_exec(f->s,
			     "DELETE FROM audit_event WHERE"
			     " id = (SELECT max(id) FROM audit_event)"),
	    0);
	assert_int_equal(audit_verify(f->s, 0, NULL, &c2), 0);
	assert_int_equal(audit_verify(f->s, c.last_id, c.head, &c2), 1);
	assert_int_equal(c2.bad_id, c.last_id);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_intact, setup, teardown),
		cmocka_unit_test_setup_teardown(test_edit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_delete, setup, teardown),
		cmocka_unit_test_setup_teardown(test_truncate_needs_head, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
