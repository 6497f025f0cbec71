-- PostgreSQL form (issue 14) of ../0019-kontak.sql: same tables, names, rules.
-- 0019-kontak: a unit's contact details and opening hours (src/mod/kontak).
-- One kontak row per unit (OPD, kecamatan office, kampung/kelurahan
-- office) at most; its hours are up to two sessions per day of the week.
-- Written only by kontak_save() and kontak_demo_seed(), each with its
-- audit event.  The checks repeat the module's validation as a backstop.
CREATE TABLE kontak (
	unit_id		bigint PRIMARY KEY REFERENCES unit(id),
	alamat		text NOT NULL CHECK (length(alamat) BETWEEN 5 AND 300),
	telepon		text NOT NULL CHECK (length(telepon) BETWEEN 6 AND 20),
	email		text NOT NULL DEFAULT '' CHECK (length(email) <= 254),
	whatsapp	text NOT NULL DEFAULT '' CHECK (length(whatsapp) <= 20),
	catatan		text NOT NULL DEFAULT '' CHECK (length(catatan) <= 300),
	demo		bigint NOT NULL DEFAULT 0 CHECK (demo IN (0,1)),
	updated_at	bigint NOT NULL,
	updated_by	bigint REFERENCES account(id)	-- NULL: CLI (demo)
);
-- hari: 1 Senin ... 7 Minggu (ISO 8601); sesi 1 or 2; times "HH:MM" WIB.
CREATE TABLE kontak_jam (
	unit_id		bigint NOT NULL REFERENCES kontak(unit_id)
			    ON DELETE CASCADE,
	hari		bigint NOT NULL CHECK (hari BETWEEN 1 AND 7),
	sesi		bigint NOT NULL CHECK (sesi IN (1,2)),
	buka		text NOT NULL CHECK (length(buka) = 5 AND
			    buka ~ '^[0-2][0-9]:[0-5][0-9]$' AND buka <= '23:59'),
	tutup		text NOT NULL CHECK (length(tutup) = 5 AND
			    tutup ~ '^[0-2][0-9]:[0-5][0-9]$' AND tutup <= '23:59'),
	CHECK (buka < tutup),
	PRIMARY KEY (unit_id, hari, sesi)
);
-- the second session of a day starts after the first has closed
CREATE FUNCTION kontak_jam_sesi2() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NEW.sesi = 2 AND NOT EXISTS (SELECT 1 FROM kontak_jam j
	    WHERE j.unit_id = NEW.unit_id AND j.hari = NEW.hari AND j.sesi = 1
	    AND j.tutup < NEW.buka) THEN
		RAISE EXCEPTION 'kontak_jam: session 2 needs an earlier session 1'
		    USING ERRCODE = 'integrity_constraint_violation';
	END IF;
	RETURN NEW;
END $$;
CREATE TRIGGER kontak_jam_sesi2 BEFORE INSERT ON kontak_jam
FOR EACH ROW EXECUTE FUNCTION kontak_jam_sesi2();
