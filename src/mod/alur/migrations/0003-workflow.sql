-- 0003-workflow: online applications: workflow definitions as data, form
-- declarations, applications with their fields, documents and history,
-- working-day calendar, notifications and an outbox.

-- Working-day calendar: Monday-Friday minus these dates.
CREATE TABLE hari_libur (
	tanggal		TEXT PRIMARY KEY CHECK (tanggal GLOB
			    '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
	nama		TEXT NOT NULL CHECK (length(nama) BETWEEN 1 AND 120),
	jenis		TEXT NOT NULL CHECK (jenis IN ('libur_nasional',
			    'cuti_bersama','libur_daerah')),
	dasar		TEXT NOT NULL DEFAULT ''
);

-- A workflow definition; its states and actions are rows, edited by an admin.
CREATE TABLE workflow (
	id		INTEGER PRIMARY KEY,
	code		TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 40),
	name		TEXT NOT NULL CHECK (length(name) BETWEEN 3 AND 120),
	initial_state	TEXT NOT NULL,
	updated_at	INTEGER NOT NULL
);

-- scope says which unit handles a case in this state: the applicant's
-- kampung, the applicant's kecamatan, the service's own OPD, or 'tetap'
-- (the unit that handled it before, e.g. while the citizen fixes it).
-- escalate: '' (none), 'notify:ROLE' or 'move:ROLE' on SLA breach.
CREATE TABLE wf_state (
	workflow_id	INTEGER NOT NULL REFERENCES workflow(id) ON DELETE CASCADE,
	code		TEXT NOT NULL CHECK (length(code) BETWEEN 2 AND 40),
	label		TEXT NOT NULL CHECK (length(label) BETWEEN 2 AND 80),
	sla_days	INTEGER NOT NULL DEFAULT 0 CHECK (sla_days BETWEEN 0 AND 365),
	terminal	INTEGER NOT NULL DEFAULT 0 CHECK (terminal IN (0,1)),
	scope		TEXT NOT NULL DEFAULT 'layanan' CHECK (scope IN
			    ('kampung','kecamatan','layanan','tetap')),
	escalate	TEXT NOT NULL DEFAULT '',
	pos		INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (workflow_id, code)
);

CREATE TABLE wf_action (
	workflow_id	INTEGER NOT NULL REFERENCES workflow(id) ON DELETE CASCADE,
	code		TEXT NOT NULL CHECK (length(code) BETWEEN 2 AND 40),
	label		TEXT NOT NULL CHECK (length(label) BETWEEN 2 AND 80),
	from_states	TEXT NOT NULL,		-- comma-separated state codes
	to_state	TEXT NOT NULL,
	roles		TEXT NOT NULL,		-- comma-separated role names
	note_required	INTEGER NOT NULL DEFAULT 0 CHECK (note_required IN (0,1)),
	upload_required	INTEGER NOT NULL DEFAULT 0 CHECK (upload_required IN (0,1)),
	signs_document	INTEGER NOT NULL DEFAULT 0 CHECK (signs_document IN (0,1)),
	verifies	INTEGER NOT NULL DEFAULT 0 CHECK (verifies IN (0,1)),
	decides		INTEGER NOT NULL DEFAULT 0 CHECK (decides IN (0,1)),
	pos		INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (workflow_id, code)
);

ALTER TABLE layanan ADD COLUMN workflow_id INTEGER REFERENCES workflow(id);

-- Form declaration of a service: its fields and required documents.
CREATE TABLE layanan_isian (
	layanan_id	INTEGER NOT NULL REFERENCES layanan(id) ON DELETE CASCADE,
	pos		INTEGER NOT NULL,
	name		TEXT NOT NULL CHECK (name GLOB '[a-z]*' AND length(name) <= 40),
	label		TEXT NOT NULL CHECK (length(label) BETWEEN 2 AND 120),
	kind		TEXT NOT NULL CHECK (kind IN ('teks','angka','tanggal',
			    'pilihan','teks_panjang')),
	required	INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0,1)),
	choices		TEXT NOT NULL DEFAULT '',	-- '|'-separated
	max_len		INTEGER NOT NULL DEFAULT 200,
	PRIMARY KEY (layanan_id, name)
);

CREATE TABLE layanan_dokumen (
	layanan_id	INTEGER NOT NULL REFERENCES layanan(id) ON DELETE CASCADE,
	pos		INTEGER NOT NULL,
	code		TEXT NOT NULL CHECK (code GLOB '[a-z]*' AND length(code) <= 40),
	name		TEXT NOT NULL CHECK (length(name) BETWEEN 2 AND 300),
	required	INTEGER NOT NULL DEFAULT 1 CHECK (required IN (0,1)),
	PRIMARY KEY (layanan_id, code)
);

-- Registration numbers: one sequence per unit and year.
CREATE TABLE nomor_urut (
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	tahun		INTEGER NOT NULL,
	terakhir	INTEGER NOT NULL,
	PRIMARY KEY (unit_id, tahun)
);

