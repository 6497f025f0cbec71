-- 0019-kontak: a unit's contact details and opening hours (src/mod/kontak).
-- One kontak row per unit (OPD, kecamatan office, kampung/kelurahan
-- office) at most; its hours are up to two sessions per day of the week.
-- Written only by kontak_save() and kontak_demo_seed(), each with its
-- audit event.  The checks repeat the module's validation as a backstop.
CREATE TABLE kontak (
	unit_id		INTEGER PRIMARY KEY REFERENCES unit(id),
	alamat		TEXT NOT NULL CHECK (length(alamat) BETWEEN 5 AND 300),
	telepon		TEXT NOT NULL CHECK (length(telepon) BETWEEN 6 AND 20),
	email		TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 254),
	whatsapp	TEXT NOT NULL DEFAULT '' CHECK (length(whatsapp) <= 20),
	catatan		TEXT NOT NULL DEFAULT '' CHECK (length(catatan) <= 300),
	demo		INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0,1)),
	updated_at	INTEGER NOT NULL,
	updated_by	INTEGER REFERENCES account(id)	-- NULL: CLI (demo)
);
-- hari: 1 Senin ... 7 Minggu (ISO 8601); sesi 1 or 2; times "HH:MM" WIB.
CREATE TABLE kontak_jam (
	unit_id		INTEGER NOT NULL REFERENCES kontak(unit_id)
			    ON DELETE CASCADE,
	hari		INTEGER NOT NULL CHECK (hari BETWEEN 1 AND 7),
	sesi		INTEGER NOT NULL CHECK (sesi IN (1,2)),
	buka		TEXT NOT NULL CHECK (length(buka) = 5 AND
			    buka GLOB '[0-2][0-9]:[0-5][0-9]' AND buka <= '23:59'),
	tutup		TEXT NOT NULL CHECK (length(tutup) = 5 AND
			    tutup GLOB '[0-2][0-9]:[0-5][0-9]' AND tutup <= '23:59'),
	CHECK (buka < tutup),
	PRIMARY KEY (unit_id, hari, sesi)
);
-- the second session of a day starts after the first has closed
CREATE TRIGGER kontak_jam_sesi2 BEFORE INSERT ON kontak_jam
WHEN NEW.sesi = 2 AND NOT EXISTS (SELECT 1 FROM kontak_jam j
    WHERE j.unit_id = NEW.unit_id AND j.hari = NEW.hari AND j.sesi = 1
    AND j.tutup < NEW.buka)
BEGIN SELECT RAISE(ABORT, 'kontak_jam: session 2 needs an earlier session 1'); END;
