/*
 * batch.h: the one write path for submissions (issue 3, issue 13 rule 5).
 *
 * Applications, corrections, officers' actions, complaints and survey
 * answers are each a job.  store_batch() runs many jobs together: it
 * checks them, stages their files, makes every staged file durable with
 * one sync of the file system, then writes every job's rows in one
 * transaction, each job under its own savepoint, so a job that fails
 * leaves the others alone.  The module that owns a job supplies its
 * hooks; the batch knows nothing of what a job writes.
 */
#ifndef PAMONG_BATCH_H
#define PAMONG_BATCH_H

struct store;

/*
 * One submission.  A module embeds it (usually as the first member of its
 * own structure) and fills the hooks; NULL hooks are skipped.
 *
 * check: reads, outside the transaction.  0 to go on; anything else
 *	finishes the job here (its answer set: invalid input, an idempotent
 *	replay); nothing of it is written.
 * stage: writes the job's files without syncing them.  Returns how many
 *	it wrote (0 or more), or -1 (then fail is called with files 1).
 * apply: inside the shared transaction, under the job's own savepoint:
 *	its rows and its audit event.  0 keeps them; 1 undoes them and
 *	finishes the job (its answer set: e.g. the case moved meanwhile);
 *	-1 undoes them and calls fail with files 0.
 * fail: a storage failure (files: while storing its files or syncing
 *	them); nothing of the job is committed.  Sets the job's answer.
 *	The server also calls it (files 0) for every job of a lazy batch
 *	whose commit could not be made durable (the next sync failed): a
 *	job already finished with a refusal keeps that answer.
 * end: called once for every job when the batch is done with it, to
 *	free what check allocated.
 */
struct store_job {
	int (*check)(struct store *, struct store_job *);
	int (*stage)(const char *data_dir, struct store_job *);
	int (*apply)(struct store *, struct store_job *);
	void (*fail)(struct store_job *, int files);
	void (*end)(struct store_job *);
};

/*
 * Run n jobs as one batch: check each, stage the files of those still
 * live, one file-system sync (store_sync()) for all of them, then one
 * transaction for all their rows, a savepoint per job.  Files are always
 * durable before the transaction that names them begins.
 *
 * lazy == 0: the transaction is committed durably; a job that did not
 * fail is on disk when this returns.  lazy == 1 (the server's group
 * commit): the sync is done even with no files, and the transaction is
 * committed without waiting for the disk (SQLite synchronous=NORMAL), so
 * a job that did not fail is durable only after the next store_sync() --
 * typically the next batch's, which therefore also makes every earlier
 * lazy batch durable.  Returns 0, or -1 when the sync at the start failed
 * (then no earlier lazy batch may be taken as durable either; this
 * batch's live jobs fail).  A caller without a server runs a batch of
 * one with lazy == 0.
 */
int store_batch(struct store *, const char *data_dir, struct store_job **jobs,
    int n, int lazy);

/*
 * Make every file written under data_dir durable, data and directory
 * entries: one syncfs(2) of the file system holding it.  0, or -1 (errno
 * set).
 */
int store_sync(const char *data_dir);

#endif
