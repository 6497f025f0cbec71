/* cmd.h: the `pamong` subcommands and their shared helpers. */
#ifndef PAMONG_CMD_H
#define PAMONG_CMD_H

#include <stddef.h>
#include <stdio.h>

struct store;

int cmd_init(int, char **);
int cmd_serve(int, char **);
int cmd_migrate(int, char **);
/* `pamong db copy`: SQLite into an empty PostgreSQL database (db.c). */
int cmd_db(int, char **);
int cmd_user(int, char **);
int cmd_wilayah(int, char **);
int cmd_tick(int, char **);
/* `pamong cadangkan` and `pamong pulihkan`: backup, restore (cadangan.c). */
int cmd_cadangkan(int, char **);
int cmd_pulihkan(int, char **);
/* `pamong kirim`: one delivery round of the outbox (kirim.c). */
int cmd_kirim(int, char **);
/* `pamong antrian kios add`, `pamong antrian ucap` (antrian.c). */
int cmd_antrian(int, char **);
/* `pamong izin catat`, `pamong izin cabut`: the permit registry (izin.c). */
int cmd_izin(int, char **);

/* Demo secrets, published in the README (`pamong init --demo`). */
#define DEMO_PASSWORD "Siak-Demo-2026"
#define DEMO_TTE_PASS "Siak-TTE-Demo-2026"
/* The file in DATA that marks a data directory made with --demo. */
#define DEMO_MARK "DEMO"

int cmd_demo(int, char **);
/* `pamong init --demo`: make the demo accounts (staff of a few kampung,
 * a kecamatan, two OPDs and regency roles, and one citizen) that are
 * missing and list them all; dies on failure.  `demo remove` retires the
 * same list (demo.c). */
void demo_accounts(struct store *);
#define DEMO_WARGA "warga.demo"
#define DEMO_ADMIN_ADU "admin.pengaduan"
/* `pamong init --demo`: write DATA/DEMO; dies on failure. */
void demo_mark(const char *dir);
/*
 * `pamong serve --prod`: is this demo data?  The DEMO mark, enabled
 * staff (and demo-named) accounts that accept DEMO_PASSWORD, active
 * signing keys that open with DEMO_TTE_PASS; each finding on stderr.
 * Returns 0 when none; -1 to refuse.  With allow nothing is checked and
 * 0 returned after a warning on stderr (printed at every start).
 * Remembers what it found clean (table demo_periksa).
 */
int demo_check(struct store *, const char *dir, int allow);

/*
 * Command-line checks, at the start of every subcommand.  An error prints
 * "pamong: MESSAGE" and the command's usage lines from the table in
 * pamong.c, and exits 2; --help (or -h) prints the usage and exits 0.
 *
 * opt_args: every argument from argv[first] on must be one of opts
 * (NULL-terminated): "--flag", or "--name=" for an option that takes the
 * next argument as its value (which may not begin with "--"), each at
 * most once; or a positional word (not beginning with '-'), at most
 * maxpos of them, stored in pos.  Returns how many positionals.  So an
 * unknown or misspelt option, a missing value or a stray word is an
 * error, never ignored.  opt_only: the same, with no positionals.
 */
/*
 * Before the migrations of an installation that has data: a backup of
 * its database and keys (documents apart: no migration touches them) in
 * DIR/cadangan/sebelum-migrasi-TIME.tar.gz; dies when it cannot be made,
 * so no migration runs without one (issue 21).  Nothing when no
 * migration is pending.
 */
void cmd_backup_before_migrate(struct store *, const char *dir);

int opt_args(int argc, char **argv, int first, const char *const *opts,
    const char **pos, int maxpos);
void opt_only(int argc, char **argv, int first, const char *const *opts);
/* Print "pamong: MESSAGE" and the command's usage; exit 2. */
void usage_error(const char *, ...)
    __attribute__((noreturn, format(printf, 1, 2)));

/* The usage lines (from the table in pamong.c) of the command being run,
 * set by main() before the command starts. */
void opt_command(const char *usage);
/* Print the current command's usage (stdout when rc is 0, else stderr);
 * exit rc. */
void opt_usage(int rc) __attribute__((noreturn));
/* Print usage u ("a\n b": several lines) as "pamong a" lines to f, each
 * after indent. */
void opt_print_usage(FILE *f, const char *u, const char *indent);

/* Value of --name in argv, or NULL.  A usage error (exit 2) when the
 * flag has no value. */
const char *opt_get(int argc, char **argv, const char *name);
/* Is the flag --name present? */
int opt_has(int argc, char **argv, const char *name);
/* Directory of the running executable. */
const char *exe_dir(void);
/* pamong.so: beside the executable (build tree) or in ../lib/pamong
 * (the package's /usr/lib/pamong).  Caller frees. */
char *module_file(void);
/* The shipped data files: $PAMONG_SEED_DIR, else ../data or ../../data
 * (build tree) or ../share/pamong/data (the package) from the
 * executable.  Caller frees. */
char *share_dir(void);
/* Open DATA's store (migrated); dies with a message on failure. */
struct store *cmd_open_store(const char *dir);
int cmd_audit(int, char **);
int cmd_pki(int, char **);
/* `pamong init`: create DATA/pki when absent (--rsa, --base-url URL). */
void cmd_pki_on_init(const char *dir, int argc, char **argv);
/* `pamong init --demo`: enrol the demo signers (passphrase printed). */
void cmd_pki_demo(struct store *, const char *dir);
/* `pamong verify FILE.pdf [--data DIR]`: exit 0 only for a valid document. */
int cmd_verify(int, char **);
int cmd_spbe(int, char **);
/* Path of a shipped data file in share_dir().  Caller frees. */
char *spbe_data_path(const char *file);
/* `pamong init`: store the default SPBE framework; with demo, add a final
 * 2025 assessment (2.35, marked as demo data) and a 2026 draft once. */
void spbe_init_seed(struct store *, int demo);
int cmd_ikm(int, char **);
/* `pamong sakip capaian`, `pamong akip skor` (sakip.c, issue 22). */
int cmd_sakip(int, char **);
int cmd_akip(int, char **);
int cmd_temuan(int, char **);
int cmd_log(int, char **);
int cmd_sampel(int, char **);
int cmd_nik(int, char **);
/* `pamong ttd backend`: a unit's signer backend (ttd.c, issue 18). */
int cmd_ttd(int, char **);

/* Print a message to stderr and exit 1. */
void die(const char *, ...) __attribute__((noreturn, format(printf, 1, 2)));

#endif
