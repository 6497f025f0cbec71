-- PostgreSQL form (issue 14) of ../0028-antrian-permohonan.sql: same tables, names, rules.
-- 0028-antrian-permohonan: a booking and its ticket bound to the
-- citizen's application in Pamong (issue 16), so that the officer at the
-- counter opens the case directly; the ticket's reminder time (a
-- notification once its holder is few places away).
ALTER TABLE antrian_pesan ADD COLUMN permohonan_id bigint
    REFERENCES permohonan(id);
ALTER TABLE antrian_tiket ADD COLUMN permohonan_id bigint
    REFERENCES permohonan(id);
ALTER TABLE antrian_tiket ADD COLUMN ingat_at bigint;
CREATE INDEX antrian_tiket_permohonan ON antrian_tiket(permohonan_id)
    WHERE permohonan_id IS NOT NULL;
