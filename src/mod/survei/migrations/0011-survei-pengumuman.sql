-- 0011-survei-pengumuman: the satisfaction survey (SKM, PermenPANRB
-- 14/2017) and unit announcements (pengumuman).  See doc/ikm.md.

-- One invitation per finished application, made by the trigger below in
-- the same transaction as the move to 'selesai'.  answered_at is set when
-- the applicant answers; the answer itself (survei_jawaban) carries no
-- link back to the invitation, the application or the account.
CREATE TABLE survei_undangan (
	id		INTEGER PRIMARY KEY,
	permohonan_id	INTEGER NOT NULL UNIQUE REFERENCES permohonan(id)
			    ON DELETE CASCADE,
	account_id	INTEGER NOT NULL REFERENCES account(id),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	layanan_id	INTEGER NOT NULL REFERENCES layanan(id),
	created_at	INTEGER NOT NULL,
	answered_at	INTEGER
);
CREATE INDEX survei_undangan_account ON survei_undangan(account_id, id);

-- One questionnaire: online (one per invitation) or kertas (a paper form
-- entered by an officer of the unit).  u1..u9: the nine elements in the
-- regulation's order, 1..4, NULL = not answered.  integritas: 'ya' /
-- 'tidak' / '' (not answered).  periode: the month (WIB) it was given.
-- No account, no application and no exact time: anonymous by design.
CREATE TABLE survei_jawaban (
	id		INTEGER PRIMARY KEY,
	sumber		TEXT NOT NULL CHECK (sumber IN ('online','kertas')),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	layanan_id	INTEGER NOT NULL REFERENCES layanan(id),
	periode		TEXT NOT NULL CHECK (periode GLOB
			    '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
	u1		INTEGER CHECK (u1 IS NULL OR u1 BETWEEN 1 AND 4),
	u2		INTEGER CHECK (u2 IS NULL OR u2 BETWEEN 1 AND 4),
	u3		INTEGER CHECK (u3 IS NULL OR u3 BETWEEN 1 AND 4),
	u4		INTEGER CHECK (u4 IS NULL OR u4 BETWEEN 1 AND 4),
	u5		INTEGER CHECK (u5 IS NULL OR u5 BETWEEN 1 AND 4),
	u6		INTEGER CHECK (u6 IS NULL OR u6 BETWEEN 1 AND 4),
	u7		INTEGER CHECK (u7 IS NULL OR u7 BETWEEN 1 AND 4),
	u8		INTEGER CHECK (u8 IS NULL OR u8 BETWEEN 1 AND 4),
	u9		INTEGER CHECK (u9 IS NULL OR u9 BETWEEN 1 AND 4),
	integritas	TEXT NOT NULL DEFAULT '' CHECK (integritas IN
			    ('ya','tidak','')),
	saran		TEXT NOT NULL DEFAULT '' CHECK (length(saran) <= 2000)
);
CREATE INDEX survei_jawaban_unit ON survei_jawaban(unit_id, periode);

-- The invitation: when an application reaches 'selesai' (any workflow),
-- invite its applicant and tell them in-app.  Runs inside the transaction
-- of the move (application_act()), so both happen or neither does.
CREATE TRIGGER survei_undang AFTER UPDATE OF state ON permohonan
WHEN NEW.state = 'selesai' AND OLD.state <> 'selesai'
BEGIN
	INSERT OR IGNORE INTO survei_undangan(permohonan_id, account_id,
	    unit_id, layanan_id, created_at)
	VALUES (NEW.id, NEW.pemohon_id, NEW.unit_id, NEW.layanan_id,
	    CAST(strftime('%s', 'now') AS INTEGER));
	INSERT INTO notifikasi(account_id, at, text, link)
	SELECT NEW.pemohon_id, CAST(strftime('%s', 'now') AS INTEGER),
	    'Permohonan ' || coalesce(NEW.nomor, '') || ' telah selesai.'
	    || ' Mohon luangkan waktu dua menit untuk mengisi Survei'
	    || ' Kepuasan Masyarakat atas layanan ini.',
	    '/survei/' || u.id
	FROM survei_undangan u
	WHERE u.permohonan_id = NEW.id AND u.answered_at IS NULL;
END;

-- Announcements of a unit: new services, changed service standards.
CREATE TABLE pengumuman (
	id		INTEGER PRIMARY KEY,
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	jenis		TEXT NOT NULL CHECK (jenis IN ('layanan_baru',
			    'perubahan_standar','lainnya')),
	judul		TEXT NOT NULL CHECK (length(judul) BETWEEN 5 AND 160),
	isi		TEXT NOT NULL CHECK (length(isi) BETWEEN 10 AND 5000),
	state		TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft',
			    'terbit','ditarik')),
	published_at	INTEGER,
	author_id	INTEGER NOT NULL REFERENCES account(id),
	created_at	INTEGER NOT NULL,
	updated_at	INTEGER NOT NULL
);
CREATE INDEX pengumuman_state ON pengumuman(state, published_at);
CREATE INDEX pengumuman_unit ON pengumuman(unit_id, state);
