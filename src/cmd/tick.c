/* tick.c: `pamong tick`: run the SLA escalation timer once (for cron). */
#include <stdio.h>
#include <time.h>

#include "../domain/application.h"
#include "../store/store.h"
#include "cmd.h"

int
cmd_tick(int argc, char **argv)
{
	struct store *s = cmd_open_store(opt_get(argc, argv, "--data"));
	int n;

	n = application_tick(s, time(NULL));
	store_close(s);
	if (n < 0)
		die("eskalasi gagal dijalankan; lihat pesan di atas");
	printf("%d eskalasi dan peringatan batas waktu diterapkan.\n", n);
	return 0;
}
