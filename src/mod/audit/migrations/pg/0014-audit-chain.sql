-- PostgreSQL form (issue 14) of ../0014-audit-chain.sql: same tables, names, rules.
-- 0014-audit-chain: the staff audit trail becomes a hash chain.
-- Each new event stores the hash of the previous event (prev_hash) and
-- its own hash = SHA-256(prev_hash || canonical bytes of the row); see
-- src/domain/audit.c and doc/audit.md.  Events written before this
-- migration keep NULL hashes; the chain starts at the first event after
-- it (its prev_hash is 32 zero bytes) and `pamong audit verify` reports
-- where it starts.
ALTER TABLE audit_event ADD COLUMN prev_hash bytea;
ALTER TABLE audit_event ADD COLUMN hash bytea;
