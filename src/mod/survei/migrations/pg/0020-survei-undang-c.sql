-- PostgreSQL form (issue 14) of ../0020-survei-undang-c.sql: same tables, names, rules.
-- The survey invitation at 'selesai' is a business rule: it moves from the
-- trigger of migration 0011 into C (survei_undang(), called by
-- application_act() in the transaction of the move).
DROP TRIGGER IF EXISTS survei_undang ON permohonan;
DROP FUNCTION IF EXISTS survei_undang();
