/*
 * pg_tool.c: run PostgreSQL's own client programs (pg_dump, pg_restore)
 * on the database of a postgresql:// URL (store.h store_pg_tool()).
 */
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lib/buf.h"
#include "lib/xalloc.h"
#include "store.h"

/* url as a conninfo string without its password (in *pass, or NULL). */
static char *
conninfo(const char *url, char **pass)
{
	PQconninfoOption *o, *opts;
	struct buf b = BUF_INIT;
	const char *c;

	*pass = NULL;
	if ((opts = PQconninfoParse(url, NULL)) == NULL)
		return NULL;
	for (o = opts; o->keyword != NULL; o++) {
		if (o->val == NULL || *o->val == '\0')
			continue;
		if (strcmp(o->keyword, "password") == 0) {
			*pass = xstrdup(o->val);
			continue;
		}
		buf_addf(&b, "%s%s='", b.len > 0 ? " " : "", o->keyword);
		for (c = o->val; *c; c++) {
			if (*c == '\'' || *c == '\\')
				buf_addc(&b, '\\');
			buf_addc(&b, *c);
		}
		buf_addc(&b, '\'');
	}
	PQconninfoFree(opts);
	buf_addc(&b, '\0');
	return buf_detach(&b, NULL);
}

int
store_pg_tool(const char *url, const char *const *args)
{
	const char **argv;
	char *ci, *pass;
	size_t n = 0, i;
	pid_t pid;
	int st;

	if ((ci = conninfo(url, &pass)) == NULL)
		return -1;
	while (args[n] != NULL)
		n++;
	argv = xcalloc(n + 3, sizeof(*argv));
	for (i = 0; i < n; i++)
		argv[i] = args[i];
	argv[n] = "-d";
	argv[n + 1] = ci;
	if ((pid = fork()) == 0) {
		if (pass != NULL)
			setenv("PGPASSWORD", pass, 1);
		execvp(argv[0], (char *const *)argv);
		_exit(127);
	}
	free(argv);
	free(ci);
	if (pass != NULL) {
		explicit_bzero(pass, strlen(pass));
		free(pass);
	}
	if (pid < 0)
		return -1;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}
