/*
 * sinonim.h: the catalog search's everyday words (issue 19 item 13):
 * data/sinonim.txt, compiled in (scripts/embed-lines.sh), turns the
 * user's words into a full-text query where each istilah also finds its
 * padanan ("akte" finds "akta", "kk" finds "kartu keluarga").
 */
#ifndef PAMONG_SINONIM_H
#define PAMONG_SINONIM_H

#include <stddef.h>

struct buf;

extern const unsigned char layanan_sinonim[];
extern const size_t layanan_sinonim_len;

/* The query languages sinonim_query() writes. */
enum sinonim_lang {
	SINONIM_FTS5,	/* SQLite FTS5 MATCH */
	SINONIM_TSQUERY /* PostgreSQL to_tsquery('simple', ...) */
};

/*
 * Write the query for the user's text q into out: every run of word bytes
 * (ASCII letters and digits, any UTF-8 sequence) is a word matched as a
 * prefix, all words required; where words (ASCII case ignored) begin with
 * an istilah of the list, the longest one, that group is
 * (its words, or any padanan as a phrase).  Quotes, operators and column
 * names typed by a user are only separators.  At most max_words words of
 * q are used.  Returns the number used (0: nothing written).
 */
int sinonim_query(const char *q, enum sinonim_lang, int max_words,
    struct buf *out);

#endif
