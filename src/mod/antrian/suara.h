/*
 * suara.h: the spoken call as audio (issue 16).  `pamong antrian suara
 * siapkan` records every word the sentences use (antrian_kalimat(): the
 * fixed words, letter names, digits, number words) once with espeak-ng
 * (Indonesian voice) as DATA/suara/kata/<word>.wav; the server joins the
 * words of a call into one WAV, cached as DATA/suara/<sha256>.wav, so
 * every display plays the same file and the server never runs a program
 * (its workers run under seccomp).
 */
#ifndef PAMONG_ANTRIAN_SUARA_H
#define PAMONG_ANTRIAN_SUARA_H

#include <stddef.h>

#include "lib/buf.h"

/* Every word a sentence may use, NULL-terminated, and how many. */
extern const char *const antrian_suara_kata[];
int antrian_suara_n(void);

/*
 * Join WAV files (RIFF, PCM, all of one format) given as buffers into
 * out as one WAV; a NULL entry inserts a pause of 200 ms.  Returns 0,
 * or -1 when a part is not such a WAV or the formats differ (out is
 * left as it was).
 */
int antrian_wav_join(const struct buf *const *parts, size_t n, struct buf *out);

/*
 * The WAV of the call of ticket nomor to counter loket into out, from
 * the word files under data_dir/suara/kata; read from and kept in the
 * cache data_dir/suara only when simpan is 1 (a call that happened, so
 * that made-up numbers cannot fill the disk).
 * Returns 0; 1 bad nomor or loket; 2 a word file is missing (run
 * `pamong antrian suara siapkan`); -1 on a file or format error.
 */
int antrian_suara(const char *data_dir, const char *nomor, int loket,
    int simpan, struct buf *out);

/*
 * Record every word of antrian_suara_kata with the program espeak (e.g.
 * "espeak-ng") in voice "id" under data_dir/suara/kata, skipping words
 * already there.  Returns the number recorded, or -1 (a message on
 * stderr).  For the CLI only: it runs a program.
 */
int antrian_suara_siapkan(const char *data_dir, const char *espeak);

#endif
