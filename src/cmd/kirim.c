/*
 * kirim.c: `pamong kirim --data DIR`: one delivery round of the outbox
 * (for cron; the server runs the same every minute).  Exit 0, or 1 when
 * DATA/kanal.conf is broken or names a misconfigured channel (the other
 * channels are still delivered), or the database fails.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "mod/notifikasi/kirim.h"
#include "store/store.h"
#include "cmd.h"

int
cmd_kirim(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", NULL };
	struct kanal_conf c;
	struct kirim_hasil h;
	struct store *s;
	const char *dir;
	int broken = 0, k, rc;

	opt_only(argc, argv, 1, opts);
	if ((dir = opt_get(argc, argv, "--data")) == NULL)
		usage_error("opsi --data wajib");
	if (kanal_read(dir, &c) != 0) {
		fprintf(stderr, "pamong: %s: %s\n", KANAL_FILE, c.galat);
		broken = 1;
	}
	for (k = 0; k < KANAL_N; k++)
		if (c.keadaan[k] == KANAL_SALAH) {
			fprintf(stderr, "pamong: %s: kanal %s salah: %s\n",
			    KANAL_FILE, kanal_name(k), c.alasan[k]);
			broken = 1;
		}
	s = cmd_open_store(dir);
	memset(&h, 0, sizeof(h));
	rc = kirim_round(s, &c, time(NULL), NULL, &h);
	store_close(s);
	printf("%d terkirim, %d dijadwalkan ulang, %d gagal.\n", h.terkirim,
	    h.ulang, h.gagal);
	return broken || rc != 0 ? 1 : 0;
}
