-- 0054-sakip-skor: external scores over the years (issue 22,
-- src/mod/sakip/skor.c): the SAKIP evaluation (nilai 0-100, predikat),
-- the Indeks Reformasi Birokrasi (0-100), the SPIP maturity level (0-5),
-- the APIP capability level (0-5) and the SPBE index (0-5), one per kind
-- and year, in hundredths (6626 = 66.26), with the document it comes
-- from (number, date, optional link).  Recording a
-- kind and year again replaces it (audit event sakip.skor).
CREATE TABLE sakip_skor (
	id		INTEGER PRIMARY KEY,
	jenis		TEXT NOT NULL CHECK (jenis IN ('sakip','rb','spip','apip','spbe')),
	tahun		INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
	nilai		INTEGER NOT NULL CHECK (nilai BETWEEN 0 AND 10000),
	dokumen		TEXT NOT NULL CHECK (length(dokumen) BETWEEN 3 AND 200),
	tanggal		TEXT NOT NULL CHECK (length(tanggal) = 10),	-- YYYY-MM-DD
	tautan		TEXT NOT NULL DEFAULT '' CHECK (length(tautan) <= 500),
	dicatat_oleh	INTEGER REFERENCES account(id),
	dicatat_at	INTEGER NOT NULL,
	UNIQUE (jenis, tahun)
);
