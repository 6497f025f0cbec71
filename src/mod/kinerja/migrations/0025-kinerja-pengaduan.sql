-- 0025-kinerja-pengaduan: the complaint figures kept up to date as the
-- complaints change (issue 14, "cost as the work grows"), like the
-- applications' in 0021: the pages read a row per month x unit instead of
-- every complaint of the period with its history.  Written by the kinerja
-- module (kinerja_adu_catat()) from pengaduan_history(), in the same
-- transaction as every step of a complaint; no trigger.
--
-- kinerja_adu: complaints received in the WIB month ("YYYY-MM") by the
-- unit handling them (after disposisi, else the unit the reporter named;
-- 0: none yet), and of those answered in time (the unit's first answer on
-- or before 5 working days after the first disposisi, as pengaduan.c sets
-- the deadline: PENGADUAN_ANSWER_DAYS).
CREATE TABLE kinerja_adu (
	bulan		TEXT NOT NULL,
	unit_id		INTEGER NOT NULL,
	n		INTEGER NOT NULL DEFAULT 0,
	tepat		INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (bulan, unit_id)
);
-- pengaduan.kinerja_sig: what kinerja_adu counts the complaint as
-- ("YYYY-MM:unit:tepat"); NULL: not counted (made outside the pengaduan
-- module, a bulk import).  The pages count those from their rows on top
-- of the table until kinerja.serap takes them in; the partial index finds
-- them.
ALTER TABLE pengaduan ADD COLUMN kinerja_sig TEXT;
CREATE INDEX pengaduan_kinerja_belum ON pengaduan(created_at)
	WHERE kinerja_sig IS NULL;

-- fill: begin (bench/p0005-kinerja runs this part again after a bulk insert)
DELETE FROM kinerja_adu;
-- the weekday holidays as day numbers (days since 1970-01-01)
CREATE TEMP TABLE kinerja_libur AS
SELECT DISTINCT CAST(julianday(tanggal) - 2440587.5 AS INTEGER) AS d
FROM hari_libur
WHERE (CAST(julianday(tanggal) - 2440587.5 AS INTEGER) + 4) % 7 NOT IN (0, 6);
CREATE INDEX kinerja_libur_d ON kinerja_libur(d);
-- each complaint: WIB month, unit, WIB days of its first disposisi (hd)
-- and first answer (ht)
CREATE TEMP TABLE kinerja_isi_adu AS
SELECT p.id, strftime('%Y-%m', (p.created_at + 25200) / 86400 * 86400,
	'unixepoch') AS bulan, coalesce(p.unit_id, p.unit_tujuan_id, 0) AS unit_id,
	(SELECT (min(r.at) + 25200) / 86400 FROM pengaduan_riwayat r
	    WHERE r.pengaduan_id = p.id AND r.ke = 'didisposisi') AS hd,
	(SELECT (min(r.at) + 25200) / 86400 FROM pengaduan_riwayat r
	    WHERE r.pengaduan_id = p.id AND r.ke = 'ditanggapi') AS ht,
	0 AS tepat, CAST(NULL AS INTEGER) AS w
FROM pengaduan p;
-- w: the working days in [hd, ht], Monday-Friday days minus the
-- holidays on them
UPDATE kinerja_isi_adu SET w = 5 * ((ht + 1 - 4) / 7) + min((ht + 1 - 4) % 7, 5)
	- 5 * ((hd - 4) / 7) - min((hd - 4) % 7, 5)
	- (SELECT count(*) FROM kinerja_libur WHERE d BETWEEN hd AND ht)
WHERE hd IS NOT NULL AND ht IS NOT NULL AND ht >= hd;
-- in time: answered before the disposisi day, or w at most 5, or 6 with
-- ht itself a working day (ht is then the deadline,
-- kinerja_add_working(hd, 5))
UPDATE kinerja_isi_adu SET tepat = CASE
	WHEN hd IS NULL OR ht IS NULL THEN 0 WHEN ht < hd THEN 1
	WHEN w <= 5 THEN 1
	WHEN w = 6 AND (ht + 4) % 7 NOT IN (0, 6) AND
	    NOT EXISTS (SELECT 1 FROM kinerja_libur WHERE d = ht) THEN 1
	ELSE 0 END;
CREATE INDEX kinerja_isi_adu_id ON kinerja_isi_adu(id);
INSERT INTO kinerja_adu(bulan, unit_id, n, tepat)
SELECT bulan, unit_id, count(*), sum(tepat) FROM kinerja_isi_adu
GROUP BY bulan, unit_id;
UPDATE pengaduan SET kinerja_sig = (SELECT bulan || ':' ||
	CAST(unit_id AS TEXT) || ':' || CAST(tepat AS TEXT) FROM
	kinerja_isi_adu a WHERE a.id = pengaduan.id);
DROP TABLE kinerja_isi_adu;
DROP TABLE kinerja_libur;
-- fill: end
