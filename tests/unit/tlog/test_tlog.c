/*
 * test_tlog.c: the stored transparency log (src/domain/tlog*.c): node
 * hashes written with each append, signed checkpoints, inclusion checks,
 * and tampering (changed, reordered, deleted, truncated entries) found
 * at the right index by tlog_verify_store().
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <openssl/sha.h>

#include "mod/tlog/merkle.h"
#include "mod/tlog/tlog.h"
#include "store/store.h"

#define NAME "test.siakkab.go.id/log"

struct fx {
	char dir[64];
	struct store *s;
	struct tlog_key k;
};

static int
setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));
	char path[128];

	snprintf(f->dir, sizeof(f->dir), "/tmp/pamong-tlog-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/t.db", f->dir);
	if (store_open(&f->s, NULL, path) != 0 || store_migrate(f->s, 0) != 0)
		return -1;
	if (tlog_key_create(f->dir, NAME) != 1 ||
	    tlog_key_create(f->dir, NAME) != 0 ||
	    tlog_key_load(f->dir, &f->k) != 0)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *f = *state;
	char cmd[128];

	store_close(f->s);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", f->dir);
	if (system(cmd) != 0)
		return -1;
	free(f);
	return 0;
}

/* Append "doc-i" for i in [from, to), one transaction. */
static void
append(struct store *s, int from, int to)
{
	char d[32];
	int64_t idx;
	int i;

	assert_int_equal(store_begin(s), 0);
	for (i = from; i < to; i++) {
		snprintf(d, sizeof(d), "doc-%d", i);
		assert_int_equal(tlog_append(s, d, strlen(d), 1000 + i, &idx),
		    0);
		assert_int_equal(idx, i);
	}
	assert_int_equal(store_commit(s), 0);
}

static void
t_key(void **state)
{
	struct fx *f = *state;
	struct tlog_key v;
	unsigned char buf[256], h[32];
	size_t n = strlen(NAME);
	struct stat sb;
	char path[128], *vk;
	uint32_t id;

	/* the key file is private */
	snprintf(path, sizeof(path), "%s/log.key", f->dir);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	/* key ID = SHA-256(name || 0x0A || 0x01 || pk)[0..4], independently */
	memcpy(buf, NAME, n);
	buf[n] = 0x0a;
	buf[n + 1] = 0x01;
	memcpy(buf + n + 2, f->k.pk, 32);
	SHA256(buf, n + 34, h);
	id = (uint32_t)h[0] << 24 | (uint32_t)h[1] << 16 | (uint32_t)h[2] << 8 |
	    h[3];
	assert_int_equal(f->k.id, id);
	vk = tlog_vkey(&f->k);
	snprintf(path, sizeof(path), NAME "+%08x+", id);
	assert_memory_equal(vk, path, strlen(path));
	assert_int_equal(tlog_vkey_parse(vk, &v), 0);
	assert_memory_equal(v.pk, f->k.pk, 32);
	assert_string_equal(v.name, NAME);
	vk[strlen(vk) - 3] ^= 1; /* damaged key bytes: id mismatch */
	assert_int_equal(tlog_vkey_parse(vk, &v), -1);
	free(vk);
	assert_int_equal(tlog_vkey_parse("no+plus", &v), -1);
	assert_int_equal(tlog_key_create(f->dir, "bad name"), -1);
}

static void
t_note(void **state)
{
	struct fx *f = *state;
	struct tlog_key other;
	unsigned char root[32], r2[32];
	uint64_t size;
	char *note, *p, dir2[] = "/tmp/pamong-tlog2-XXXXXX", cmd[64];
	const char *want =
	    NAME "\n1234\n"
		 "q6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=\n\n"
		 "\xe2\x80\x94 " NAME " ";

	memset(root, 0xab, 32);
	note = tlog_note_sign(&f->k, 1234, root);
	assert_memory_equal(note, want, strlen(want));
	assert_int_equal(strlen(note), strlen(want) + 92 + 1); /* b64(68) */
	assert_int_equal(tlog_note_verify(note, strlen(note), &f->k, &size, r2),
	    1);
	assert_int_equal(size, 1234);
	assert_memory_equal(r2, root, 32);
	/* a changed size is not signed */
	p = strstr(note, "1234");
	p[3] = '5';
	assert_int_equal(tlog_note_verify(note, strlen(note), &f->k, &size, r2),
	    0);
	p[3] = '4';
	/* another key with the same name does not verify it */
	assert_non_null(mkdtemp(dir2));
	assert_int_equal(tlog_key_create(dir2, NAME), 1);
	assert_int_equal(tlog_key_load(dir2, &other), 0);
	assert_int_equal(
	    tlog_note_verify(note, strlen(note), &other, &size, r2), 0);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir2);
	assert_int_equal(system(cmd), 0);
	/* truncated note */
	assert_int_equal(
	    tlog_note_verify(note, strlen(note) - 5, &f->k, &size, r2), 0);
	free(note);
}

