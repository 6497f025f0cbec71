-- 0032-skrd: retribution letters (SKRD) and their payment, and the marks
-- of the deadline clock, for applications of a permit type (src/mod/
-- perizinan, issue 17).  One SKRD per application; its number is
-- SKRD/<tahun>/<urut>, gap-free per year (taken inside the write
-- transaction).  dibayar_at is set once, with the payment reference, by
-- skrd_bayar() (audit izin.bayar in the same transaction).
CREATE TABLE izin_skrd (
	id		INTEGER PRIMARY KEY,
	permohonan_id	INTEGER NOT NULL UNIQUE REFERENCES permohonan(id),
	nomor		TEXT NOT NULL UNIQUE CHECK (length(nomor) BETWEEN 8 AND 40),
	tahun		INTEGER NOT NULL,
	urut		INTEGER NOT NULL CHECK (urut > 0),
	jenis_kode	TEXT NOT NULL CHECK (length(jenis_kode) BETWEEN 2 AND 40),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	jumlah		INTEGER NOT NULL CHECK (jumlah > 0),
	rincian		TEXT NOT NULL CHECK (length(rincian) <= 300),
	jatuh_tempo	TEXT NOT NULL CHECK (length(jatuh_tempo) = 10),
	dasar_hukum	TEXT NOT NULL CHECK (length(dasar_hukum) BETWEEN 2 AND 1000),
	dibuat_at	INTEGER NOT NULL,
	dibuat_oleh	INTEGER NOT NULL REFERENCES account(id),
	dibayar_at	INTEGER,
	referensi	TEXT CHECK (referensi IS NULL OR length(referensi) BETWEEN 3 AND 80),
	dibayar_oleh	INTEGER REFERENCES account(id),
	UNIQUE (tahun, urut)
);

-- What the deadline timer (perizinan.tenggat) did, once per application
-- and kind: 'peringatan' (one working day left) or 'fiktif_positif'
-- (the legal deadline passed before a decision).
CREATE TABLE izin_tenggat (
	permohonan_id	INTEGER NOT NULL REFERENCES permohonan(id),
	jenis		TEXT NOT NULL CHECK (jenis IN ('peringatan', 'fiktif_positif')),
	at		INTEGER NOT NULL,
	hari_terpakai	INTEGER NOT NULL,
	PRIMARY KEY (permohonan_id, jenis)
);
