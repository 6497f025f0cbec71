/*
 * kanal.h: the delivery channels' configuration, DATA/kanal.conf (issue
 * 15).  Lines "kunci = nilai"; '#' starts a comment line.  The keys of
 * the contract: smtp_url, smtp_dari, smtp_pengguna, smtp_sandi,
 * smtp_starttls (ya/tidak); wa_mode (cloud/gateway), wa_url, wa_token;
 * sms_url, sms_token.  Pamong's own: smtp_ca (a PEM file of the CA that
 * signed the mail server's certificate, else the system's), wa_template, wa_bahasa (cloud
 * template name and language), email_per_menit, wa_per_menit,
 * sms_per_menit (rate limits, default 60), batas_waktu (seconds per
 * provider call, default 10), webhook_rahasia (the secret path of the
 * status webhooks), alamat_situs (base URL of links in messages).
 * A channel without its URL is off; a channel whose other keys are wrong
 * is "salah" with a reason and the others still work.
 */
#ifndef PAMONG_KANAL_H
#define PAMONG_KANAL_H

#include <stddef.h>

#define KANAL_FILE "kanal.conf"

enum kanal { KANAL_EMAIL, KANAL_WA, KANAL_SMS, KANAL_N };

enum kanal_keadaan { KANAL_MATI, KANAL_AKTIF, KANAL_SALAH };

#define KANAL_STR 512

struct kanal_conf {
	char smtp_url[KANAL_STR], smtp_dari[KANAL_STR];
	char smtp_pengguna[KANAL_STR], smtp_sandi[KANAL_STR];
	char smtp_ca[KANAL_STR];
	int smtp_starttls; /* 1: require STARTTLS */
	int wa_cloud;	   /* 1: wa_mode = cloud, 0: gateway */
	char wa_url[KANAL_STR], wa_token[KANAL_STR];
	char wa_template[KANAL_STR], wa_bahasa[32];
	char sms_url[KANAL_STR], sms_token[KANAL_STR];
	char webhook_rahasia[KANAL_STR], alamat_situs[KANAL_STR];
	int per_menit[KANAL_N];
	int batas_waktu; /* seconds */

	enum kanal_keadaan keadaan[KANAL_N];
	char alasan[KANAL_N][160]; /* why KANAL_SALAH */
	char galat[256];	   /* a broken file: unknown key, bad line */
};

/*
 * Read DIR/kanal.conf into c (a missing file: every channel off).
 * Returns 0, or -1 when the file is broken (c->galat says where; the
 * channels read so far are still usable).  Each channel's state is in
 * c->keadaan, with c->alasan for KANAL_SALAH.
 */
int kanal_read(const char *dir, struct kanal_conf *c);

/* The same from text (tests, the admin page).  0 or -1 as above. */
int kanal_parse(const char *text, struct kanal_conf *c);

/* "email", "whatsapp", "sms"; and back (-1 unknown). */
const char *kanal_name(enum kanal);
int kanal_from_name(const char *);

#endif
