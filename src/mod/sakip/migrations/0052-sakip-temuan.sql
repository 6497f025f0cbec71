-- 0052-sakip-temuan: audit findings and their follow-up (issue 22,
-- src/mod/sakip).  The Inspektorat's annual audit programme (PKPT), audit
-- reports (LHP) of the Inspektorat or BPK on one audited unit, and per
-- LHP its findings with one recommendation each.  A recommendation's
-- follow-up is reviewed into one of the four outcomes of Peraturan BPK
-- 2/2017; it is due batas_hari after the LHP was received (60 for BPK,
-- UU 15/2004 art. 20; set per LHP for the Inspektorat).  The job
-- sakip.eskalasi marks an overdue one once (eskalasi_at) with an audit
-- event.  Finding texts are internal: the public pages show counts only.
CREATE TABLE sakip_pkpt (
	id		INTEGER PRIMARY KEY,
	tahun		INTEGER NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	kegiatan	TEXT NOT NULL CHECK (length(kegiatan) BETWEEN 3 AND 300),
	UNIQUE (tahun, unit_id, kegiatan)
);
CREATE TABLE sakip_lhp (
	id		INTEGER PRIMARY KEY,
	sumber		TEXT NOT NULL CHECK (sumber IN ('bpk','inspektorat')),
	nomor		TEXT NOT NULL UNIQUE CHECK (length(nomor) BETWEEN 3 AND 80),
	judul		TEXT NOT NULL CHECK (length(judul) BETWEEN 3 AND 300),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	pkpt_id		INTEGER REFERENCES sakip_pkpt(id),
	diterima	TEXT NOT NULL CHECK (length(diterima) = 10),	-- YYYY-MM-DD
	batas_hari	INTEGER NOT NULL CHECK (batas_hari BETWEEN 1 AND 365),
	CHECK (sumber <> 'bpk' OR batas_hari = 60)
);
CREATE TABLE sakip_rekomendasi (
	id		INTEGER PRIMARY KEY,
	lhp_id		INTEGER NOT NULL REFERENCES sakip_lhp(id),
	temuan		TEXT NOT NULL CHECK (length(temuan) BETWEEN 3 AND 2000),
	rekomendasi	TEXT NOT NULL CHECK (length(rekomendasi) BETWEEN 3 AND 2000),
	status		TEXT NOT NULL DEFAULT 'belum_ditindaklanjuti' CHECK (status IN
			    ('sesuai','belum_sesuai','belum_ditindaklanjuti',
			    'tidak_dapat_ditindaklanjuti')),
	batas		TEXT NOT NULL CHECK (length(batas) = 10),	-- YYYY-MM-DD
	tindak_lanjut	TEXT NOT NULL DEFAULT '' CHECK (length(tindak_lanjut) <= 2000),
	bukti_url	TEXT NOT NULL DEFAULT '' CHECK (length(bukti_url) <= 500),
	eskalasi_at	INTEGER,
	diubah_at	INTEGER NOT NULL
);
CREATE INDEX sakip_rekomendasi_status ON sakip_rekomendasi(status, batas);
