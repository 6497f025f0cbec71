/* cmd.h: the `pamong` subcommands and their shared helpers. */
#ifndef PAMONG_CMD_H
#define PAMONG_CMD_H

#include <stddef.h>

struct store;

int	cmd_init(int, char **);
int	cmd_serve(int, char **);
int	cmd_migrate(int, char **);
int	cmd_user(int, char **);
int	cmd_wilayah(int, char **);
int	cmd_tick(int, char **);

/* Value of --name in argv, or NULL.  Dies on a flag without its value. */
const char *opt_get(int argc, char **argv, const char *name);
/* Is the flag --name present? */
int	opt_has(int argc, char **argv, const char *name);
/* Directory of the running executable (for pamong.so and data/). */
const char *exe_dir(void);
/* Open DATA's store (migrated); dies with a message on failure. */
struct store *cmd_open_store(const char *dir);
int	cmd_audit(int, char **);
/* === H1 pki === */
/* === end H1 === */
/* === H2 pades === */
/* === end H2 === */
/* === H3 dokumen === */
/* === end H3 === */
/* === H4 spbe === */
/* === end H4 === */
/* === H5 pengaduan === */
/* === end H5 === */
/* === H6 ikm === */
/* === end H6 === */
/* === H7 log === */
/* === end H7 === */
/* === H8 kinerja === */
/* === end H8 === */
/* === H9 audit === */
/* === end H9 === */

/* Print a message to stderr and exit 1. */
void	die(const char *, ...) __attribute__((noreturn, format(printf, 1, 2)));

#endif
