-- 0024-kinerja-durasi: each month's completion-time histogram in one row
-- (issue 14, "cost as the work grows"): the column kinerja_bulan.durasi,
-- "hk:n hk:n ..." with the working days hk ascending and each n > 0
-- (src/mod/kinerja/durasi.h), instead of the table kinerja_durasi with a
-- row per month x unit x service x completion time (169 000 rows at
-- 1 000 000 applications against kinerja_bulan's 35 500).  Written by
-- kinerja_agregat.c after the month's kinerja_bulan row, in the same
-- transaction.
ALTER TABLE kinerja_bulan ADD COLUMN durasi TEXT NOT NULL DEFAULT '';
DROP TABLE kinerja_durasi;

-- Every aggregate again from the applications, as migration 0021 did (its
-- fill, with the histograms into the new column).
-- fill: begin (bench/p0005-kinerja runs this part again after a bulk insert)
DELETE FROM kinerja_bulan;
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
-- the histograms: working days in [hm, hs] minus one, at least 0
-- (kinerja_hari_kerja()): Monday-Friday days minus the holidays on them
CREATE TEMP TABLE kinerja_isi_durasi AS
SELECT strftime('%Y-%m', hs * 86400, 'unixepoch') AS bulan, unit_id, layanan_id,
	max(0, 5 * ((hs + 1 - 4) / 7) + min((hs + 1 - 4) % 7, 5)
	- 5 * ((hm - 4) / 7) - min((hm - 4) % 7, 5)
	- (SELECT count(*) FROM hari_libur h WHERE
	    CAST(julianday(h.tanggal) - 2440587.5 AS INTEGER) BETWEEN hm AND hs
	    AND (CAST(julianday(h.tanggal) - 2440587.5 AS INTEGER) + 4) % 7
	    NOT IN (0, 6)) - 1) AS hk, count(*) AS n
FROM kinerja_isi WHERE kelas = 1
GROUP BY 1, 2, 3, 4;
CREATE INDEX kinerja_isi_durasi_k ON kinerja_isi_durasi(bulan, unit_id,
	layanan_id, hk);
-- in the order of hari_kerja (the subquery's ORDER BY)
UPDATE kinerja_bulan SET durasi = coalesce((SELECT group_concat(
	CAST(hk AS TEXT) || ':' || CAST(n AS TEXT), ' ') FROM (SELECT hk, n
	FROM kinerja_isi_durasi d WHERE d.bulan = kinerja_bulan.bulan AND
	d.unit_id = kinerja_bulan.unit_id AND
	d.layanan_id = kinerja_bulan.layanan_id ORDER BY hk)), '');
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
DROP TABLE kinerja_isi_durasi;
DROP TABLE kinerja_isi;
-- fill: end
