/*
 * kirim_int.h: what the delivery loop (kirim.c) and the senders
 * (send_http.c, send_smtp.c) share, private to the module.
 */
#ifndef PAMONG_KIRIM_INT_H
#define PAMONG_KIRIM_INT_H

#include <stddef.h>
#include <stdint.h>

#include "kanal.h"

/* One claimed outbox row. */
struct pesan {
	int64_t id;
	int channel; /* enum kanal */
	char *recipient, *subject, *body, *link;
	int attempts; /* including this one */
	int64_t account_id;
	char *event;	   /* "" or one of templat.h */
	char *wa_template; /* the event's Cloud API template, or NULL */
};

/* What a provider said. */
enum kirim_rc {
	KIRIM_OK,    /* taken; id may name it for status webhooks */
	KIRIM_ULANG, /* temporary (timeout, 5xx, 429): try again later */
	KIRIM_GAGAL  /* permanent (4xx, refused address): never again */
};

/* The text of m as sent: body, the link under c->alamat_situs, and for a
 * person's message the line to opt out (/akun/notifikasi). */
char *send_text(const struct kanal_conf *c, const struct pesan *m);

/*
 * Send m over WhatsApp (gateway or cloud shape) or SMS, with c's timeout.
 * id (idlen) gets the provider's message id ("" when none), why (whylen)
 * the reason of a failure.
 */
enum kirim_rc send_http(const struct kanal_conf *c, const struct pesan *m,
    char *id, size_t idlen, char *why, size_t whylen);

/* Send m as e-mail over SMTP (text + HTML); id gets the Message-ID. */
enum kirim_rc send_smtp(const struct kanal_conf *c, const struct pesan *m,
    char *id, size_t idlen, char *why, size_t whylen);

/* "62..." from "08...", "+62..." or "62..."; into out (outlen). */
void send_phone(const char *in, char *out, size_t outlen);

#endif
