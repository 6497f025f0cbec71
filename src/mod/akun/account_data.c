/* account_data.c: the roles, their names and labels (account_data.h). */
#include <stddef.h>
#include <string.h>

#include "account_data.h"

static const struct {
	unsigned bit;
	const char *name;
	const char *label;
} roles[] = {
	{ ROLE_WARGA, "warga", "Warga" },
	{ ROLE_OPERATOR, "operator", "Operator" },
	{ ROLE_VERIFIKATOR, "verifikator", "Verifikator" },
	{ ROLE_PENANDATANGAN, "penandatangan", "Penandatangan" },
	{ ROLE_KEPALA, "kepala", "Kepala Unit" },
	{ ROLE_ADMIN, "admin", "Admin Unit" },
	{ ROLE_INSPEKTORAT, "inspektorat", "Inspektorat" },
	{ ROLE_KOORDINATOR_SPBE, "koordinator_spbe", "Koordinator SPBE" },
	{ ROLE_PIMPINAN, "pimpinan", "Pimpinan" },
	{ ROLE_SUPERADMIN, "superadmin", "Superadmin" },
	{ ROLE_ADMIN_PENGADUAN, "admin_pengaduan", "Admin Pengaduan" },
	{ ROLE_PETUGAS_LOKET, "petugas_loket", "Petugas Loket MPP" },
};
#define NROLES (sizeof(roles) / sizeof(roles[0]))

unsigned
role_parse(const char *name)
{
	size_t i;

	for (i = 0; i < NROLES; i++)
		if (strcmp(roles[i].name, name) == 0)
			return roles[i].bit;
	return 0;
}

const char *
role_name(unsigned bit)
{
	size_t i;

	for (i = 0; i < NROLES; i++)
		if (roles[i].bit == bit)
			return roles[i].name;
	return NULL;
}

const char *
role_label(unsigned bit)
{
	size_t i;

	for (i = 0; i < NROLES; i++)
		if (roles[i].bit == bit)
			return roles[i].label;
	return NULL;
}

unsigned
role_parse_list(const char *list)
{
	char name[32];
	const char *p, *comma;
	unsigned bits = 0, bit;
	size_t n;

	if (list == NULL || *list == '\0')
		return 0;
	for (p = list;; p = comma + 1) {
		comma = strchr(p, ',');
		n = comma ? (size_t)(comma - p) : strlen(p);
		if (n == 0 || n >= sizeof(name))
			return 0;
		memcpy(name, p, n);
		name[n] = '\0';
		if ((bit = role_parse(name)) == 0)
			return 0;
		bits |= bit;
		if (comma == NULL)
			break;
	}
	return bits;
}
