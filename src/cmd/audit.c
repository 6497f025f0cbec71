/* audit.c: `pamong audit verify|head`: check the hash-chained audit trail. */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mod/audit/audit.h"
#include "store/store.h"
#include "cmd.h"

/*
 * pamong audit head --data DIR: print "ID HASH" of the last event (save it
 * off the machine; `verify --head` checks it later).
 * pamong audit verify --data DIR [--head ID:HASH]: exit 0 intact, 1
 * tampered (the first bad event is named), 2 storage error.
 */
int
cmd_audit(int argc, char **argv)
{
	static const char *const vopts[] = { "--data=", "--head=", NULL };
	static const char *const hopts[] = { "--data=", NULL };
	const char *sub, *head;
	struct audit_check c;
	struct store *s;
	int64_t hid = 0;
	char hhex[65] = "";
	int rc;

	if (argc < 2)
		usage_error("subperintah wajib");
	sub = argv[1];
	if (strcmp(sub, "verify") != 0 && strcmp(sub, "head") != 0)
		usage_error("subperintah tidak dikenal: %s", sub);
	opt_only(argc, argv, 2, strcmp(sub, "verify") == 0 ? vopts : hopts);
	head = opt_get(argc, argv, "--head");
	if (head != NULL &&
	    (sscanf(head, "%" SCNd64 ":%64[0-9a-f]", &hid, hhex) != 2 ||
		hid <= 0 || strlen(hhex) != 64))
		die("--head harus berbentuk ID:HASH (keluaran pamong audit"
		    " head)");
	s = cmd_open_store(opt_get(argc, argv, "--data"));
	rc = audit_verify(s, hid, head != NULL ? hhex : NULL, &c);
	store_close(s);
	if (rc < 0) {
		fprintf(stderr, "pamong: jejak audit tidak dapat dibaca\n");
		return 2;
	}
	if (strcmp(sub, "head") == 0) {
		if (c.head[0] == '\0')
			die("jejak audit belum berantai");
		printf("%" PRId64 ":%s\n", c.last_id, c.head);
		return rc == 0 ? 0 : 1;
	}
	printf("Peristiwa audit: %" PRId64 "\n", c.events);
	if (c.chain_start > 0)
		printf("Rantai hash mulai pada peristiwa %" PRId64 "\n",
		    c.chain_start);
	if (rc == 1) {
		printf("RUSAK: peristiwa %" PRId64 ": %s\n", c.bad_id,
		    c.problem);
		return 1;
	}
	printf("Kepala rantai: %" PRId64 ":%s\n", c.last_id, c.head);
	printf("UTUH: jejak audit tidak berubah.\n");
	return 0;
}
