-- 0017-nik-verifikasi: a NIK on an account is claimed until it is verified
-- (issue 12 item 5; doc/operations.md "Verifikasi NIK").
--
-- nik_verified_at: NULL while the NIK is only claimed (self sign-up);
-- the time it was verified otherwise.  nik_verified_by: the officer or
-- administrator who verified it (NULL for the CLI, the migration, or the
-- external verifier run from the CLI).  nik_verified_via: how --
-- 'admin' (created with the NIK by an administrator or `pamong user
-- add`), 'kantor' (KTP checked in person at a kampung/kelurahan office or
-- Disdukcapil), 'permohonan' (KTP of an application confirmed at its
-- verification step), 'dukcapil' (external verifier), 'ambil_alih' (the
-- owner took the NIK back at an office), 'migrasi' (see below).
-- warga_id: a staff account's link to the same person's citizen account;
-- its verified NIK is the staff account's identity for the separation of
-- duties when the staff account has no verified NIK of its own.
ALTER TABLE account ADD COLUMN nik_verified_at INTEGER;
ALTER TABLE account ADD COLUMN nik_verified_by INTEGER REFERENCES account(id);
ALTER TABLE account ADD COLUMN nik_verified_via TEXT NOT NULL DEFAULT '';
ALTER TABLE account ADD COLUMN warga_id INTEGER REFERENCES account(id);

-- Existing accounts: a NIK is verified only when the account was created
-- by an administrator (audit "akun.buat" with an actor) or by the CLI
-- (audit address "cli": `pamong user add`, `pamong init --demo`); every
-- self sign-up (no actor, a client address) stays claimed.
UPDATE account SET nik_verified_at = created_at, nik_verified_via = 'migrasi'
WHERE nik IS NOT NULL AND EXISTS (SELECT 1 FROM audit_event e
    WHERE e.action = 'akun.buat' AND e.object_id = account.username
    AND (e.actor_id IS NOT NULL OR e.addr = 'cli'));

-- Sign-up throttling per client address (5 an hour): one row per sign-up
-- that created an account or was refused because the NIK or username is
-- taken.  Rows older than a day are deleted as new ones come.
CREATE TABLE daftar_attempt (
	id		INTEGER PRIMARY KEY,
	addr		TEXT NOT NULL,
	at		INTEGER NOT NULL
);
CREATE INDEX daftar_attempt_addr ON daftar_attempt(addr, at);
