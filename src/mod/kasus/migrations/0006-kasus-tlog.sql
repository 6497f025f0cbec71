-- 0006-kasus-tlog: two shared foundations of the accountability work.
--
-- kasus: Inspektorat cases.  Opened by other modules (a disputed data
-- access, a "yes" on the survey's integrity question, a complaint about
-- pungutan liar or abuse of authority, an escalated deadline, an audit
-- sample) through kasus_open(); worked on by the Inspektorat.
CREATE TABLE kasus (
	id		INTEGER PRIMARY KEY,
	nomor		TEXT NOT NULL UNIQUE,		-- KAS-2026-000001
	sumber		TEXT NOT NULL CHECK (sumber IN ('sengketa_akses',
			    'survei_integritas', 'pengaduan', 'eskalasi',
			    'sampel_audit', 'lainnya')),
	ref_type	TEXT NOT NULL DEFAULT '',	-- permohonan | pengaduan | ...
	ref_id		TEXT NOT NULL DEFAULT '',	-- its nomor or id
	unit_id		INTEGER REFERENCES unit(id),	-- unit concerned, if any
	judul		TEXT NOT NULL,
	ringkasan	TEXT NOT NULL DEFAULT '',	-- may name the reporter:
							-- Inspektorat eyes only
	status		TEXT NOT NULL DEFAULT 'baru' CHECK (status IN ('baru',
			    'diproses', 'selesai')),
	assigned_to	INTEGER REFERENCES account(id),
	temuan		TEXT NOT NULL DEFAULT '',	-- findings at closure
	created_at	INTEGER NOT NULL,
	closed_at	INTEGER
);
CREATE INDEX kasus_status ON kasus(status, created_at);
CREATE INDEX kasus_ref ON kasus(ref_type, ref_id);

CREATE TABLE kasus_catatan (
	id		INTEGER PRIMARY KEY,
	kasus_id	INTEGER NOT NULL REFERENCES kasus(id),
	at		INTEGER NOT NULL,
	actor_id	INTEGER REFERENCES account(id),
	catatan		TEXT NOT NULL
);
CREATE INDEX kasus_catatan_kasus ON kasus_catatan(kasus_id);

-- tlog_entry: the public transparency log (RFC 9162 leaves).  entry holds
-- the exact leaf bytes (canonical JSON); leaf_hash = SHA-256(0x00 || entry).
-- Append-only; idx is 0-based and dense.
CREATE TABLE tlog_entry (
	idx		INTEGER PRIMARY KEY,
	entry		BLOB NOT NULL,
	leaf_hash	BLOB NOT NULL,
	created_at	INTEGER NOT NULL
);
CREATE TRIGGER tlog_no_update BEFORE UPDATE ON tlog_entry
BEGIN SELECT RAISE(ABORT, 'tlog_entry is append-only'); END;
CREATE TRIGGER tlog_no_delete BEFORE DELETE ON tlog_entry
BEGIN SELECT RAISE(ABORT, 'tlog_entry is append-only'); END;
