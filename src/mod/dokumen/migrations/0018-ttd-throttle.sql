-- 0018-ttd-throttle: wrong signing passphrases (issue 12 item 6).
-- One row per wrong passphrase typed by a signer when a signing key is
-- unlocked (application_act_sign(), dokumen_supersede()).  Kept in the
-- database, not in a worker's memory, so that every worker counts the
-- same tries: 5 in 15 minutes hold the signer's key for the rest of the
-- window (doc/pki.md "Passphrase throttle").  Rows older than two windows
-- are deleted by the next failure's transaction.
CREATE TABLE ttd_gagal (
	id		INTEGER PRIMARY KEY,
	account_id	INTEGER NOT NULL REFERENCES account(id),
	at		INTEGER NOT NULL,
	addr		TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ttd_gagal_account ON ttd_gagal(account_id, at);
