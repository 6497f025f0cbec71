-- 0009-spbe.sql: SPBE self-assessment (issue 5).  Frameworks are stored
-- as their validated JSON (data/spbe-*.json, loaded by `pamong init`);
-- one assessment per year, framework and revision; a final revision is
-- read-only (triggers), a correction is revision n+1.

CREATE TABLE spbe_kerangka (
	kode		TEXT PRIMARY KEY CHECK (length(kode) BETWEEN 1 AND 64),
	nama		TEXT NOT NULL,
	isi		TEXT NOT NULL,		-- the framework JSON
	dimuat_pada	INTEGER NOT NULL
);

CREATE TABLE spbe_penilaian (
	id		INTEGER PRIMARY KEY,
	tahun		INTEGER NOT NULL CHECK (tahun BETWEEN 2018 AND 2100),
	kerangka	TEXT NOT NULL REFERENCES spbe_kerangka(kode),
	revisi		INTEGER NOT NULL DEFAULT 1 CHECK (revisi >= 1),
	status		TEXT NOT NULL DEFAULT 'draft'
			    CHECK (status IN ('draft','diajukan','final')),
	alasan_revisi	TEXT NOT NULL DEFAULT '',
	demo		INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0,1)),
	dibuat_oleh	INTEGER REFERENCES account(id),
	dibuat_pada	INTEGER NOT NULL,
	diajukan_oleh	INTEGER REFERENCES account(id),
	diajukan_pada	INTEGER,
	final_oleh	INTEGER REFERENCES account(id),
	final_pada	INTEGER,
	-- published result, fixed when final (hundredths; NULL before)
	indeks		INTEGER,
	predikat	TEXT,
	UNIQUE (tahun, kerangka, revisi)
);
CREATE INDEX spbe_penilaian_tahun ON spbe_penilaian(tahun, kerangka);

CREATE TABLE spbe_isian (
	penilaian_id	INTEGER NOT NULL REFERENCES spbe_penilaian(id),
	indikator	INTEGER NOT NULL CHECK (indikator BETWEEN 1 AND 999),
	level		INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 5),
	penjelasan	TEXT NOT NULL DEFAULT '' CHECK (length(penjelasan) <= 4000),
	unit_id		INTEGER REFERENCES unit(id),
	diubah_oleh	INTEGER REFERENCES account(id),
	diubah_pada	INTEGER,
	PRIMARY KEY (penilaian_id, indikator)
);

CREATE TABLE spbe_bukti (
	id		INTEGER PRIMARY KEY,
	penilaian_id	INTEGER NOT NULL REFERENCES spbe_penilaian(id),
	indikator	INTEGER NOT NULL,
	jenis		TEXT NOT NULL CHECK (jenis IN ('berkas','tautan')),
	sha256		TEXT REFERENCES berkas(sha256),
	url		TEXT,
	judul		TEXT NOT NULL CHECK (length(judul) BETWEEN 1 AND 200),
	unit_id		INTEGER REFERENCES unit(id),
	oleh		INTEGER REFERENCES account(id),
	dibuat_pada	INTEGER NOT NULL,
	CHECK ((jenis = 'berkas' AND sha256 IS NOT NULL AND url IS NULL) OR
	    (jenis = 'tautan' AND url IS NOT NULL AND sha256 IS NULL))
);
CREATE INDEX spbe_bukti_ind ON spbe_bukti(penilaian_id, indikator);

CREATE TABLE spbe_permintaan (
	id		INTEGER PRIMARY KEY,
	penilaian_id	INTEGER NOT NULL REFERENCES spbe_penilaian(id),
	indikator	INTEGER NOT NULL,
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	pesan		TEXT NOT NULL DEFAULT '' CHECK (length(pesan) <= 1000),
	status		TEXT NOT NULL DEFAULT 'terbuka'
			    CHECK (status IN ('terbuka','dipenuhi')),
	diminta_oleh	INTEGER REFERENCES account(id),
	dibuat_pada	INTEGER NOT NULL,
	dipenuhi_pada	INTEGER
);
CREATE INDEX spbe_permintaan_unit ON spbe_permintaan(unit_id, status);

-- A final assessment is read-only, whatever the code does.
CREATE TRIGGER spbe_isian_final_upd BEFORE UPDATE ON spbe_isian
WHEN (SELECT status FROM spbe_penilaian WHERE id = OLD.penilaian_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'penilaian final tidak dapat diubah'); END;
CREATE TRIGGER spbe_isian_final_ins BEFORE INSERT ON spbe_isian
WHEN (SELECT status FROM spbe_penilaian WHERE id = NEW.penilaian_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'penilaian final tidak dapat diubah'); END;
CREATE TRIGGER spbe_isian_final_del BEFORE DELETE ON spbe_isian
WHEN (SELECT status FROM spbe_penilaian WHERE id = OLD.penilaian_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'penilaian final tidak dapat diubah'); END;
CREATE TRIGGER spbe_bukti_final_ins BEFORE INSERT ON spbe_bukti
WHEN (SELECT status FROM spbe_penilaian WHERE id = NEW.penilaian_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'penilaian final tidak dapat diubah'); END;
CREATE TRIGGER spbe_bukti_final_del BEFORE DELETE ON spbe_bukti
WHEN (SELECT status FROM spbe_penilaian WHERE id = OLD.penilaian_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'penilaian final tidak dapat diubah'); END;
CREATE TRIGGER spbe_penilaian_final_upd BEFORE UPDATE ON spbe_penilaian
WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'penilaian final tidak dapat diubah'); END;
CREATE TRIGGER spbe_penilaian_final_del BEFORE DELETE ON spbe_penilaian
WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'penilaian final tidak dapat diubah'); END;
