/* app.h: open and close the per-process application context. */
#ifndef PAMONG_APP_H
#define PAMONG_APP_H

#include "req.h"

#define APP_DB "pamong.db"
#define APP_SECRET "secret.key"

/*
 * Open DIR's database (DIR/pamong.db, or the PostgreSQL URL of
 * DIR/db.conf: store_locate()), migrating it if needed, and read
 * DIR/secret.key.
 * Returns 0, or -1 with a message on stderr.
 */
int app_open(struct app *, const char *dir);
void app_close(struct app *);

/* Create DIR/secret.key with 32 random bytes if it does not exist. */
int app_make_secret(const char *dir);

#endif
