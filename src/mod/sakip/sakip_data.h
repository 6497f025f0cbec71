/*
 * sakip_data.h: the types the sakip rules, pages and sql.c share (one
 * indicator with one year's targets and verified realisations).
 */
#ifndef PAMONG_SAKIP_DATA_H
#define PAMONG_SAKIP_DATA_H

#include <stdint.h>

struct sakip_ind {
	int64_t id, unit_id, induk_id, sasaran_id;
	char kode[41], nama[301], satuan[41], polaritas[16];
	char unit_kode[33], unit_nama[161], sasaran[501], tujuan[501];
	char jabatan[201], sumber[301], formula[501];
	int kumulatif, iku, rpjmd; /* rpjmd: in the regency's plan */
	int ada_baseline;
	int64_t baseline;
	/* the chosen year: [0] yearly target, [1..4] quarters */
	int64_t target[5];
	int ada_target[5];
	/* verified realisation of quarters 1..4 at [0..3] */
	int64_t real[4];
	int ada_real[4];
};

#endif
