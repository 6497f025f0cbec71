-- 0033-izin-pengingat: expiry reminders of issued permits (src/mod/
-- perizinan, issue 17).  izin.pemegang_id is the holder's account when
-- known (`pamong izin catat --pemegang-akun`); never published.  One
-- izin_pengingat row per permit and threshold (90, 60, 30 or 7 days
-- before berlaku_sampai), inserted first by the job perizinan.pengingat
-- so that a reminder goes out once.
ALTER TABLE izin ADD COLUMN pemegang_id INTEGER REFERENCES account(id);
CREATE TABLE izin_pengingat (
	izin_id		INTEGER NOT NULL REFERENCES izin(id),
	ambang		INTEGER NOT NULL CHECK (ambang IN (90, 60, 30, 7)),
	at		INTEGER NOT NULL,
	PRIMARY KEY (izin_id, ambang)
);