/* Appends write node hashes; roots and proofs from them are right. */
static void
t_tree(void **state)
{
	struct fx *f = *state;
	struct merkle_stack st;
	struct merkle_src src;
	unsigned char leaf[32], want[32], got[32];
	unsigned char path[MERKLE_MAXPATH][32];
	char d[32];
	size_t np;
	int i, m;

	merkle_stack_init(&st);
	for (i = 0; i < 70; i++) {
		append(f->s, i, i + 1);
		snprintf(d, sizeof(d), "doc-%d", i);
		merkle_leaf(d, strlen(d), leaf);
		merkle_stack_push(&st, leaf);
		merkle_stack_root(&st, want);
		assert_int_equal(tlog_size(f->s), i + 1);
		assert_int_equal(tlog_root(f->s, i + 1, got), 0);
		assert_memory_equal(got, want, 32);
	}
	/* one node per complete aligned subtree: 70 + 35 + 17 + 8 + 4 + 2 + 1 */
	assert_int_equal(store_scalar(f->s, -1,
			     "SELECT count(*) FROM"
			     " tlog_node",
			     ""),
	    70 + 35 + 17 + 8 + 4 + 2 + 1);
	tlog_root(f->s, 3, got);
	assert_int_equal(got[0], 0x67);
	assert_int_equal(got[31], 0x1c);
	tlog_src(f->s, &src);
	tlog_root(f->s, 70, want);
	for (m = 0; m < 70; m++) {
		snprintf(d, sizeof(d), "doc-%d", m);
		merkle_leaf(d, strlen(d), leaf);
		assert_int_equal(merkle_inclusion(&src, m, 70, path, &np), 0);
		assert_true(merkle_verify_inclusion(m, 70, leaf,
		    (const unsigned char(*)[32])path, np, want));
	}
}

static void
t_checkpoint(void **state)
{
	struct fx *f = *state;
	char *note, *note2;
	int64_t size;

	/* empty log: a checkpoint of size 0, nothing included yet */
	assert_int_equal(tlog_checkpoint_refresh(f->s, f->dir, 5000, &note), 0);
	assert_non_null(strstr(note,
	    "\n0\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"));
	free(note);
	assert_int_equal(tlog_check_inclusion(f->s, f->dir, 0, &size), 0);
	append(f->s, 0, 5);
	/* same second: not re-issued */
	tlog_checkpoint_refresh(f->s, f->dir, 5000, &note);
	assert_non_null(strstr(note, "\n0\n"));
	free(note);
	tlog_checkpoint_refresh(f->s, f->dir, 5001, &note);
	assert_non_null(strstr(note, "\n5\n"));
	/* not grown: the same note */
	tlog_checkpoint_refresh(f->s, f->dir, 5009, &note2);
	assert_string_equal(note, note2);
	free(note);
	free(note2);
	assert_int_equal(store_scalar(f->s, -1,
			     "SELECT count(*) FROM"
			     " tlog_checkpoint",
			     ""),
	    2);
	assert_int_equal(tlog_check_inclusion(f->s, f->dir, 4, &size), 1);
	assert_int_equal(size, 5);
	assert_int_equal(tlog_check_inclusion(f->s, f->dir, 5, &size), 0);
}

/* A log of 40 entries with checkpoints at 10, 25 and 40. */
static void
build(struct fx *f)
{
	append(f->s, 0, 10);
	assert_int_equal(tlog_checkpoint_refresh(f->s, f->dir, 100, NULL), 0);
	append(f->s, 10, 25);
	assert_int_equal(tlog_checkpoint_refresh(f->s, f->dir, 101, NULL), 0);
	append(f->s, 25, 40);
	assert_int_equal(tlog_checkpoint_refresh(f->s, f->dir, 102, NULL), 0);
}

static void
untrigger(struct store *s)
{
	assert_int_equal(store_exec(s,
			     "DROP TRIGGER tlog_no_update;"
			     " DROP TRIGGER tlog_no_delete;"),
	    0);
}

