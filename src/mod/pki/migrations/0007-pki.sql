-- 0007-pki: the regency PKI (issue 4, src/domain/pki*.c, doc/pki.md).
--
-- signer_cert: one row per officer certificate issued by the issuing CA
-- in DATA/pki.  The private key is PKCS#8, encrypted (PBES2, PBKDF2-
-- HMAC-SHA256, AES-256-CBC) under the officer's own passphrase, which is
-- never stored.  The key is wiped (key_pem = '') when the certificate is
-- revoked or superseded.  At most one active certificate per account.
CREATE TABLE signer_cert (
	id		INTEGER PRIMARY KEY,
	account_id	INTEGER NOT NULL REFERENCES account(id),
	serial		TEXT NOT NULL UNIQUE,		-- lower-case hex
	subject		TEXT NOT NULL,			-- RFC 2253 one line
	title		TEXT NOT NULL DEFAULT '',	-- jabatan in the cert
	unit_name	TEXT NOT NULL DEFAULT '',	-- OU in the cert
	issuer_fp	TEXT NOT NULL,			-- hex SHA-256 of the
							-- issuing CA cert
	cert_der	BLOB NOT NULL,
	cert_sha256	TEXT NOT NULL UNIQUE,		-- hex, of cert_der
	key_pem		TEXT NOT NULL,			-- encrypted PKCS#8 PEM
	key_type	TEXT NOT NULL CHECK (key_type IN ('ec','rsa')),
	status		TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN
			    ('aktif','dicabut','digantikan')),
	not_before	INTEGER NOT NULL,
	not_after	INTEGER NOT NULL,
	created_at	INTEGER NOT NULL,
	created_by	INTEGER REFERENCES account(id),	-- NULL: CLI
	revoked_at	INTEGER,
	revoke_reason	INTEGER CHECK (revoke_reason IS NULL OR
			    revoke_reason BETWEEN 0 AND 10),	-- RFC 5280
	revoke_text	TEXT NOT NULL DEFAULT '',
	revoked_by	INTEGER REFERENCES account(id),
	CHECK ((status = 'aktif') = (revoked_at IS NULL))
);
CREATE INDEX signer_cert_account ON signer_cert(account_id, id);
CREATE UNIQUE INDEX signer_cert_one_active ON signer_cert(account_id)
    WHERE status = 'aktif';

-- Monotonic counters of the PKI.  crl_number: the CRL number of the last
-- CRL issued (pki_init() writes number 1 without a database; re-issues
-- take the next number here).  TSA serial numbers are not counted: they
-- are 160-bit values (64-bit microsecond time + 96 random bits), unique
-- without a write per time-stamp.
CREATE TABLE pki_counter (
	name		TEXT PRIMARY KEY,
	value		INTEGER NOT NULL
);
INSERT INTO pki_counter (name, value) VALUES ('crl_number', 1);
