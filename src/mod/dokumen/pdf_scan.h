/*
 * pdf_scan.h: the little PDF reading that signing and verifying need
 * (issue 4): tokens, dictionary entries, a classic cross-reference table
 * with its /Prev chain, and objects by number.  Every function is
 * bounds-checked against the buffer and safe on hostile input; nothing
 * is copied, results are offsets into the caller's bytes.
 */
#ifndef PAMONG_PDF_SCAN_H
#define PAMONG_PDF_SCAN_H
#include <stddef.h>

/* Index of the first byte at or after i that is not white space or a
 * comment (n if none). */
size_t pdf_skip_ws(const char *p, size_t n, size_t i);

/*
 * Skip one value (name, number, string, hex string, array, dictionary,
 * keyword, or an indirect reference "N G R") starting at *i (white space
 * allowed before it).  On success *i is just past it and the value
 * started at *start (may be NULL): 0.  -1 if malformed or too deep.
 */
int pdf_skip_value(const char *p, size_t n, size_t *i, size_t *start);

/*
 * Walk the top-level entries of the dictionary whose "<<" is at *i (first
 * call) or continue after the previous entry.  Sets the key span (with
 * its '/') and the value span, returns 1; 0 at the closing ">>" (*i just
 * past it); -1 if malformed.  Use pdf_dict_begin() first.
 */
int pdf_dict_begin(const char *p, size_t n, size_t *i);
int pdf_dict_next(const char *p, size_t n, size_t *i, size_t *ks, size_t *ke,
    size_t *vs, size_t *ve);

/* Value span of key (e.g. "/Root") in the dictionary at ds: 1, 0 absent,
 * -1 malformed. */
int pdf_dict_get(const char *p, size_t n, size_t ds, const char *key,
    size_t *vs, size_t *ve);

/* Parse the span as a non-negative integer (at most 15 digits): 0 or -1. */
int pdf_span_int(const char *p, size_t vs, size_t ve, long long *v);
/* Parse the span as "N G R": 0 or -1. */
int pdf_span_ref(const char *p, size_t vs, size_t ve, long *num, long *gen);
/* 1 if the span is exactly the text s. */
int pdf_span_is(const char *p, size_t vs, size_t ve, const char *s);

/* A PDF with a classic xref (and its /Prev chain) loaded for lookups. */
struct pdf_doc {
	const char *p;
	size_t n;
	size_t startxref; /* offset of the last "xref" */
	size_t trailer;	  /* offset of the last trailer "<<" */
	long size;	  /* /Size of the last trailer */
	size_t *off;	  /* [size]: offset of object, 0 absent */
	long *gen;	  /* [size] */
};

/*
 * Load the cross-reference data of p[0..n).  0, or -1 with a short
 * English reason in why (for the message "struktur rusak (%s)"); -2 when
 * the file uses an xref stream.  pdf_doc_free() in both cases.
 */
int pdf_doc_load(struct pdf_doc *, const void *p, size_t n, char *why,
    size_t whylen);
void pdf_doc_free(struct pdf_doc *);

/* Offset of the "<<" of object num's dictionary: 0 or -1 (absent, not a
 * dictionary, malformed). *gen gets its generation. */
int pdf_doc_dict(const struct pdf_doc *, long num, size_t *ds, long *gen);

#endif
