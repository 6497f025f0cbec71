-- 0022-kirim: delivery of the outbox (issue 15, src/mod/notifikasi).
-- The outbox of 0003 is rebuilt with the delivery states: antre (due at
-- next_at) -> mengirim (claimed by a worker until lease_until) ->
-- terkirim (the provider took it) -> diterima -> dibaca (status
-- webhooks), or gagal with the provider's reason.  Old rows keep their
-- meaning: menunggu becomes antre.
CREATE TABLE outbox_baru (
	id		INTEGER PRIMARY KEY,
	channel		TEXT NOT NULL CHECK (channel IN ('email','whatsapp','sms')),
	recipient	TEXT NOT NULL,
	subject		TEXT NOT NULL DEFAULT '',
	body		TEXT NOT NULL,
	link		TEXT NOT NULL DEFAULT '',
	account_id	INTEGER,	-- NULL: not for an account
	event		TEXT NOT NULL DEFAULT '',
	state		TEXT NOT NULL DEFAULT 'antre' CHECK (state IN
			    ('antre','mengirim','terkirim','diterima','dibaca',
			     'gagal')),
	attempts	INTEGER NOT NULL DEFAULT 0,
	created_at	INTEGER NOT NULL,
	next_at		INTEGER NOT NULL DEFAULT 0,
	claim		TEXT NOT NULL DEFAULT '',
	lease_until	INTEGER NOT NULL DEFAULT 0,
	sent_at		INTEGER,
	provider_id	TEXT NOT NULL DEFAULT '',
	reason		TEXT NOT NULL DEFAULT '',
	status_at	INTEGER
);
INSERT INTO outbox_baru(id, channel, recipient, subject, body, state,
    attempts, created_at, next_at, sent_at)
    SELECT id, channel, recipient, subject, body,
	CASE state WHEN 'menunggu' THEN 'antre' ELSE state END,
	attempts, created_at, created_at, sent_at FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_baru RENAME TO outbox;
CREATE INDEX outbox_state ON outbox(state, next_at, id);
CREATE INDEX outbox_provider ON outbox(provider_id);

-- Every attempt of a delivery: the log the admin page reads.
CREATE TABLE outbox_attempt (
	outbox_id	INTEGER NOT NULL REFERENCES outbox(id) ON DELETE CASCADE,
	n		INTEGER NOT NULL,
	at		INTEGER NOT NULL,
	result		TEXT NOT NULL CHECK (result IN ('terkirim','ulang','gagal')),
	reason		TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (outbox_id, n)
);

-- Status webhooks seen (provider id, status): a repeat changes nothing.
CREATE TABLE outbox_status (
	provider_id	TEXT NOT NULL,
	status		TEXT NOT NULL,
	at		INTEGER NOT NULL,
	PRIMARY KEY (provider_id, status)
);

-- A contact is verified while the account's e-mail or phone equals the
-- address recorded here (a changed address is unverified again).
CREATE TABLE kontak_verif (
	account_id	INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
	kind		TEXT NOT NULL CHECK (kind IN ('email','phone')),
	alamat		TEXT NOT NULL,
	at		INTEGER NOT NULL,
	PRIMARY KEY (account_id, kind)
);

-- A person's channels; no row: e-mail and WhatsApp (verified ones).
CREATE TABLE kanal_pilihan (
	account_id	INTEGER PRIMARY KEY REFERENCES account(id)
			    ON DELETE CASCADE,
	email		INTEGER NOT NULL DEFAULT 1 CHECK (email IN (0,1)),
	whatsapp	INTEGER NOT NULL DEFAULT 1 CHECK (whatsapp IN (0,1)),
	sms		INTEGER NOT NULL DEFAULT 0 CHECK (sms IN (0,1)),
	updated_at	INTEGER NOT NULL
);

-- One-time codes: password reset and contact verification.  Only the
-- SHA-256 of the code is kept.
CREATE TABLE kode_sekali (
	id		INTEGER PRIMARY KEY,
	account_id	INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
	tujuan		TEXT NOT NULL CHECK (tujuan IN ('sandi','email','phone')),
	alamat		TEXT NOT NULL DEFAULT '',
	kode_hash	TEXT NOT NULL,
	created_at	INTEGER NOT NULL,
	expires_at	INTEGER NOT NULL,
	used_at		INTEGER,
	salah		INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX kode_sekali_akun ON kode_sekali(account_id, tujuan, created_at);
