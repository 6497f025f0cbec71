/* jobs.c: the one list of timed jobs, for the server and `pamong tick`. */
#include <stdio.h>

#include "kernel/module.h"

int
jobs_run(struct store *s, const char *data_dir, time_t now, int *applied)
{
	const struct module *const *m;
	const struct job *j;
	int rc = 0, n, sum = 0;

	for (m = modules; *m != NULL; m++) {
		if ((*m)->jobs == NULL)
			continue;
		for (j = (*m)->jobs; j->name != NULL; j++) {
			if ((n = j->run(s, data_dir, now)) < 0) {
				fprintf(stderr, "pamong: tugas %s gagal\n",
				    j->name);
				rc = -1;
			} else
				sum += n;
		}
	}
	if (applied != NULL)
		*applied = sum;
	return rc;
}
