-- PostgreSQL form (issue 14) of ../0004-hari-libur-2026.sql: same tables, names, rules.
-- 0004-hari-libur-2026: national holidays and cuti bersama of 2026 from the
-- joint decree (SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri
-- PANRB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025),
-- and an index for the escalation timer.  Applied once: an admin's later
-- edits in /admin/libur are kept.  2027 is left for the admin.
INSERT INTO hari_libur(tanggal, nama, jenis, dasar) VALUES
	('2026-01-01', 'Tahun Baru 2026 Masehi', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-02-16', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', 'cuti_bersama', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-03-18', 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1948', 'cuti_bersama', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-03-20', 'Cuti bersama Idulfitri 1447 H', 'cuti_bersama', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-03-21', 'Idulfitri 1447 H', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-03-22', 'Idulfitri 1447 H', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-03-23', 'Cuti bersama Idulfitri 1447 H', 'cuti_bersama', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-03-24', 'Cuti bersama Idulfitri 1447 H', 'cuti_bersama', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-04-03', 'Wafat Yesus Kristus', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-05-01', 'Hari Buruh Internasional', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-05-14', 'Kenaikan Yesus Kristus', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'cuti_bersama', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-05-27', 'Iduladha 1447 H', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-05-28', 'Cuti bersama Iduladha 1447 H', 'cuti_bersama', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-05-31', 'Hari Raya Waisak 2570 BE', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-06-01', 'Hari Lahir Pancasila', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-06-16', '1 Muharam Tahun Baru Islam 1448 H', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-08-17', 'Proklamasi Kemerdekaan', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-08-25', 'Maulid Nabi Muhammad SAW', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'cuti_bersama', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025'),
	('2026-12-25', 'Kelahiran Yesus Kristus', 'libur_nasional', 'SKB Menag, Menaker, MenPANRB No. 1497/2025, 2/2025, 5/2025')
ON CONFLICT DO NOTHING;

-- The escalation timer looks for open cases whose state is due.
CREATE INDEX permohonan_due ON permohonan(state_due)
	WHERE state_due IS NOT NULL AND draft = 0;
