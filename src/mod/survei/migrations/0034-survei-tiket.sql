-- 0034-survei-tiket: the survey invitation of a queue ticket served
-- without an application (issue 16: "after selesai the survey (IKM)
-- invitation goes out, and the survey answer is bound to the ticket's
-- service and unit").  Made by the antrian module in the transaction that
-- finishes the ticket; the holder answers at /survei/tiket/<kode> with
-- the code printed on the slip.  No account: the answer is anonymous.
-- kode is the ticket's code (antrian_tiket.kode), kept here without a
-- reference so that the survey does not depend on the queue's tables.
CREATE TABLE survei_tiket (
	kode		TEXT PRIMARY KEY CHECK (length(kode) BETWEEN 10 AND 64),
	nomor		TEXT NOT NULL CHECK (length(nomor) BETWEEN 1 AND 16),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	layanan_id	INTEGER NOT NULL REFERENCES layanan(id),
	created_at	INTEGER NOT NULL,
	answered_at	INTEGER
);
