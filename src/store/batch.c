/*
 * batch.c: the group commit of jobs (batch.h): one file-system sync and
 * one transaction for a whole batch of submissions.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "lib/xalloc.h"
#include "batch.h"
#include "store.h"

int
store_sync(const char *data_dir)
{
	int fd, rc, saved;

	if ((fd = open(data_dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -1;
	rc = syncfs(fd);
	saved = errno;
	close(fd);
	errno = saved;
	return rc;
}

/* Job j failed with a storage error: it is no longer live. */
static void
job_fail(struct store_job *j, int files, char *live)
{
	if (j->fail != NULL)
		j->fail(j, files);
	*live = 0;
}

/* Check every job, stage the live ones' files: how many files, in all. */
static int
batch_prepare(struct store *s, const char *data_dir, struct store_job **jobs,
    int n, char *live)
{
	int i, k, files = 0;

	for (i = 0; i < n; i++)
		live[i] =
		    jobs[i]->check == NULL || jobs[i]->check(s, jobs[i]) == 0;
	for (i = 0; i < n; i++) {
		if (!live[i] || jobs[i]->stage == NULL)
			continue;
		if ((k = jobs[i]->stage(data_dir, jobs[i])) < 0)
			job_fail(jobs[i], 1, &live[i]);
		else
			files += k;
	}
	return files;
}

/* The rows of every live job: one transaction, a savepoint per job. */
static void
batch_apply(struct store *s, struct store_job **jobs, int n, char *live)
{
	int i, rc;

	if (store_begin(s) != 0) {
		for (i = 0; i < n; i++)
			if (live[i])
				job_fail(jobs[i], 0, &live[i]);
		return;
	}
	for (i = 0; i < n && store_in_tx(s); i++) {
		if (!live[i])
			continue;
		if (store_savepoint(s) != 0) {
			store_undo(s);
			job_fail(jobs[i], 0, &live[i]);
			continue;
		}
		rc = jobs[i]->apply != NULL ? jobs[i]->apply(s, jobs[i]) : 0;
		if (rc != 0) {
			store_undo(s);
			if (rc < 0)
				job_fail(jobs[i], 0, &live[i]);
			else
				live[i] = 0; /* finished, nothing kept */
		} else if (store_release(s) != 0) {
			store_rollback(s); /* the others fail below */
		}
	}
	if (!store_in_tx(s) || store_commit(s) != 0)
		for (i = 0; i < n; i++)
			if (live[i])
				job_fail(jobs[i], 0, &live[i]);
}

int
store_batch(struct store *s, const char *data_dir, struct store_job **jobs,
    int n, int lazy)
{
	char *live = xcalloc((size_t)(n > 0 ? n : 1), 1);
	int i, nlive = 0, files, synced;

	files = batch_prepare(s, data_dir, jobs, n, live);
	synced = (files > 0 || lazy) ? store_sync(data_dir) : 0;
	for (i = 0; i < n; i++)
		if (live[i] && synced != 0)
			job_fail(jobs[i], 1, &live[i]);
		else
			nlive += live[i];
	if (nlive > 0 && lazy && store_durable(s, 0) != 0)
		lazy = 0; /* commit durably then */
	if (nlive > 0)
		batch_apply(s, jobs, n, live);
	if (nlive > 0 && lazy && store_durable(s, 1) != 0)
		BUG("cannot make the store durable again");
	for (i = 0; i < n; i++)
		if (jobs[i]->end != NULL)
			jobs[i]->end(jobs[i]);
	free(live);
	return synced == 0 ? 0 : -1;
}
