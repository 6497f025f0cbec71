-- 0040-bsre: certified electronic signatures through BSrE (issue 18,
-- src/mod/bsre, doc/bsre.md).

-- The signer backend of a unit: lokal (the regency's own CA, the default
-- for a unit without a row) or bsre (BSSN's Balai Sertifikasi
-- Elektronik through DATA/bsre.conf).
CREATE TABLE ttd_backend (
	unit_id		INTEGER PRIMARY KEY REFERENCES unit(id),
	backend		TEXT NOT NULL CHECK (backend IN ('lokal','bsre')),
	updated_at	INTEGER NOT NULL,
	updated_by	INTEGER REFERENCES account(id)
);

-- A letter sent to BSrE whose outcome is unknown (the call timed out
-- after it was sent): belum_pasti until the officer signs the same
-- rendered file again (same kode, same nomor surat, whose sequence this
-- row already took) and it is registered in dokumen.  berkas_sha256 is
-- the unsigned PDF Pamong rendered (in berkas).  A row is open while no
-- dokumen row has its kode; at most one open row per application.
CREATE TABLE ttd_tertunda (
	id		INTEGER PRIMARY KEY,
	permohonan_id	INTEGER NOT NULL REFERENCES permohonan(id),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	layanan_id	INTEGER NOT NULL REFERENCES layanan(id),
	kode		TEXT NOT NULL UNIQUE CHECK (length(kode) = 21),
	nomor_surat	TEXT NOT NULL,
	tahun		INTEGER NOT NULL,
	seq		INTEGER NOT NULL,
	templat_versi	INTEGER NOT NULL DEFAULT 0,
	judul		TEXT NOT NULL,
	berkas_sha256	TEXT NOT NULL REFERENCES berkas(sha256),
	signer_id	INTEGER NOT NULL REFERENCES account(id),
	created_at	INTEGER NOT NULL
);
CREATE INDEX ttd_tertunda_permohonan ON ttd_tertunda(permohonan_id, id);

-- Who issued the signer certificate of a document: lokal (the regency
-- CA, an uncertified signature under PP 71/2019 art. 60) or bsre
-- (certified).
ALTER TABLE dokumen ADD COLUMN penerbit TEXT NOT NULL DEFAULT 'lokal'
    CHECK (penerbit IN ('lokal','bsre'));
