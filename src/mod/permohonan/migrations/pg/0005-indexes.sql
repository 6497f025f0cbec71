-- PostgreSQL form (issue 14) of ../0005-indexes.sql: same tables, names, rules.
-- 0005-indexes: accounts per unit are counted on catalog and admin pages;
-- without this index the count scans every account (210 ms at 20,000
-- accounts, 4 ms with it, measured by the p0001 benchmark work).
CREATE INDEX account_unit ON account(unit_id);
