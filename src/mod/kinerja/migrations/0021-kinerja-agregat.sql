-- 0021-kinerja-agregat: the performance figures kept up to date as the
-- applications change (issue 14, "cost as the work grows"), so that
-- /kinerja costs the same at 1 000 000 applications as at 1 000.
-- Written by the kinerja module (kinerja_agregat.c), in the same
-- transaction as each change of an application (permohonan.c,
-- permohonan_act.c); no trigger.  Keys are WIB civil months ("YYYY-MM",
-- the periods of doc/kinerja.md) x responsible unit (layanan.unit_id,
-- else permohonan.penerbit_id) x service.
--
-- kinerja_bulan: applications submitted in the month (masuk) and finished
-- in it, by outcome; berstandar/tepat: completed with a due date, and of
-- those on or before it.
CREATE TABLE kinerja_bulan (
	bulan		TEXT NOT NULL,
	unit_id		INTEGER NOT NULL,
	layanan_id	INTEGER NOT NULL,
	masuk		INTEGER NOT NULL DEFAULT 0,
	selesai		INTEGER NOT NULL DEFAULT 0,
	ditolak		INTEGER NOT NULL DEFAULT 0,
	dicabut		INTEGER NOT NULL DEFAULT 0,
	berstandar	INTEGER NOT NULL DEFAULT 0,
	tepat		INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (bulan, unit_id, layanan_id)
);
-- kinerja_durasi: completed applications of the month by completion time
-- in working days (computed when the application finishes, with the
-- holidays known then: a holiday added afterwards does not rewrite it).
CREATE TABLE kinerja_durasi (
	bulan		TEXT NOT NULL,
	unit_id		INTEGER NOT NULL,
	layanan_id	INTEGER NOT NULL,
	hari_kerja	INTEGER NOT NULL,
	n		INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (bulan, unit_id, layanan_id, hari_kerja)
);
-- kinerja_buka: open applications by submission month and due date (''
-- none); rows that reach 0 are deleted, so it is as large as open work.
CREATE TABLE kinerja_buka (
	unit_id		INTEGER NOT NULL,
	layanan_id	INTEGER NOT NULL,
	bulan		TEXT NOT NULL,
	due_date	TEXT NOT NULL DEFAULT '',
	n		INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (unit_id, layanan_id, bulan, due_date)
);
CREATE INDEX kinerja_buka_due ON kinerja_buka(due_date);
-- permohonan.kinerja_sig: what the tables count the application as
-- (submitted_at:finished_at:outcome:penerbit_id:layanan_id:due_date, NULL
-- for a draft), written with the tables.  A row whose kinerja_sig differs
-- from its columns was changed outside the permohonan module (by hand, a
-- bulk import): the partial index finds those, and the pages count them
-- from the row on top of the tables until kinerja_agregat_serap() (job
-- kinerja.serap) takes them in.
ALTER TABLE permohonan ADD COLUMN kinerja_sig TEXT;
CREATE INDEX permohonan_kinerja_beda ON permohonan(id)
	WHERE kinerja_sig IS DISTINCT FROM (CASE WHEN draft = 0 AND submitted_at IS NOT NULL THEN
	CAST(submitted_at AS TEXT) || ':' ||
	coalesce(CAST(finished_at AS TEXT), '') || ':' ||
	CASE WHEN finished_at IS NULL THEN '0' WHEN state = 'ditolak' THEN '2'
	WHEN state = 'dibatalkan' THEN '3' ELSE '1' END || ':' ||
	CAST(penerbit_id AS TEXT) || ':' || CAST(layanan_id AS TEXT) || ':' ||
	coalesce(due_date, '') END);
-- The overdue list reads open applications by due date (LIMIT 200).
CREATE INDEX permohonan_kinerja_telat ON permohonan(due_date, id)
	WHERE draft = 0 AND finished_at IS NULL AND due_date IS NOT NULL;
-- Complaints are still read per period (by created_at), not all of them,
-- each with its first disposition and first answer: both from covering
-- indexes (one seek each, no table lookups).
CREATE INDEX pengaduan_kinerja_masuk ON pengaduan(created_at, unit_id,
	unit_tujuan_id);