/* Replace entry idx by text, with a matching leaf hash (a careful forger). */
static void
forge(struct store *s, int64_t idx, const char *text)
{
	unsigned char h[32];

	merkle_leaf(text, strlen(text), h);
	assert_int_equal(store_run(s,
			     "UPDATE tlog_entry SET entry = ?,"
			     " leaf_hash = ? WHERE idx = ?",
			     "bbi", text, strlen(text), h, (size_t)32, idx),
	    0);
}

static void
t_verify_clean(void **state)
{
	struct fx *f = *state;
	struct tlog_report rep;
	char *saved;

	build(f);
	tlog_checkpoint_refresh(f->s, f->dir, 102, &saved);
	append(f->s, 40, 45); /* not yet signed: fine */
	tlog_checkpoint_refresh(f->s, f->dir, 103, NULL);
	assert_int_equal(
	    tlog_verify_store(f->s, &f->k, saved, strlen(saved), &rep), 0);
	assert_int_equal(rep.entries, 45);
	assert_int_equal(rep.checkpoints, 4);
	assert_int_equal(rep.signed_size, 45);
	assert_int_equal(rep.bad_index, -1);
	free(saved);
}

static void
t_verify_changed(void **state)
{
	struct fx *f = *state;
	struct tlog_report rep;

	build(f);
	untrigger(f->s);
	forge(f->s, 17, "{\"palsu\":1}");
	assert_int_equal(tlog_verify_store(f->s, &f->k, NULL, 0, &rep), 1);
	assert_int_equal(rep.bad_index, 17);
	/* an odd index, and entry bytes changed without the leaf hash */
	assert_int_equal(store_run(f->s,
			     "UPDATE tlog_entry SET entry = 'x'"
			     " WHERE idx = 9",
			     ""),
	    0);
	assert_int_equal(tlog_verify_store(f->s, &f->k, NULL, 0, &rep), 1);
	assert_int_equal(rep.bad_index, 9);
}

static void
t_verify_reordered(void **state)
{
	struct fx *f = *state;
	struct tlog_report rep;

	build(f);
	untrigger(f->s);
	/* swap 22 and 31 with their leaf hashes */
	forge(f->s, 22, "doc-31");
	forge(f->s, 31, "doc-22");
	assert_int_equal(tlog_verify_store(f->s, &f->k, NULL, 0, &rep), 1);
	assert_int_equal(rep.bad_index, 22);
}

static void
t_verify_truncated(void **state)
{
	struct fx *f = *state;
	struct tlog_report rep;

	build(f);
	untrigger(f->s);
	assert_int_equal(store_run(f->s,
			     "DELETE FROM tlog_entry WHERE idx >="
			     " 33",
			     ""),
	    0);
	assert_int_equal(tlog_verify_store(f->s, &f->k, NULL, 0, &rep), 1);
	assert_int_equal(rep.bad_index, 33);
	assert_non_null(strstr(rep.why, "terpotong"));
	/* a row deleted in the middle */
	assert_int_equal(store_run(f->s,
			     "DELETE FROM tlog_entry WHERE idx ="
			     " 4",
			     ""),
	    0);
	assert_int_equal(tlog_verify_store(f->s, &f->k, NULL, 0, &rep), 1);
	assert_int_equal(rep.bad_index, 4);
}

/* A saved checkpoint from another key, or one the log can't extend. */
static void
t_verify_saved(void **state)
{
	struct fx *f = *state;
	struct tlog_report rep;
	unsigned char root[32];
	char *note;

	build(f);
	memset(root, 1, 32);
	note = tlog_note_sign(&f->k, 20, root); /* a fork at size 20 */
	assert_int_equal(
	    tlog_verify_store(f->s, &f->k, note, strlen(note), &rep), 1);
	assert_true(rep.bad_index >= 0 && rep.bad_index < 20);
	assert_true(rep.bad_upto == 20);
	free(note);
	note = tlog_note_sign(&f->k, 50, root); /* beyond the log */
	assert_int_equal(
	    tlog_verify_store(f->s, &f->k, note, strlen(note), &rep), 1);
	assert_int_equal(rep.bad_index, 40);
	free(note);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(t_key, setup, teardown),
		cmocka_unit_test_setup_teardown(t_note, setup, teardown),
		cmocka_unit_test_setup_teardown(t_tree, setup, teardown),
		cmocka_unit_test_setup_teardown(t_checkpoint, setup, teardown),
		cmocka_unit_test_setup_teardown(t_verify_clean, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(t_verify_changed, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(t_verify_reordered, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(t_verify_truncated, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(t_verify_saved, setup,
		    teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
