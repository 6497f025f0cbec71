-- 0050-sakip: SAKIP plans, indicators, targets and quarterly realisation
-- (issue 22, src/mod/sakip).  Amounts (baseline, targets, realisation)
-- are integers in millionths (sakip.h SAKIP_SKALA), never floats.
--
-- A plan (rencana) is the regency's RPJMD (unit_id NULL) or an OPD's
-- Renstra; its goals form a tree of tujuan -> sasaran (-> program);
-- indicators hang on a sasaran and cascade (pohon kinerja) through
-- induk_id to the indicator of the level above.
CREATE TABLE sakip_rencana (
	id		INTEGER PRIMARY KEY,
	jenis		TEXT NOT NULL CHECK (jenis IN ('rpjmd','renstra')),
	unit_id		INTEGER REFERENCES unit(id),
	nama		TEXT NOT NULL CHECK (length(nama) BETWEEN 3 AND 300),
	tahun_awal	INTEGER NOT NULL CHECK (tahun_awal BETWEEN 2000 AND 2100),
	tahun_akhir	INTEGER NOT NULL CHECK (tahun_akhir BETWEEN 2000 AND 2100),
	demo		INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0,1)),
	CHECK (tahun_akhir >= tahun_awal),
	CHECK ((jenis = 'rpjmd') = (unit_id IS NULL)),
	UNIQUE (jenis, unit_id, tahun_awal)
);
CREATE TABLE sakip_sasaran (
	id		INTEGER PRIMARY KEY,
	rencana_id	INTEGER NOT NULL REFERENCES sakip_rencana(id),
	induk_id	INTEGER REFERENCES sakip_sasaran(id),
	jenis		TEXT NOT NULL CHECK (jenis IN ('tujuan','sasaran','program')),
	uraian		TEXT NOT NULL CHECK (length(uraian) BETWEEN 3 AND 500),
	urutan		INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sakip_sasaran_rencana ON sakip_sasaran(rencana_id, urutan);
CREATE TABLE sakip_indikator (
	id		INTEGER PRIMARY KEY,
	sasaran_id	INTEGER NOT NULL REFERENCES sakip_sasaran(id),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),	-- responsible
	kode		TEXT NOT NULL UNIQUE CHECK (length(kode) BETWEEN 2 AND 40),
	nama		TEXT NOT NULL CHECK (length(nama) BETWEEN 3 AND 300),
	satuan		TEXT NOT NULL CHECK (length(satuan) BETWEEN 1 AND 40),
	polaritas	TEXT NOT NULL CHECK (polaritas IN
			    ('positif','negatif','nilai_akhir')),
	kumulatif	INTEGER NOT NULL DEFAULT 1 CHECK (kumulatif IN (0,1)),
	formula		TEXT NOT NULL DEFAULT '' CHECK (length(formula) <= 500),
	sumber_data	TEXT NOT NULL DEFAULT '' CHECK (length(sumber_data) <= 300),
	jabatan_pj	TEXT NOT NULL DEFAULT '' CHECK (length(jabatan_pj) <= 200),
	baseline	INTEGER,
	induk_id	INTEGER REFERENCES sakip_indikator(id),
	iku		INTEGER NOT NULL DEFAULT 0 CHECK (iku IN (0,1)),
	urutan		INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sakip_indikator_unit ON sakip_indikator(unit_id, urutan);
CREATE INDEX sakip_indikator_induk ON sakip_indikator(induk_id);
-- triwulan 0 is the yearly target, 1-4 the quarters'
CREATE TABLE sakip_target (
	indikator_id	INTEGER NOT NULL REFERENCES sakip_indikator(id),
	tahun		INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
	triwulan	INTEGER NOT NULL CHECK (triwulan BETWEEN 0 AND 4),
	nilai		INTEGER NOT NULL,
	PRIMARY KEY (indikator_id, tahun, triwulan)
);
-- A quarter's realisation, reported by the responsible unit with its
-- evidence (a link or an uploaded document's hash in berkas) and
-- verified by Bappeda; only 'diverifikasi' rows count in public.
CREATE TABLE sakip_realisasi (
	indikator_id	INTEGER NOT NULL REFERENCES sakip_indikator(id),
	tahun		INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
	triwulan	INTEGER NOT NULL CHECK (triwulan BETWEEN 1 AND 4),
	nilai		INTEGER NOT NULL,
	bukti_url	TEXT NOT NULL DEFAULT '' CHECK (length(bukti_url) <= 500),
	bukti_sha256	TEXT NOT NULL DEFAULT '' CHECK (length(bukti_sha256) IN (0,64)),
	catatan		TEXT NOT NULL DEFAULT '' CHECK (length(catatan) <= 1000),
	status		TEXT NOT NULL DEFAULT 'diajukan' CHECK (status IN
			    ('diajukan','diverifikasi','ditolak')),
	diajukan_oleh	INTEGER REFERENCES account(id),	-- NULL: CLI (demo)
	diajukan_at	INTEGER NOT NULL,
	diverifikasi_oleh INTEGER REFERENCES account(id),
	diverifikasi_at	INTEGER,
	alasan_tolak	TEXT NOT NULL DEFAULT '' CHECK (length(alasan_tolak) <= 500),
	CHECK (bukti_url <> '' OR bukti_sha256 <> ''),
	PRIMARY KEY (indikator_id, tahun, triwulan)
);
CREATE INDEX sakip_realisasi_status ON sakip_realisasi(status, tahun);
