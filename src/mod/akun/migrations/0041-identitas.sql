-- 0041-identitas: the identity a population letter carries (issue 18,
-- doc/dokumen.md "The identity block").
--
-- identitas_penduduk: a citizen account's data as on the KTP/KK, one row
-- per account, printed in the identity block of a letter issued to them
-- when the application's form has no field of the same name
-- (tempat_lahir, tanggal_lahir, jenis_kelamin, agama, pekerjaan,
-- status_perkawinan, kewarganegaraan, alamat, rt_rw).  '' is unknown
-- (printed "-"); tanggal_lahir is YYYY-MM-DD; jenis_kelamin L or P; rt
-- and rw are numbers (printed 003/001), NULL unknown.
CREATE TABLE identitas_penduduk (
	account_id	INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
	tempat_lahir	TEXT NOT NULL DEFAULT '' CHECK (length(tempat_lahir) <= 60),
	tanggal_lahir	TEXT NOT NULL DEFAULT ''
			    CHECK (tanggal_lahir = '' OR length(tanggal_lahir) = 10),
	jenis_kelamin	TEXT NOT NULL DEFAULT '' CHECK (jenis_kelamin IN ('','L','P')),
	agama		TEXT NOT NULL DEFAULT '' CHECK (length(agama) <= 40),
	pekerjaan	TEXT NOT NULL DEFAULT '' CHECK (length(pekerjaan) <= 100),
	status_perkawinan TEXT NOT NULL DEFAULT ''
			    CHECK (length(status_perkawinan) <= 40),
	kewarganegaraan	TEXT NOT NULL DEFAULT 'WNI'
			    CHECK (length(kewarganegaraan) <= 40),
	alamat		TEXT NOT NULL DEFAULT '' CHECK (length(alamat) <= 200),
	rt		INTEGER CHECK (rt IS NULL OR rt BETWEEN 0 AND 999),
	rw		INTEGER CHECK (rw IS NULL OR rw BETWEEN 0 AND 999),
	updated_at	INTEGER NOT NULL
);

-- The NIP (Nomor Induk Pegawai, 18 digits) of a civil servant, printed
-- under their name when they sign; '' for none.
ALTER TABLE account ADD COLUMN nip TEXT NOT NULL DEFAULT ''
    CHECK (nip = '' OR length(nip) = 18);
