-- 0027-antrian-pesan: online bookings of the MPP queue (src/mod/antrian).
-- A booking reserves a session (pagi/siang) of a service on a day within
-- the booking window; it is not a place in line: checked in at the site
-- inside the check-in window it becomes a ticket in the same FIFO (by
-- check-in time).  The NIK is kept only as an HMAC under the data
-- directory's secret and its last 4 digits.  One active booking per NIK
-- per service per day (the partial unique index).
CREATE TABLE antrian_pesan (
	id		INTEGER PRIMARY KEY,
	kode		TEXT NOT NULL UNIQUE CHECK (length(kode) >= 10),
	lokasi_id	INTEGER NOT NULL REFERENCES antrian_lokasi(id),
	layanan_id	INTEGER NOT NULL REFERENCES antrian_layanan(id),
	tanggal		TEXT NOT NULL CHECK (length(tanggal) = 10),
	sesi		TEXT NOT NULL CHECK (sesi IN ('pagi','siang')),
	nik_hmac	TEXT NOT NULL CHECK (length(nik_hmac) = 64),
	nik4		TEXT NOT NULL CHECK (length(nik4) = 4),
	account_id	INTEGER REFERENCES account(id),
	status		TEXT NOT NULL CHECK (status IN ('aktif','checkin','batal',
			    'kedaluwarsa')),
	tiket_id	INTEGER REFERENCES antrian_tiket(id),
	dibuat_at	INTEGER NOT NULL,
	checkin_at	INTEGER
);
CREATE UNIQUE INDEX antrian_pesan_satu ON antrian_pesan(nik_hmac, layanan_id,
    tanggal) WHERE status IN ('aktif','checkin');
CREATE INDEX antrian_pesan_sesi ON antrian_pesan(layanan_id, tanggal, sesi,
    status);
