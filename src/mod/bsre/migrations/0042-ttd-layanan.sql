-- 0042-ttd-layanan: the signer backend per document type (issue 18,
-- doc/bsre.md "Per document type").  A row overrides the unit's backend
-- (ttd_backend) for the letters of one service issued by that unit; no
-- row: the unit's.
CREATE TABLE ttd_backend_layanan (
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	layanan_id	INTEGER NOT NULL REFERENCES layanan(id),
	backend		TEXT NOT NULL CHECK (backend IN ('lokal','bsre')),
	updated_at	INTEGER NOT NULL,
	updated_by	INTEGER REFERENCES account(id),
	PRIMARY KEY (unit_id, layanan_id)
);
