/* kontak_jam.c: day names and times of day (kontak_jam.h). */
#include <ctype.h>
#include <string.h>

#include "kontak_jam.h"

const char *const kontak_day_names[KONTAK_DAYS] = { "Senin", "Selasa", "Rabu",
	"Kamis", "Jumat", "Sabtu", "Minggu" };

int
kontak_time_parse(const char *s)
{
	int h, m;
	size_t n;

	if (s == NULL)
		return -1;
	n = strlen(s);
	if (n == 4 && isdigit((unsigned char)s[0]) &&
	    (s[1] == ':' || s[1] == '.') && isdigit((unsigned char)s[2]) &&
	    isdigit((unsigned char)s[3])) {
		h = s[0] - '0';
		m = (s[2] - '0') * 10 + (s[3] - '0');
	} else if (n == 5 && isdigit((unsigned char)s[0]) &&
	    isdigit((unsigned char)s[1]) && (s[2] == ':' || s[2] == '.') &&
	    isdigit((unsigned char)s[3]) && isdigit((unsigned char)s[4])) {
		h = (s[0] - '0') * 10 + (s[1] - '0');
		m = (s[3] - '0') * 10 + (s[4] - '0');
	} else
		return -1;
	if (h > 23 || m > 59)
		return -1;
	return h * 60 + m;
}

void
kontak_time_format(int minutes, char out[6])
{
	if (minutes < 0 || minutes >= 24 * 60) {
		out[0] = '\0';
		return;
	}
	out[0] = (char)('0' + minutes / 600);
	out[1] = (char)('0' + minutes / 60 % 10);
	out[2] = '.';
	out[3] = (char)('0' + minutes % 60 / 10);
	out[4] = (char)('0' + minutes % 10);
	out[5] = '\0';
}
