-- 0026-antrian: the queue of the Mal Pelayanan Publik (src/mod/antrian).
-- Model as data: a site (lokasi) -> tenant agencies (instansi: a Pamong
-- unit, or an outside agency without a workflow in Pamong) -> services
-- (from the catalog or local to the agency, each with its number prefix
-- and quotas per session) -> counters (loket, each serving a set of
-- services) -> officers on duty.  Opening hours per day of the week and a
-- daily issuing cut-off per site.  Written only by the module's rules,
-- each change in one transaction with its audit event.

-- The counter officer role: account_role's CHECK lists role names, so the
-- table is rebuilt with the new name (nothing references account_role).
CREATE TABLE account_role_new (
	account_id	INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
	role		TEXT NOT NULL CHECK (role IN ('warga','operator',
			    'verifikator','penandatangan','kepala','admin',
			    'inspektorat','koordinator_spbe','pimpinan',
			    'superadmin','admin_pengaduan','petugas_loket')),
	PRIMARY KEY (account_id, role)
);
INSERT INTO account_role_new(account_id, role)
    SELECT account_id, role FROM account_role;
DROP TABLE account_role;
ALTER TABLE account_role_new RENAME TO account_role;

CREATE TABLE antrian_lokasi (
	id		INTEGER PRIMARY KEY,
	kode		TEXT NOT NULL UNIQUE CHECK (length(kode) BETWEEN 2 AND 32),
	nama		TEXT NOT NULL CHECK (length(nama) BETWEEN 2 AND 160),
	alamat		TEXT NOT NULL DEFAULT '',
	batas_ambil	TEXT NOT NULL DEFAULT '' CHECK (batas_ambil = '' OR
			    length(batas_ambil) = 5),	-- "HH:MM" WIB, '' none
	jam_berlaku	INTEGER NOT NULL DEFAULT 1 CHECK (jam_berlaku IN (0,1)),
	demo		INTEGER NOT NULL DEFAULT 0 CHECK (demo IN (0,1))
);
-- hari: 1 Senin ... 7 Minggu; times "HH:MM" WIB; a missing day is closed.
CREATE TABLE antrian_jam (
	lokasi_id	INTEGER NOT NULL REFERENCES antrian_lokasi(id),
	hari		INTEGER NOT NULL CHECK (hari BETWEEN 1 AND 7),
	buka		TEXT NOT NULL CHECK (length(buka) = 5),
	tutup		TEXT NOT NULL CHECK (length(tutup) = 5),
	CHECK (buka < tutup),
	PRIMARY KEY (lokasi_id, hari)
);
-- a tenant agency: unit_id set for an OPD of Pamong, NULL for an outside
-- agency (Samsat, BPJS ...) that has counters but no workflow here
CREATE TABLE antrian_instansi (
	id		INTEGER PRIMARY KEY,
	lokasi_id	INTEGER NOT NULL REFERENCES antrian_lokasi(id),
	kode		TEXT NOT NULL CHECK (length(kode) BETWEEN 2 AND 32),
	nama		TEXT NOT NULL CHECK (length(nama) BETWEEN 2 AND 160),
	unit_id		INTEGER REFERENCES unit(id),
	UNIQUE (lokasi_id, kode)
);
-- a service at the site: kode is a catalog code (layanan.kode) or local
-- to the agency; prefix starts its ticket numbers (A-001); kuota_* is
-- the most tickets per session per day (0: no limit)
CREATE TABLE antrian_layanan (
	id		INTEGER PRIMARY KEY,
	lokasi_id	INTEGER NOT NULL REFERENCES antrian_lokasi(id),
	instansi_id	INTEGER NOT NULL REFERENCES antrian_instansi(id),
	kode		TEXT NOT NULL CHECK (length(kode) BETWEEN 2 AND 32),
	nama		TEXT NOT NULL CHECK (length(nama) BETWEEN 2 AND 200),
	prefix		TEXT NOT NULL CHECK (length(prefix) BETWEEN 1 AND 2),
	kuota_pagi	INTEGER NOT NULL DEFAULT 0 CHECK (kuota_pagi >= 0),
	kuota_siang	INTEGER NOT NULL DEFAULT 0 CHECK (kuota_siang >= 0),
	aktif		INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0,1)),
	UNIQUE (lokasi_id, kode),
	UNIQUE (lokasi_id, prefix)
);
-- a counter; jeda is the reason it is paused ('' when open)
CREATE TABLE antrian_loket (
	id		INTEGER PRIMARY KEY,
	lokasi_id	INTEGER NOT NULL REFERENCES antrian_lokasi(id),
	instansi_id	INTEGER NOT NULL REFERENCES antrian_instansi(id),
	nomor		INTEGER NOT NULL CHECK (nomor BETWEEN 1 AND 999),
	nama		TEXT NOT NULL DEFAULT '',
	jeda		TEXT NOT NULL DEFAULT '' CHECK (length(jeda) <= 200),
	UNIQUE (lokasi_id, nomor)
);
CREATE TABLE antrian_loket_layanan (
	loket_id	INTEGER NOT NULL REFERENCES antrian_loket(id),
	layanan_id	INTEGER NOT NULL REFERENCES antrian_layanan(id),
	PRIMARY KEY (loket_id, layanan_id)
);
-- officers on duty at a counter
CREATE TABLE antrian_petugas (
	loket_id	INTEGER NOT NULL REFERENCES antrian_loket(id),
	account_id	INTEGER NOT NULL REFERENCES account(id),
	PRIMARY KEY (loket_id, account_id)
);
-- the numbering row: the last number given for a service on a WIB day,
-- raised inside the issuing transaction (write transactions are
-- serialised on every backend), so numbers are never duplicated or
-- skipped
CREATE TABLE antrian_urut (
	layanan_id	INTEGER NOT NULL REFERENCES antrian_layanan(id),
	tanggal		TEXT NOT NULL CHECK (length(tanggal) = 10),
	terakhir	INTEGER NOT NULL CHECK (terakhir >= 0),
	PRIMARY KEY (layanan_id, tanggal)
);
CREATE TABLE antrian_tiket (
	id		INTEGER PRIMARY KEY,
	kode		TEXT NOT NULL UNIQUE CHECK (length(kode) >= 10),
	lokasi_id	INTEGER NOT NULL REFERENCES antrian_lokasi(id),
	layanan_id	INTEGER NOT NULL REFERENCES antrian_layanan(id),
	tanggal		TEXT NOT NULL CHECK (length(tanggal) = 10),
	urut		INTEGER NOT NULL CHECK (urut BETWEEN 1 AND 999),
	nomor		TEXT NOT NULL,			-- A-001
	sesi		TEXT NOT NULL CHECK (sesi IN ('pagi','siang')),
	prioritas	INTEGER NOT NULL DEFAULT 0 CHECK (prioritas IN (0,1)),
	status		TEXT NOT NULL CHECK (status IN ('menunggu','dipanggil',
			    'dilayani','selesai','batal','tidak_hadir')),
	loket_id	INTEGER REFERENCES antrian_loket(id),	-- calling or
					-- serving; or reserved by a transfer
	kios_id		INTEGER,			-- NULL: not from a kiosk
	panggil_n	INTEGER NOT NULL DEFAULT 0,
	diambil_at	INTEGER NOT NULL,		-- check-in: the FIFO order
	dipanggil_at	INTEGER,
	dilayani_at	INTEGER,
	selesai_at	INTEGER,
	-- prefixes are unique per site; layanan_id may change by a transfer
	UNIQUE (lokasi_id, tanggal, nomor)
);
CREATE INDEX antrian_tiket_antre ON antrian_tiket(lokasi_id, tanggal, status,
    diambil_at);
