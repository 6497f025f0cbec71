/* tick.c: `pamong tick`: run the modules' timed jobs once (for cron). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "kernel/module.h"
#include "mod/alur/workday.h"
#include "store/store.h"
#include "cmd.h"

int
cmd_tick(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--now=", NULL };
	struct store *s;
	const char *at;
	time_t now = time(NULL);
	struct tm tm;
	int n, rc, y, mo, d;

	opt_only(argc, argv, 1, opts);
	s = cmd_open_store(opt_get(argc, argv, "--data"));
	at = opt_get(argc, argv, "--now");

	/* --now YYYY-MM-DD: run as at 09:00 WIB that day (tests, catch-up) */
	if (at != NULL) {
		if (date_parse(at, &y, &mo, &d) != 0)
			die("--now harus tanggal YYYY-MM-DD");
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = y - 1900;
		tm.tm_mon = mo - 1;
		tm.tm_mday = d;
		tm.tm_hour = 2; /* 09:00 WIB */
		now = timegm(&tm);
	}
	/* the modules' jobs, the same list the server runs every minute */
	rc = jobs_run(s, opt_get(argc, argv, "--data"), now, &n);
	store_close(s);
	if (rc != 0)
		die("eskalasi gagal dijalankan; lihat pesan di atas");
	printf("%d eskalasi dan peringatan batas waktu diterapkan.\n", n);
	return 0;
}