CREATE INDEX pengaduan_riwayat_kinerja ON pengaduan_riwayat(pengaduan_id,
	ke, at);

-- fill: begin (bench/p0005-kinerja runs this part again after a bulk insert)
DELETE FROM kinerja_bulan;
DELETE FROM kinerja_durasi;
DELETE FROM kinerja_buka;
CREATE TEMP TABLE kinerja_isi AS
SELECT coalesce(l.unit_id, p.penerbit_id) AS unit_id, p.layanan_id,
	(p.submitted_at + 25200) / 86400 AS hm,
	CASE WHEN p.finished_at IS NULL THEN NULL
	ELSE (p.finished_at + 25200) / 86400 END AS hs,
	CASE WHEN p.finished_at IS NULL THEN 0 WHEN p.state = 'ditolak' THEN 2
	WHEN p.state = 'dibatalkan' THEN 3 ELSE 1 END AS kelas,
	coalesce(p.due_date, '') AS due_date
FROM permohonan p JOIN layanan l ON l.id = p.layanan_id
WHERE p.draft = 0 AND p.submitted_at IS NOT NULL;
INSERT INTO kinerja_bulan(bulan, unit_id, layanan_id, masuk, selesai,
	ditolak, dicabut, berstandar, tepat)
SELECT bulan, unit_id, layanan_id, sum(masuk), sum(selesai), sum(ditolak),
	sum(dicabut), sum(berstandar), sum(tepat) FROM (
	SELECT strftime('%Y-%m', hm * 86400, 'unixepoch') AS bulan, unit_id,
		layanan_id, 1 AS masuk, 0 AS selesai, 0 AS ditolak,
		0 AS dicabut, 0 AS berstandar, 0 AS tepat FROM kinerja_isi
	UNION ALL
	SELECT strftime('%Y-%m', hs * 86400, 'unixepoch'), unit_id,
		layanan_id, 0, kelas = 1, kelas = 2, kelas = 3,
		kelas = 1 AND due_date <> '',
		kelas = 1 AND due_date <> '' AND
		strftime('%Y-%m-%d', hs * 86400, 'unixepoch') <= due_date
	FROM kinerja_isi WHERE kelas <> 0) x
GROUP BY bulan, unit_id, layanan_id;
-- working days in [hm, hs] minus one, at least 0 (kinerja_hari_kerja()):
-- Monday-Friday days minus the holidays on them
INSERT INTO kinerja_durasi(bulan, unit_id, layanan_id, hari_kerja, n)
SELECT strftime('%Y-%m', hs * 86400, 'unixepoch'), unit_id, layanan_id,
	max(0, 5 * ((hs + 1 - 4) / 7) + min((hs + 1 - 4) % 7, 5)
	- 5 * ((hm - 4) / 7) - min((hm - 4) % 7, 5)
	- (SELECT count(*) FROM hari_libur h WHERE
	    CAST(julianday(h.tanggal) - 2440587.5 AS INTEGER) BETWEEN hm AND hs
	    AND (CAST(julianday(h.tanggal) - 2440587.5 AS INTEGER) + 4) % 7
	    NOT IN (0, 6)) - 1) AS hk, count(*)
FROM kinerja_isi WHERE kelas = 1
GROUP BY 1, 2, 3, 4;
INSERT INTO kinerja_buka(unit_id, layanan_id, bulan, due_date, n)
SELECT unit_id, layanan_id, strftime('%Y-%m', hm * 86400, 'unixepoch'),
	due_date, count(*) FROM kinerja_isi WHERE kelas = 0
GROUP BY 1, 2, 3, 4;
UPDATE permohonan SET kinerja_sig = CASE WHEN draft = 0 AND submitted_at IS NOT NULL THEN
	CAST(submitted_at AS TEXT) || ':' ||
	coalesce(CAST(finished_at AS TEXT), '') || ':' ||
	CASE WHEN finished_at IS NULL THEN '0' WHEN state = 'ditolak' THEN '2'
	WHEN state = 'dibatalkan' THEN '3' ELSE '1' END || ':' ||
	CAST(penerbit_id AS TEXT) || ':' || CAST(layanan_id AS TEXT) || ':' ||
	coalesce(due_date, '') END;
DROP TABLE kinerja_isi;
-- fill: end
