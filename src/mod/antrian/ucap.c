/* ucap.c: Indonesian words for the spoken queue call (see ucap.h). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "ucap.h"

static const char *const satuan[] = { "nol", "satu", "dua", "tiga", "empat",
	"lima", "enam", "tujuh", "delapan", "sembilan" };

/* Append word w (after a space unless first) to out; -1 if it does not fit. */
static int
tambah(char *out, size_t size, size_t *len, const char *w)
{
	size_t n = strlen(w), sep = *len > 0 ? 1 : 0;

	if (*len + sep + n + 1 > size)
		return -1;
	if (sep)
		out[(*len)++] = ' ';
	memcpy(out + *len, w, n + 1);
	*len += n;
	return 0;
}

/* Words of 1..99 appended to out. */
static int
puluhan(int n, char *out, size_t size, size_t *len)
{
	if (n < 10)
		return tambah(out, size, len, satuan[n]);
	if (n == 10)
		return tambah(out, size, len, "sepuluh");
	if (n == 11)
		return tambah(out, size, len, "sebelas");
	if (n < 20)
		return tambah(out, size, len, satuan[n - 10]) ||
			tambah(out, size, len, "belas")
		    ? -1
		    : 0;
	if (tambah(out, size, len, satuan[n / 10]) ||
	    tambah(out, size, len, "puluh"))
		return -1;
	return n % 10 ? tambah(out, size, len, satuan[n % 10]) : 0;
}

int
antrian_terbilang(int n, char *out, size_t size)
{
	size_t len = 0;
	int rc = 0;

	if (out == NULL || size == 0)
		return -1;
	out[0] = '\0';
	if (n < 0 || n > 999)
		return -1;
	if (n == 0)
		rc = tambah(out, size, &len, "nol");
	else {
		if (n >= 200)
			rc = tambah(out, size, &len, satuan[n / 100]) ||
				tambah(out, size, &len, "ratus")
			    ? -1
			    : 0;
		else if (n >= 100)
			rc = tambah(out, size, &len, "seratus");
		if (rc == 0 && n % 100)
			rc = puluhan(n % 100, out, size, &len);
	}
	if (rc != 0) {
		out[0] = '\0';
		return -1;
	}
	return (int)len;
}

const char *
antrian_eja(char c)
{
	static const char *const huruf[26] = { "A", "Be", "Ce", "De", "E", "Ef",
		"Ge", "Ha", "I", "Je", "Ka", "El", "Em", "En", "O", "Pe", "Ki",
		"Er", "Es", "Te", "U", "Fe", "We", "Eks", "Ye", "Zet" };
	unsigned char u = (unsigned char)c;

	if (u >= '0' && u <= '9')
		return satuan[u - '0'];
	if (u < 128 && isalpha(u))
		return huruf[toupper(u) - 'A'];
	return NULL;
}

int
antrian_kalimat(const char *nomor, int loket, char *out, size_t size)
{
	char kata[64];
	const char *p, *w;
	size_t len = 0, n;

	if (out == NULL || size == 0)
		return -1;
	out[0] = '\0';
	if (nomor == NULL || (n = strlen(nomor)) == 0 || n > 8 ||
	    antrian_terbilang(loket, kata, sizeof(kata)) < 0 || loket < 1)
		return -1;
	if (tambah(out, size, &len, "Nomor antrean"))
		goto fail;
	for (p = nomor; *p; p++) {
		if (*p == '-' && p != nomor && p[1] != '\0')
			continue;
		if ((w = antrian_eja(*p)) == NULL || tambah(out, size, &len, w))
			goto fail;
	}
	if (len + 1 >= size)
		goto fail;
	out[len++] = ',';
	out[len] = '\0';
	if (tambah(out, size, &len, "silakan menuju loket") ||
	    tambah(out, size, &len, kata))
		goto fail;
	return (int)len;
fail:
	out[0] = '\0';
	return -1;
}
