/*
 * sehat.h: the health of one app server (issue 21), for load balancers
 * and monitoring: GET /sehat.  No secrets, no personal data, no paths.
 */
#ifndef PAMONG_SEHAT_H
#define PAMONG_SEHAT_H

#include <jansson.h>
#include <time.h>

struct store;

/* How a check came out, worst last. */
enum sehat_tingkat { SEHAT_BAIK, SEHAT_PERHATIAN, SEHAT_GANGGUAN };

/* The thresholds. */
#define SEHAT_DISK_KRITIS_MB 100   /* free space below: gangguan */
#define SEHAT_DISK_KRITIS_PERSEN 2 /* or below this share: gangguan */
#define SEHAT_DISK_PERSEN 10	   /* below: perhatian */
#define SEHAT_ANTRE_DETIK 900	   /* a due message older: perhatian */
#define SEHAT_CADANGAN_JAM 26	   /* no full backup for longer: perhatian */

/*
 * Check the database (s), the free space of data_dir, the notification
 * queue of each configured channel and the age of the last full backup
 * at now.  The JSON of every check into *out (new reference); returns
 * the worst level: GANGGUAN only for what stops the server serving (no
 * database, no disk space).
 */
enum sehat_tingkat sehat_periksa(struct store *s, const char *data_dir,
    time_t now, json_t **out);

#endif
