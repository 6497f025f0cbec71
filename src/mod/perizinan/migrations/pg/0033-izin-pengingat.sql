-- PostgreSQL form (issue 14) of ../0033-izin-pengingat.sql: same names, rules.
-- 0033-izin-pengingat: expiry reminders of issued permits (src/mod/
-- perizinan, issue 17).  izin.pemegang_id is the holder's account when
-- known (`pamong izin catat --pemegang-akun`); never published.  One
-- izin_pengingat row per permit and threshold (90, 60, 30 or 7 days
-- before berlaku_sampai), inserted first by the job perizinan.pengingat
-- so that a reminder goes out once.
ALTER TABLE izin ADD COLUMN pemegang_id bigint REFERENCES account(id);
CREATE TABLE izin_pengingat (
	izin_id		bigint NOT NULL REFERENCES izin(id),
	ambang		bigint NOT NULL CHECK (ambang IN (90, 60, 30, 7)),
	at		bigint NOT NULL,
	PRIMARY KEY (izin_id, ambang)
);
