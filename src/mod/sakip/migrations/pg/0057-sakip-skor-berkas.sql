-- PostgreSQL form (issue 14) of ../0057-sakip-skor-berkas.sql: same column, names, rules.
-- 0057-sakip-skor-berkas: an external score's source document may be a
-- file stored in berkas (issue 22, src/mod/sakip/skor.c): its sha256, or
-- '' when there is none.  Public (an official result), served at
-- /sakip/skor-berkas/{jenis}-{tahun}.
ALTER TABLE sakip_skor ADD COLUMN berkas text NOT NULL DEFAULT ''
    CHECK (length(berkas) IN (0, 64));
