-- PostgreSQL form (issue 14) of ../0013-kinerja.sql: same tables, names, rules.
-- 0013-kinerja: indexes for the public performance figures (doc/kinerja.md).
-- Figures are computed from permohonan on every request; nothing is typed
-- in and nothing is cached in a table.  A period's query reads the
-- submitted applications by submission time from a covering index (no
-- table lookups; draft is in it so that SQLite sees it as covering); a
-- kampung's or kecamatan's page reads its own by penerbit_id; "overdue
-- now" reads the open ones by due date.
CREATE INDEX permohonan_kinerja_masuk ON permohonan(submitted_at,
	finished_at, layanan_id, penerbit_id, state, due_date, draft)
	WHERE draft = 0;
CREATE INDEX permohonan_kinerja_unit ON permohonan(penerbit_id,
	submitted_at, finished_at, layanan_id, state, due_date, draft)
	WHERE draft = 0;
CREATE INDEX permohonan_kinerja_buka ON permohonan(due_date)
	WHERE draft = 0 AND finished_at IS NULL;
