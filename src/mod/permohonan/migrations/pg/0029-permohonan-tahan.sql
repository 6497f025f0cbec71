-- PostgreSQL form (issue 14) of ../0029-permohonan-tahan.sql: same tables, names, rules.
-- 0029-permohonan-tahan: holds on an application's decision (issue 17).
-- Another module puts a hold on an application inside its own
-- transaction (permohonan_tahan()), e.g. perizinan while a retribution
-- letter (SKRD) is unpaid, and lifts it (permohonan_lepas()) in the
-- transaction that settles it.  While a hold is open, no action that
-- signs the decision is taken (permohonan_act()); the reason is shown.
-- One row per application and source; dilepas_at NULL while open.
CREATE TABLE permohonan_tahan (
	permohonan_id	bigint NOT NULL REFERENCES permohonan(id),
	sumber		text NOT NULL CHECK (length(sumber) BETWEEN 2 AND 40),
	alasan		text NOT NULL CHECK (length(alasan) BETWEEN 2 AND 300),
	dibuat_at	bigint NOT NULL,
	dilepas_at	bigint,
	PRIMARY KEY (permohonan_id, sumber)
);
