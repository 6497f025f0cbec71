/*
 * templat.h: message templates as data, per event and channel (issue
 * 15).  A template is a short Indonesian text with the placeholders
 * {pesan} (the notification's own text: the nomor, the code ...) and
 * {tautan} (its link under alamat_situs), and for WhatsApp the name of
 * the Cloud API template it maps to.  Every save is a new version
 * (notif_templat); the newest is used when a message is sent.  No
 * template: the text, then the link.
 */
#ifndef PAMONG_TEMPLAT_H
#define PAMONG_TEMPLAT_H

#include <stdint.h>
#include <time.h>

#include "lib/form.h"

struct store;

#define TEMPLAT_MAX 1000 /* characters of a template's text */

/* An event that has templates. */
struct templat_event {
	const char *name;  /* "permohonan.selesai" */
	const char *label; /* for the admin page */
};
/* Every event, NULL-terminated. */
extern const struct templat_event templat_events[];

/* Is name one of templat_events? */
int templat_event_known(const char *name);

/*
 * teks with {pesan} and {tautan} replaced (each as often as it occurs;
 * other text as it is).  Caller frees.
 */
char *templat_render(const char *teks, const char *pesan, const char *tautan);

/*
 * The newest template of event for channel: *teks and *wa (owned; NULL
 * when none).  1 found, 0 none, -1 storage error.
 */
int templat_get(struct store *, const char *event, const char *channel,
    char **teks, char **wa);

/*
 * Save a new version by actor (checked: a known event and channel, a
 * text of 1..TEMPLAT_MAX characters holding {pesan}, a Cloud API name of
 * [a-z0-9_] only), with its audit event.  0; -1 with fe; -2 storage.
 */
int templat_save(struct store *, const char *event, const char *channel,
    const char *teks, const char *wa, int64_t actor_id, const char *addr,
    time_t now, struct field_errs *fe);

#endif