-- every call and recall, in order: the display's events (id = event id)
CREATE TABLE antrian_panggilan (
	id		INTEGER PRIMARY KEY,
	lokasi_id	INTEGER NOT NULL REFERENCES antrian_lokasi(id),
	tiket_id	INTEGER NOT NULL REFERENCES antrian_tiket(id),
	loket_id	INTEGER NOT NULL REFERENCES antrian_loket(id),
	nomor		TEXT NOT NULL,
	loket_nomor	INTEGER NOT NULL,
	prioritas	INTEGER NOT NULL DEFAULT 0 CHECK (prioritas IN (0,1)),
	ulang		INTEGER NOT NULL DEFAULT 0 CHECK (ulang IN (0,1)),
	at		INTEGER NOT NULL
);
CREATE INDEX antrian_panggilan_lokasi ON antrian_panggilan(lokasi_id, id);
-- kiosk devices: only the SHA-256 of their token is stored
CREATE TABLE antrian_kios (
	id		INTEGER PRIMARY KEY,
	lokasi_id	INTEGER NOT NULL REFERENCES antrian_lokasi(id),
	token_hash	TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
	nama		TEXT NOT NULL DEFAULT '',
	aktif		INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0,1)),
	created_at	INTEGER NOT NULL
);
-- tickets taken without a kiosk token, per address, for the throttle
CREATE TABLE antrian_batas (
	addr		TEXT NOT NULL,
	at		INTEGER NOT NULL
);
CREATE INDEX antrian_batas_addr ON antrian_batas(addr, at);
