-- 0055-sakip-kontrasign: the countersignature of a Perjanjian Kinerja by
-- the superior (issue 22, src/mod/sakip/dokumen.c): a second incremental
-- PAdES signature on the head's signed PDF.  sha256 and ukuran then name
-- the countersigned file; atasan_id and atasan_at who and when.
ALTER TABLE sakip_dokumen ADD COLUMN atasan_id INTEGER REFERENCES account(id);
ALTER TABLE sakip_dokumen ADD COLUMN atasan_at INTEGER;
