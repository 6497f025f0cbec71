/* user.c: `pamong user add` and `pamong user list`. */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "mod/akun/account.h"
#include "mod/notifikasi/notify.h"
#include "store/store.h"
#include "cmd.h"

static int
user_add(int argc, char **argv)
{
	struct account_new n;
	struct field_errs fe;
	struct store *s;
	char pw[256];
	size_t len;
	int64_t id;
	int i;
	static const char *const opts[] = { "--data=", "--username=", "--role=",
		"--unit=", "--nik=", "--name=", "--phone=", "--email=",
		"--warga=", "--password-stdin", NULL };

	opt_only(argc, argv, 1, opts);
	if (!opt_has(argc, argv, "--password-stdin"))
		die("kata sandi hanya dibaca dari stdin: tambahkan"
		    " --password-stdin");
	memset(&n, 0, sizeof(n));
	n.username = opt_get(argc, argv, "--username");
	n.roles = opt_get(argc, argv, "--role");
	n.unit_code = opt_get(argc, argv, "--unit");
	n.nik = opt_get(argc, argv, "--nik");
	n.full_name = opt_get(argc, argv, "--name");
	n.phone = opt_get(argc, argv, "--phone");
	n.email = opt_get(argc, argv, "--email");
	n.nik_verified = 1; /* the administrator vouches for --nik */
	n.warga = opt_get(argc, argv, "--warga"); /* issue 12 item 5 */
	if (n.username == NULL || n.roles == NULL)
		die("opsi --username dan --role wajib");
	if (fgets(pw, sizeof(pw), stdin) == NULL)
		die("kata sandi tidak terbaca dari stdin");
	len = strcspn(pw, "\r\n");
	pw[len] = '\0';
	n.password = pw;
	s = cmd_open_store(opt_get(argc, argv, "--data"));
	memset(&fe, 0, sizeof(fe));
	i = account_create(s, &n, 0, "cli", &fe, &id);
	sodium_memzero(pw, sizeof(pw));
	/* contacts given by an administrator count as verified (issue 15) */
	if (i == 0 && notify_contact_trust(s, id) != 0) {
		store_close(s);
		die("akun %s dibuat, tetapi kontaknya gagal dicatat"
		    " terverifikasi",
		    n.username);
	}
	store_close(s);
	if (i != 0) {
		for (i = 0; i < fe.n; i++)
			fprintf(stderr, "pamong: %s: %s\n", fe.e[i].field,
			    fe.e[i].msg);
		return 1;
	}
	printf("Akun %s dibuat (id %lld).\n", n.username, (long long)id);
	return 0;
}

/* One line of `pamong user list`. */
static void
list_line(void *arg, const char *username, const char *roles, const char *unit,
    const char *full_name, int disabled)
{
	(void)arg;
	printf("%-24s %-28s %-16s %-8s %s\n", username, roles, unit,
	    disabled ? "nonaktif" : "aktif", full_name);
}

static int
user_list(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", NULL };
	struct store *s;

	opt_only(argc, argv, 1, opts);
	s = cmd_open_store(opt_get(argc, argv, "--data"));
	printf("%-24s %-28s %-16s %-8s %s\n", "PENGGUNA", "PERAN", "UNIT",
	    "STATUS", "NAMA");
	(void)account_each(s, list_line, NULL);
	store_close(s);
	return 0;
}

int
cmd_user(int argc, char **argv)
{
	if (argc < 2)
		usage_error("subperintah wajib");
	if (strcmp(argv[1], "add") == 0)
		return user_add(argc - 1, argv + 1);
	if (strcmp(argv[1], "list") == 0)
		return user_list(argc - 1, argv + 1);
	usage_error("subperintah tidak dikenal: %s", argv[1]);
}