CREATE TABLE permohonan (
	id		INTEGER PRIMARY KEY,
	nomor		TEXT UNIQUE,			-- NULL while a draft
	kode_lacak	TEXT NOT NULL UNIQUE CHECK (length(kode_lacak) >= 10),
	layanan_id	INTEGER NOT NULL REFERENCES layanan(id),
	pemohon_id	INTEGER NOT NULL REFERENCES account(id),
	pemohon_nik	TEXT NOT NULL,
	wilayah_code	TEXT NOT NULL REFERENCES wilayah(code),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),	-- handling now
	penerbit_id	INTEGER NOT NULL REFERENCES unit(id),	-- registered at
	state		TEXT NOT NULL,
	draft		INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0,1)),
	idem_key	TEXT,
	created_at	INTEGER NOT NULL,
	submitted_at	INTEGER,
	state_since	INTEGER NOT NULL,
	state_due	TEXT,				-- YYYY-MM-DD or NULL
	due_date	TEXT,				-- overall, from jangka waktu
	verified_by	INTEGER REFERENCES account(id),
	finished_at	INTEGER,
	assigned_role	TEXT NOT NULL DEFAULT '',	-- set by a 'move' escalation
	UNIQUE (pemohon_id, idem_key)
);
CREATE INDEX permohonan_unit ON permohonan(unit_id, state);
CREATE INDEX permohonan_pemohon ON permohonan(pemohon_id, created_at);

CREATE TABLE permohonan_isian (
	permohonan_id	INTEGER NOT NULL REFERENCES permohonan(id) ON DELETE CASCADE,
	name		TEXT NOT NULL,
	value		TEXT NOT NULL,
	PRIMARY KEY (permohonan_id, name)
);

-- Content-addressed file store: DATA/berkas/ab/abcdef... (SHA-256 hex).
CREATE TABLE berkas (
	sha256		TEXT PRIMARY KEY CHECK (length(sha256) = 64),
	size		INTEGER NOT NULL CHECK (size > 0),
	mime		TEXT NOT NULL CHECK (mime IN ('application/pdf',
			    'image/jpeg','image/png')),
	created_at	INTEGER NOT NULL
);

CREATE TABLE permohonan_berkas (
	permohonan_id	INTEGER NOT NULL REFERENCES permohonan(id) ON DELETE CASCADE,
	doc_code	TEXT NOT NULL,
	sha256		TEXT NOT NULL REFERENCES berkas(sha256),
	filename	TEXT NOT NULL CHECK (length(filename) BETWEEN 1 AND 200),
	uploaded_at	INTEGER NOT NULL,
	uploaded_by	INTEGER NOT NULL REFERENCES account(id),
	PRIMARY KEY (permohonan_id, doc_code)
);

CREATE TABLE permohonan_riwayat (
	id		INTEGER PRIMARY KEY,
	permohonan_id	INTEGER NOT NULL REFERENCES permohonan(id) ON DELETE CASCADE,
	at		INTEGER NOT NULL,
	actor_id	INTEGER REFERENCES account(id),
	role		TEXT NOT NULL DEFAULT '',
	action		TEXT NOT NULL,
	from_state	TEXT NOT NULL DEFAULT '',
	to_state	TEXT NOT NULL,
	note		TEXT NOT NULL DEFAULT ''
);
CREATE INDEX permohonan_riwayat_p ON permohonan_riwayat(permohonan_id, id);

-- Escalations done, so that running the timer twice does nothing twice.
CREATE TABLE eskalasi (
	permohonan_id	INTEGER NOT NULL REFERENCES permohonan(id) ON DELETE CASCADE,
	state		TEXT NOT NULL,
	state_since	INTEGER NOT NULL,
	kind		TEXT NOT NULL,
	at		INTEGER NOT NULL,
	PRIMARY KEY (permohonan_id, state, state_since, kind)
);

CREATE TABLE notifikasi (
	id		INTEGER PRIMARY KEY,
	account_id	INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
	at		INTEGER NOT NULL,
	text		TEXT NOT NULL,
	link		TEXT NOT NULL DEFAULT '',
	read_at		INTEGER
);
CREATE INDEX notifikasi_account ON notifikasi(account_id, id);

-- Messages for later e-mail/WhatsApp delivery; drained by a sender.
CREATE TABLE outbox (
	id		INTEGER PRIMARY KEY,
	channel		TEXT NOT NULL CHECK (channel IN ('email','whatsapp')),
	recipient	TEXT NOT NULL,
	subject		TEXT NOT NULL DEFAULT '',
	body		TEXT NOT NULL,
	state		TEXT NOT NULL DEFAULT 'menunggu' CHECK (state IN
			    ('menunggu','terkirim','gagal')),
	attempts	INTEGER NOT NULL DEFAULT 0,
	created_at	INTEGER NOT NULL,
	sent_at		INTEGER
);
CREATE INDEX outbox_state ON outbox(state, id);
