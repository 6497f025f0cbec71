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
	SELECT to_char(DATE '1970-01-01' + hm::int, 'YYYY-MM') AS bulan, unit_id,
		layanan_id, 1 AS masuk, 0 AS selesai, 0 AS ditolak,
		0 AS dicabut, 0 AS berstandar, 0 AS tepat FROM kinerja_isi
	UNION ALL
	SELECT to_char(DATE '1970-01-01' + hs::int, 'YYYY-MM'), unit_id,
		layanan_id, 0, CASE WHEN kelas = 1 THEN 1 ELSE 0 END,
		CASE WHEN kelas = 2 THEN 1 ELSE 0 END,
		CASE WHEN kelas = 3 THEN 1 ELSE 0 END,
		CASE WHEN kelas = 1 AND due_date <> '' THEN 1 ELSE 0 END,
		CASE WHEN kelas = 1 AND due_date <> '' AND
		to_char(DATE '1970-01-01' + hs::int, 'YYYY-MM-DD') <= due_date
		THEN 1 ELSE 0 END
	FROM kinerja_isi WHERE kelas <> 0) x
GROUP BY bulan, unit_id, layanan_id;
-- the histograms: working days in [hm, hs] minus one, at least 0
-- (kinerja_hari_kerja()): Monday-Friday days minus the holidays on them
CREATE TEMP TABLE kinerja_isi_durasi AS
SELECT to_char(DATE '1970-01-01' + hs::int, 'YYYY-MM') AS bulan, unit_id, layanan_id,
	greatest(0, 5 * ((hs + 1 - 4) / 7) + least((hs + 1 - 4) % 7, 5)
	- 5 * ((hm - 4) / 7) - least((hm - 4) % 7, 5)
	- (SELECT count(*) FROM hari_libur h WHERE
	    (h.tanggal::date - DATE '1970-01-01') BETWEEN hm AND hs
	    AND ((h.tanggal::date - DATE '1970-01-01') + 4) % 7
	    NOT IN (0, 6)) - 1) AS hk, count(*) AS n
FROM kinerja_isi WHERE kelas = 1
GROUP BY 1, 2, 3, 4;
UPDATE kinerja_bulan b SET durasi = d.h FROM (SELECT bulan, unit_id,
	layanan_id, string_agg(CAST(hk AS TEXT) || ':' || CAST(n AS TEXT), ' '
	ORDER BY hk) AS h FROM kinerja_isi_durasi GROUP BY 1, 2, 3) d
WHERE d.bulan = b.bulan AND d.unit_id = b.unit_id AND
	d.layanan_id = b.layanan_id;
INSERT INTO kinerja_buka(unit_id, layanan_id, bulan, due_date, n)
SELECT unit_id, layanan_id, to_char(DATE '1970-01-01' + hm::int, 'YYYY-MM'),
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
