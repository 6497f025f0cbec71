-- 0002-catalog: the public service catalog (Standar Pelayanan).
-- A service of level 'kampung' is offered by every kampung unit, one of
-- level 'kecamatan' by every kecamatan unit; a 'kabupaten' service by its OPD.
CREATE TABLE layanan (
	id		INTEGER PRIMARY KEY,
	code		TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 20),
	name		TEXT NOT NULL CHECK (length(name) BETWEEN 3 AND 200),
	level		TEXT NOT NULL CHECK (level IN ('kabupaten','kecamatan','kampung')),
	unit_id		INTEGER REFERENCES unit(id),
	product		TEXT NOT NULL CHECK (length(product) BETWEEN 1 AND 300),
	sla_days	INTEGER NOT NULL CHECK (sla_days BETWEEN 0 AND 365),
	fee_idr		INTEGER CHECK (fee_idr IS NULL OR fee_idr >= 0),
	fee_note	TEXT NOT NULL DEFAULT '',
	procedure	TEXT NOT NULL DEFAULT '',
	complaints	TEXT NOT NULL DEFAULT '',
	legal_basis	TEXT NOT NULL DEFAULT '',
	sla_fee_basis	TEXT NOT NULL DEFAULT '',
	source		TEXT NOT NULL DEFAULT '',
	active		INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
	updated_at	INTEGER NOT NULL,
	CHECK ((level = 'kabupaten') = (unit_id IS NOT NULL))
);
CREATE INDEX layanan_level ON layanan(level, code);
CREATE INDEX layanan_unit ON layanan(unit_id);

CREATE TABLE layanan_syarat (
	layanan_id	INTEGER NOT NULL REFERENCES layanan(id) ON DELETE CASCADE,
	pos		INTEGER NOT NULL,
	text		TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
	PRIMARY KEY (layanan_id, pos)
);

-- Full-text index over name, product and requirements, kept by the
-- catalog module in the same transaction as every change.
CREATE VIRTUAL TABLE layanan_fts USING fts5(
	code UNINDEXED, name, product, requirements,
	tokenize = 'unicode61 remove_diacritics 2'
);
