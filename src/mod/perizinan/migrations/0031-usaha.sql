-- 0031-usaha: the business identity an account acts for (issue 17): NIB,
-- NPWP, name and KBLI list of a company; several accounts may act for one
-- business (usaha_kuasa).  Written only by usaha_simpan() and
-- usaha_kuasa_tambah(), each with its audit event.
CREATE TABLE usaha (
	id		INTEGER PRIMARY KEY,
	nib		TEXT NOT NULL UNIQUE CHECK (length(nib) = 13),
	npwp		TEXT NOT NULL CHECK (length(npwp) IN (15, 16)),
	nama		TEXT NOT NULL CHECK (length(nama) BETWEEN 2 AND 200),
	kbli		TEXT NOT NULL DEFAULT '' CHECK (length(kbli) <= 300),
	created_at	INTEGER NOT NULL,
	updated_at	INTEGER NOT NULL
);
CREATE TABLE usaha_kuasa (
	usaha_id	INTEGER NOT NULL REFERENCES usaha(id),
	account_id	INTEGER NOT NULL REFERENCES account(id),
	created_at	INTEGER NOT NULL,
	PRIMARY KEY (usaha_id, account_id)
);
CREATE INDEX usaha_kuasa_account ON usaha_kuasa(account_id);
