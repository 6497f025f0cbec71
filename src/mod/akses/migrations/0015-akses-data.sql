-- 0015-akses-data: citizens' data-access log ("Akses Data Saya").
-- One row per staff read of a citizen's record (application, complaint,
-- account profile), written with its audit event in one transaction by
-- akses_record() (src/domain/akses.c).  The citizen sees the list and may
-- dispute a row, which opens an Inspektorat case.
CREATE TABLE akses_data (
	id		INTEGER PRIMARY KEY,
	at		INTEGER NOT NULL,
	subjek_id	INTEGER NOT NULL REFERENCES account(id),  -- the citizen
	pembaca_id	INTEGER NOT NULL REFERENCES account(id),  -- the officer
	unit_id		INTEGER REFERENCES unit(id),		  -- officer's unit
	objek_type	TEXT NOT NULL,		-- permohonan | pengaduan | akun
	objek_id	TEXT NOT NULL,		-- nomor, or account id
	tujuan		TEXT NOT NULL,		-- purpose as shown to the citizen
	kasus_id	INTEGER REFERENCES kasus(id)	-- set when disputed
);
CREATE INDEX akses_data_subjek ON akses_data(subjek_id, at);
CREATE TRIGGER akses_data_no_delete BEFORE DELETE ON akses_data
BEGIN SELECT RAISE(ABORT, 'akses_data is append-only'); END;
CREATE TRIGGER akses_data_only_dispute BEFORE UPDATE ON akses_data
WHEN OLD.kasus_id IS NOT NULL OR NEW.at <> OLD.at
    OR NEW.subjek_id <> OLD.subjek_id OR NEW.pembaca_id <> OLD.pembaca_id
    OR NEW.objek_type <> OLD.objek_type OR NEW.objek_id <> OLD.objek_id
    OR NEW.tujuan <> OLD.tujuan
BEGIN SELECT RAISE(ABORT, 'akses_data rows change only by a dispute'); END;
