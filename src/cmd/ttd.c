/*
 * ttd.c: `pamong ttd backend --data DIR --unit CODE [--layanan KODE]
 * lokal|bsre|unit`: choose the signer backend of a unit, or with
 * --layanan of one service's letters at that unit (`unit`: clear that
 * choice, the unit's applies) (issue 18; doc/bsre.md), audited as
 * "ttd.backend".  Choosing bsre needs a valid DATA/bsre.conf.  Exit 0;
 * 1 when the unit or service is unknown or bsre.conf is missing or
 * broken; 2 usage (`unit` without --layanan included).
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "mod/bsre/bsre.h"
#include "store/store.h"
#include "cmd.h"

int
cmd_ttd(int argc, char **argv)
{
	static const char *const opts[] = { "--data=", "--unit=", "--layanan=",
		NULL };
	const char *pos[2], *dir, *unit, *lay;
	char err[512];
	struct store *s;
	int64_t id, lid;
	int b, n;

	if (argc < 2 || strcmp(argv[1], "backend") != 0)
		usage_error("perintah ttd yang dikenal: backend");
	n = opt_args(argc, argv, 2, opts, pos, 1);
	if ((dir = opt_get(argc, argv, "--data")) == NULL)
		usage_error("opsi --data wajib");
	if ((unit = opt_get(argc, argv, "--unit")) == NULL)
		usage_error("opsi --unit wajib");
	lay = opt_get(argc, argv, "--layanan");
	if (n != 1 ||
	    ((b = bsre_backend_parse(pos[0])) < 0 &&
		(lay == NULL || strcmp(pos[0], "unit") != 0)))
		usage_error(lay != NULL ? "sebutkan lokal, bsre, atau unit"
					: "sebutkan lokal atau bsre");
	s = cmd_open_store(dir);
	id = bsre_unit_id(s, unit);
	if (id <= 0) {
		fprintf(stderr, "pamong: unit %s tidak dikenal\n", unit);
		store_close(s);
		return 1;
	}
	if (lay != NULL) {
		if ((lid = bsre_layanan_id(s, lay)) <= 0) {
			fprintf(stderr, "pamong: layanan %s tidak dikenal\n",
			    lay);
			store_close(s);
			return 1;
		}
		if (bsre_backend_layanan_set(s, dir, id, unit, lid, lay, b,
			NULL, "cli", time(NULL), err, sizeof(err)) != 0) {
			fprintf(stderr, "pamong: %s\n", err);
			store_close(s);
			return 1;
		}
		store_close(s);
		if (b < 0)
			printf("Layanan %s di unit %s mengikuti cara tanda"
			       " tangan unit.\n",
			    lay, unit);
		else
			printf("Layanan %s di unit %s menandatangani dengan"
			       " %s.\n",
			    lay, unit, bsre_backend_name((enum bsre_backend)b));
		return 0;
	}
	if (bsre_backend_set(s, dir, id, (enum bsre_backend)b, NULL, "cli",
		time(NULL), err, sizeof(err)) != 0) {
		fprintf(stderr, "pamong: %s\n", err);
		store_close(s);
		return 1;
	}
	store_close(s);
	printf("Unit %s menandatangani dengan %s.\n", unit,
	    bsre_backend_name((enum bsre_backend)b));
	return 0;
}
