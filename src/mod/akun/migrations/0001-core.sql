-- 0001-core: regions, units, accounts, sessions, audit, settings.
CREATE TABLE setting (
	key	TEXT PRIMARY KEY,
	value	TEXT NOT NULL
);

CREATE TABLE wilayah (
	code		TEXT PRIMARY KEY CHECK (length(code) BETWEEN 2 AND 13),
	name		TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
	level		TEXT NOT NULL CHECK (level IN ('provinsi','kabupaten','kecamatan','desa')),
	parent_code	TEXT,
	kelurahan	INTEGER NOT NULL DEFAULT 0 CHECK (kelurahan IN (0,1))
);
CREATE INDEX wilayah_parent ON wilayah(parent_code, code);

-- A unit is an organisation that serves and employs: an OPD, a kecamatan
-- office or a kampung/kelurahan office.  Kecamatan and kampung units use
-- their region code as unit code.
CREATE TABLE unit (
	id		INTEGER PRIMARY KEY,
	code		TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 32),
	name		TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 160),
	kind		TEXT NOT NULL CHECK (kind IN ('opd','kecamatan','kampung')),
	category	TEXT NOT NULL DEFAULT '',
	wilayah_code	TEXT REFERENCES wilayah(code),
	parent_id	INTEGER REFERENCES unit(id),
	basis		TEXT NOT NULL DEFAULT '',
	note		TEXT NOT NULL DEFAULT '',
	active		INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
);
CREATE INDEX unit_kind ON unit(kind, code);
CREATE INDEX unit_parent ON unit(parent_id);

CREATE TABLE account (
	id		INTEGER PRIMARY KEY,
	username	TEXT NOT NULL UNIQUE COLLATE NOCASE
			    CHECK (length(username) BETWEEN 3 AND 64),
	pw_hash		TEXT NOT NULL,
	unit_id		INTEGER REFERENCES unit(id),
	nik		TEXT UNIQUE CHECK (nik IS NULL OR length(nik) = 16),
	full_name	TEXT NOT NULL DEFAULT '' CHECK (length(full_name) <= 120),
	phone		TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 20),
	email		TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 254),
	disabled	INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0,1)),
	created_at	INTEGER NOT NULL,
	pw_changed_at	INTEGER NOT NULL
);

CREATE TABLE account_role (
	account_id	INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
	role		TEXT NOT NULL CHECK (role IN ('warga','operator',
			    'verifikator','penandatangan','kepala','admin',
			    'inspektorat','koordinator_spbe','pimpinan',
			    'superadmin')),
	PRIMARY KEY (account_id, role)
);

-- Sessions are stored by the SHA-256 of their token; the token itself
-- lives only in the client's cookie or Authorization header.
CREATE TABLE session (
	token_hash	TEXT PRIMARY KEY,
	account_id	INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
	kind		TEXT NOT NULL CHECK (kind IN ('cookie','api')),
	created_at	INTEGER NOT NULL,
	last_seen	INTEGER NOT NULL,
	expires_at	INTEGER NOT NULL,
	addr		TEXT NOT NULL DEFAULT '',
	agent		TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_account ON session(account_id);

CREATE TABLE login_attempt (
	id		INTEGER PRIMARY KEY,
	username	TEXT NOT NULL COLLATE NOCASE,
	addr		TEXT NOT NULL,
	at		INTEGER NOT NULL,
	ok		INTEGER NOT NULL CHECK (ok IN (0,1))
);
CREATE INDEX login_attempt_user ON login_attempt(username, at);
CREATE INDEX login_attempt_addr ON login_attempt(addr, at);

-- Append-only audit trail: written in the same transaction as the change.
CREATE TABLE audit_event (
	id		INTEGER PRIMARY KEY,
	at		INTEGER NOT NULL,
	actor_id	INTEGER REFERENCES account(id),
	role		TEXT NOT NULL DEFAULT '',
	unit_id		INTEGER REFERENCES unit(id),
	action		TEXT NOT NULL,
	object_type	TEXT NOT NULL DEFAULT '',
	object_id	TEXT NOT NULL DEFAULT '',
	from_state	TEXT NOT NULL DEFAULT '',
	to_state	TEXT NOT NULL DEFAULT '',
	note		TEXT NOT NULL DEFAULT '',
	addr		TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_object ON audit_event(object_type, object_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
