/* tick.c: `pamong tick`: run the SLA escalation timer once (for cron). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "../domain/application.h"
#include "../domain/pengaduan.h"
#include "../domain/workday.h"
#include "../store/store.h"
#include "cmd.h"

int
cmd_tick(int argc, char **argv)
{
	struct store *s = cmd_open_store(opt_get(argc, argv, "--data"));
	const char *at = opt_get(argc, argv, "--now");
	time_t now = time(NULL);
	struct tm tm;
	int n, m, y, mo, d;

	/* --now YYYY-MM-DD: run as at 09:00 WIB that day (tests, catch-up) */
	if (at != NULL) {
		if (date_parse(at, &y, &mo, &d) != 0)
			die("--now harus tanggal YYYY-MM-DD");
		memset(&tm, 0, sizeof(tm));
		tm.tm_year = y - 1900;
		tm.tm_mon = mo - 1;
		tm.tm_mday = d;
		tm.tm_hour = 2;		/* 09:00 WIB */
		now = timegm(&tm);
	}
	n = application_tick(s, now);
	m = pengaduan_tick(s, now);
	cmd_pki_tick(s, opt_get(argc, argv, "--data"));	/* H1: CRL */
	store_close(s);
	if (n < 0 || m < 0)
		die("eskalasi gagal dijalankan; lihat pesan di atas");
	n += m;
	printf("%d eskalasi dan peringatan batas waktu diterapkan.\n", n);
	return 0;
}
