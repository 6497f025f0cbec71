-- 0051-sakip-dokumen: the signed Perjanjian Kinerja and LKjIP of a unit
-- and year (issue 22, src/mod/sakip), and the DPA date their deadline
-- counts from.  The PDF lives in berkas (content-addressed, sha256).
-- PK: due one month after the unit's DPA is approved (PermenPANRB
-- 53/2014); LKjIP: due 3 months after the year ends (31 March).
CREATE TABLE sakip_dpa (
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	tahun		INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
	tanggal		TEXT NOT NULL CHECK (length(tanggal) = 10),	-- YYYY-MM-DD
	PRIMARY KEY (unit_id, tahun)
);
CREATE TABLE sakip_dokumen (
	id		INTEGER PRIMARY KEY,
	jenis		TEXT NOT NULL CHECK (jenis IN ('pk','lkjip')),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	tahun		INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
	penandatangan_id INTEGER NOT NULL REFERENCES account(id),
	ditandatangani_at INTEGER NOT NULL,
	sha256		TEXT NOT NULL CHECK (length(sha256) = 64),
	ukuran		INTEGER NOT NULL CHECK (ukuran > 0),
	UNIQUE (jenis, unit_id, tahun)
);
