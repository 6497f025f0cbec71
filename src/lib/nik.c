/* nik.c: Indonesian NIK validation and birth-date extraction. */
#include <string.h>

#include "msg.h"
#include "nik.h"

/* The 38 current province codes (wilayah-indonesia.csv, level provinsi). */
static const char *const provinces[] = {
	"11",
	"12",
	"13",
	"14",
	"15",
	"16",
	"17",
	"18",
	"19",
	"21",
	"31",
	"32",
	"33",
	"34",
	"35",
	"36",
	"51",
	"52",
	"53",
	"61",
	"62",
	"63",
	"64",
	"65",
	"71",
	"72",
	"73",
	"74",
	"75",
	"76",
	"81",
	"82",
	"91",
	"92",
	"93",
	"94",
	"95",
	"96",
};

static int
two(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

static int
province_known(const char *nik)
{
	size_t i;

	for (i = 0; i < sizeof(provinces) / sizeof(provinces[0]); i++)
		if (nik[0] == provinces[i][0] && nik[1] == provinces[i][1])
			return 1;
	return 0;
}

const char *
nik_check(const char *nik)
{
	size_t i, len;
	int day, month;

	if (nik == NULL || *nik == '\0')
		return msg(M_NIK_REQUIRED);
	len = strlen(nik);
	if (len != NIK_LEN)
		return msg(M_NIK_LENGTH);
	for (i = 0; i < len; i++)
		if (nik[i] < '0' || nik[i] > '9')
			return msg(M_NIK_DIGITS);
	if (!province_known(nik))
		return msg(M_NIK_PROVINCE);
	if (nik[2] == '0' && nik[3] == '0')
		return msg(M_NIK_KABUPATEN);
	day = two(nik + 6);
	if (day > 40)
		day -= 40;
	if (day < 1 || day > 31)
		return msg(M_NIK_DAY);
	month = two(nik + 8);
	if (month < 1 || month > 12)
		return msg(M_NIK_MONTH);
	if (memcmp(nik + 12, "0000", 4) == 0)
		return msg(M_NIK_SERIAL);
	return NULL;
}

int
nik_birthdate(const char *nik, int *day, int *month, int *yy, int *female)
{
	int d;

	if (nik_check(nik) != NULL)
		return -1;
	d = two(nik + 6);
	if (day != NULL)
		*day = d > 40 ? d - 40 : d;
	if (female != NULL)
		*female = d > 40;
	if (month != NULL)
		*month = two(nik + 8);
	if (yy != NULL)
		*yy = two(nik + 10);
	return 0;
}
