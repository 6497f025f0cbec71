-- PostgreSQL form (issue 14) of ../0016-surat-versi.sql: same tables, names, rules.
-- 0016-surat-versi (issue 12, trust fixes): letter templates are versioned
-- and every signed letter records the version it was rendered from; the
-- demo check of `pamong serve --prod` remembers what it has checked.
--
-- surat_templat.versi counts saves (1 = the first row); every version's
-- text stays in surat_templat_versi, so a letter's wording can be shown
-- as it was when it was signed.  dokumen.templat_versi: the version used
-- (0 = the default generated from the service's form; NULL = signed
-- before this migration).
ALTER TABLE surat_templat ADD COLUMN versi bigint NOT NULL DEFAULT 1;
CREATE TABLE surat_templat_versi (
	layanan_id	bigint NOT NULL REFERENCES layanan(id) ON DELETE CASCADE,
	versi		bigint NOT NULL CHECK (versi >= 1),
	judul		text NOT NULL,
	isi		text NOT NULL,
	klasifikasi	text NOT NULL,
	created_at	bigint NOT NULL,
	created_by	bigint REFERENCES account(id),	-- NULL: CLI / seed
	PRIMARY KEY (layanan_id, versi)
);
INSERT INTO surat_templat_versi(layanan_id, versi, judul, isi, klasifikasi,
    created_at, created_by)
    SELECT layanan_id, 1, judul, isi, klasifikasi, updated_at, updated_by
    FROM surat_templat;
ALTER TABLE dokumen ADD COLUMN templat_versi bigint;

-- What `pamong serve --prod` found not to accept a demo secret: kind
-- 'akun' (ref = account id, stamp = SHA-256 of pw_hash) or 'kunci'
-- (ref = signer_cert id, stamp = SHA-256 of key_pem).  A changed
-- password or key changes the stamp and is checked again.
CREATE TABLE demo_periksa (
	kind		text NOT NULL CHECK (kind IN ('akun','kunci')),
	ref		bigint NOT NULL,
	stamp		text NOT NULL,
	PRIMARY KEY (kind, ref)
);
