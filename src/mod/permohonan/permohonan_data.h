/*
 * permohonan_data.h: an application as data (the limits of a form, the
 * result of creating one, a list row with its filter, the view of one with
 * its fields, documents and history), below both the module's rules
 * (permohonan.c, permohonan_read.c, permohonan_query.c) and its SQL (sql.c).
 * Public through permohonan.h.
 */
#ifndef PAMONG_APPLICATION_DATA_H
#define PAMONG_APPLICATION_DATA_H

#include "lib/str.h"

#include <stdint.h>
#include <time.h>

#define PERMOHONAN_MAX_FIELDS 24
#define PERMOHONAN_MAX_DOCS 16

/* What creating an application gives (permohonan_create()). */
struct permohonan_result {
	int64_t id;
	char nomor[64]; /* "" for drafts */
	char kode_lacak[24];
	char state[41];
	int existing; /* 1: idempotent replay of an earlier submit */
};

/* One application in a list (Permohonan Saya, inbox, API list). */
struct permohonan_row {
	int64_t id;
	char nomor[64]; /* "" for drafts */
	char kode_lacak[24];
	char layanan_code[21];
	char layanan_name[STR_CHARS(200)];
	char state[41];
	/* from the workflow; code if unknown */
	char state_label[STR_CHARS(80)];
	int terminal;
	int draft;
	char pemohon_name[STR_CHARS(120)]; /* applicant's full name */
	char wilayah_code[14];		   /* applicant's kampung */
	char wilayah_name[STR_CHARS(120)];
	int64_t unit_id; /* handling now */
	char unit_code[33];
	char unit_name[STR_CHARS(160)];
	char assigned_role[24]; /* "" unless moved by an escalation */
	time_t created_at;
	time_t submitted_at; /* 0 for drafts */
	time_t state_since;
	char state_due[11]; /* "" when the state has no SLA */
	char due_date[11];  /* overall due date; "" if none */
	int overdue;	    /* open and a due date is before today */
};

/* Which applications a list returns; NULL or "" strings mean "any". */
struct permohonan_filter {
	const char *state;   /* state code */
	const char *layanan; /* service code */
	int open_only;	     /* leave terminal states out */
	int all_visible;     /* inbox: also what the unit handled
					   before (default: handling now) */
	int limit;	     /* 1..500 (0 = 50) */
	int offset;
	/* inbox search (issue 19 item 10): a part of the applicant's name
	   or of the number, the whole NIK or the whole tracking code */
	const char *cari; /* as typed; NULL or "": no search */
	const char *nik;  /* cari as a NIK (16 digits), else "" */
	const char *kode; /* cari as a tracking code, else "" */
	int tenggat;	  /* 0 any, 1 overdue, 2 due within 2 working
			     days and not overdue */
};

/* One form field of an application with its declaration. */
struct permohonan_view_field {
	char name[41];
	char label[STR_CHARS(120)];
	char kind[16]; /* teks angka tanggal pilihan teks_panjang */
	int required;
	char *choices; /* '|'-separated; "" unless pilihan */
	int max_len;
	char *value; /* "" when not filled in */
};

/* One required/optional document with what was uploaded for it. */
struct permohonan_view_doc {
	char code[41];
	char *name; /* the requirement's text */
	int required;
	char sha256[65]; /* "" when nothing was uploaded */
	char filename[STR_CHARS(200)];
	char mime[24];
	int64_t size;
	time_t uploaded_at;
};

/* One history entry, oldest first. */
struct permohonan_view_hist {
	time_t at;
	/* "" for the system (escalation) */
	char actor_name[STR_CHARS(120)];
	char role[24];
	char action[41];
	/* from the workflow; code if unknown */
	char action_label[STR_CHARS(80)];
	char from_state[41];
	char to_state[41];
	char to_label[STR_CHARS(80)];
	char *note;
};

/* An application as its detail page shows it (caller frees: _free). */
struct permohonan_view {
	struct permohonan_row row;
	int64_t layanan_id;
	int64_t workflow_id;
	int64_t pemohon_id;
	char pemohon_nik[17];
	char pemohon_phone[21];
	char pemohon_email[255];
	int64_t verified_by;	  /* 0 if not verified */
	int pemohon_nik_verified; /* issue 12 item 5:
					   the applicant account's NIK is
					   verified and still this one */
	struct permohonan_view_field *fields;
	int nfields;
	struct permohonan_view_doc *docs;
	int ndocs;
	struct permohonan_view_hist *hist;
	int nhist;
};

#endif
