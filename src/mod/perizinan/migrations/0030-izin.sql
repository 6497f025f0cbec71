-- 0030-izin: the public registry of issued permits (src/mod/perizinan,
-- issue 17).  One row per permit (SK).  Status is not stored: it follows
-- from dicabut_at and berlaku_sampai against today's date in WIB
-- (berlaku, dicabut, kedaluwarsa).  pemegang is the holder's business
-- name as published on the decree; no other personal data.  Written only
-- by izin_catat() and izin_cabut(), each with its audit event.
CREATE TABLE izin (
	id		INTEGER PRIMARY KEY,
	nomor		TEXT NOT NULL UNIQUE CHECK (length(nomor) BETWEEN 3 AND 60),
	jenis_kode	TEXT NOT NULL CHECK (length(jenis_kode) BETWEEN 2 AND 40),
	jenis		TEXT NOT NULL CHECK (length(jenis) BETWEEN 2 AND 120),
	pemegang	TEXT NOT NULL CHECK (length(pemegang) BETWEEN 2 AND 200),
	kecamatan_kode	TEXT NOT NULL REFERENCES wilayah(code),
	kecamatan	TEXT NOT NULL CHECK (length(kecamatan) BETWEEN 1 AND 120),
	terbit		TEXT NOT NULL CHECK (length(terbit) = 10),
	berlaku_sampai	TEXT CHECK (berlaku_sampai IS NULL OR
			    (length(berlaku_sampai) = 10 AND berlaku_sampai >= terbit)),
	dicabut_at	INTEGER,
	alasan_cabut	TEXT NOT NULL DEFAULT '' CHECK (length(alasan_cabut) <= 300),
	created_at	INTEGER NOT NULL
);
CREATE INDEX izin_terbit ON izin(terbit, nomor);
