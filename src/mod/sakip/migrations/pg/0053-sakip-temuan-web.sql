-- PostgreSQL form (issue 14) of ../0053-sakip-temuan-web.sql: same columns, names, rules.
-- 0053-sakip-temuan-web: the follow-up of audit findings on the web
-- (issue 22, src/mod/sakip/temuan.c).  The audited unit submits its
-- follow-up (tindak_lanjut, bukti_url) at diajukan_at; the Inspektorat
-- reviews it into one of the four outcomes with a note (telaah) and may
-- publish a finding (terbit = 1): only published findings show their
-- texts on /sakip, the others stay internal (counts only).
ALTER TABLE sakip_rekomendasi ADD COLUMN diajukan_at bigint;
ALTER TABLE sakip_rekomendasi ADD COLUMN telaah text NOT NULL DEFAULT ''
    CHECK (length(telaah) <= 2000);
ALTER TABLE sakip_rekomendasi ADD COLUMN terbit bigint NOT NULL DEFAULT 0
    CHECK (terbit IN (0, 1));
ALTER TABLE sakip_lhp ADD COLUMN dibuat_at bigint;
CREATE INDEX sakip_lhp_unit ON sakip_lhp(unit_id);
