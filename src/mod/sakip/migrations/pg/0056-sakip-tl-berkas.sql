-- PostgreSQL form (issue 14) of ../0056-sakip-tl-berkas.sql: same column, names, rules.
-- 0056-sakip-tl-berkas: a follow-up's evidence may be a file uploaded
-- through berkas (issue 22, src/mod/sakip/temuan.c): its sha256, or ''
-- when the evidence is a link only.  Served to the Inspektorat and the
-- audited unit only (/petugas/temuan/bukti/{id}).
ALTER TABLE sakip_rekomendasi ADD COLUMN bukti_berkas text NOT NULL DEFAULT ''
    CHECK (length(bukti_berkas) IN (0, 64));
