-- 0010-pengaduan: complaints under SP4N-LAPOR! rules (issue 6, doc/pengaduan.md).
--
-- A citizen files a complaint (pengaduan, aspirasi or permintaan_informasi);
-- a complaint admin verifies it within 3 working days (disposisi to a unit,
-- bukan_wewenang naming the right institution, or arsipkan with a reason);
-- the unit answers within 5 working days; an answered complaint closes by
-- itself after 10 working days without the reporter's reply.  Deadlines are
-- WIB civil dates "YYYY-MM-DD" computed with the working-day calendar.

-- The complaint admin role: account_role's CHECK lists role names, so the
-- table is rebuilt with the new name (nothing references account_role).
CREATE TABLE account_role_new (
	account_id	INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
	role		TEXT NOT NULL CHECK (role IN ('warga','operator',
			    'verifikator','penandatangan','kepala','admin',
			    'inspektorat','koordinator_spbe','pimpinan',
			    'superadmin','admin_pengaduan')),
	PRIMARY KEY (account_id, role)
);
INSERT INTO account_role_new(account_id, role)
    SELECT account_id, role FROM account_role;
DROP TABLE account_role;
ALTER TABLE account_role_new RENAME TO account_role;

CREATE TABLE pengaduan (
	id		INTEGER PRIMARY KEY,
	nomor		TEXT NOT NULL UNIQUE,		-- ADU-2026-000001
	tahun		INTEGER NOT NULL,
	urut		INTEGER NOT NULL,
	kode_lacak	TEXT NOT NULL UNIQUE CHECK (length(kode_lacak) >= 10),
	jenis		TEXT NOT NULL CHECK (jenis IN ('pengaduan','aspirasi',
			    'permintaan_informasi')),
	judul		TEXT NOT NULL CHECK (length(judul) BETWEEN 1 AND 200),
	isi		TEXT NOT NULL CHECK (length(isi) BETWEEN 1 AND 8000),
	kategori	TEXT NOT NULL CHECK (kategori IN ('pungutan_liar',
			    'penyalahgunaan_wewenang','pelayanan_lambat',
			    'diskriminasi','perilaku_petugas','infrastruktur',
			    'lainnya')),
	wilayah_code	TEXT NOT NULL REFERENCES wilayah(code),
	unit_tujuan_id	INTEGER REFERENCES unit(id),	-- named by the reporter
	unit_id		INTEGER REFERENCES unit(id),	-- handling (after disposisi)
	pelapor_id	INTEGER NOT NULL REFERENCES account(id),
	anonim		INTEGER NOT NULL DEFAULT 0 CHECK (anonim IN (0,1)),
	rahasia		INTEGER NOT NULL DEFAULT 0 CHECK (rahasia IN (0,1)),
	rahasia_oleh	INTEGER REFERENCES account(id),	-- who set rahasia
	status		TEXT NOT NULL CHECK (status IN ('baru','didisposisi',
			    'ditanggapi','selesai','bukan_wewenang',
			    'diarsipkan')),
	batas		TEXT NOT NULL DEFAULT '',	-- deadline of the current
							-- step ("" when closed)
	terlambat	INTEGER NOT NULL DEFAULT 0 CHECK (terlambat IN (0,1)),
	eskalasi	INTEGER NOT NULL DEFAULT 0 CHECK (eskalasi BETWEEN 0 AND 2),
	nilai		INTEGER CHECK (nilai IS NULL OR nilai BETWEEN 1 AND 5),
	dibuka_kembali	INTEGER NOT NULL DEFAULT 0 CHECK (dibuka_kembali IN (0,1)),
	ditanggapi	INTEGER NOT NULL DEFAULT 0,	-- number of answers
	instansi_rujukan TEXT NOT NULL DEFAULT '',	-- bukan_wewenang
	alasan_arsip	TEXT NOT NULL DEFAULT '',
	kasus_nomor	TEXT NOT NULL DEFAULT '',	-- pungli/abuse case
	created_at	INTEGER NOT NULL,
	updated_at	INTEGER NOT NULL,
	closed_at	INTEGER,
	UNIQUE (tahun, urut)
);
CREATE INDEX pengaduan_status ON pengaduan(status, batas);
CREATE INDEX pengaduan_unit ON pengaduan(unit_id, status);
CREATE INDEX pengaduan_pelapor ON pengaduan(pelapor_id, created_at);

-- The thread: the report's follow-ups, the unit's answers, the reporter's
-- replies, admin notes.  peran says who wrote (never a name for anonim).
CREATE TABLE pengaduan_pesan (
	id		INTEGER PRIMARY KEY,
	pengaduan_id	INTEGER NOT NULL REFERENCES pengaduan(id),
	at		INTEGER NOT NULL,
	actor_id	INTEGER REFERENCES account(id),
	peran		TEXT NOT NULL CHECK (peran IN ('pelapor','admin','unit',
			    'sistem')),
	tindakan	TEXT NOT NULL,
	isi		TEXT NOT NULL
);
CREATE INDEX pengaduan_pesan_p ON pengaduan_pesan(pengaduan_id, id);

CREATE TABLE pengaduan_berkas (
	pengaduan_id	INTEGER NOT NULL REFERENCES pengaduan(id),
	pos		INTEGER NOT NULL,
	sha256		TEXT NOT NULL REFERENCES berkas(sha256),
	filename	TEXT NOT NULL DEFAULT '',
	mime		TEXT NOT NULL,
	size		INTEGER NOT NULL,
	uploaded_at	INTEGER NOT NULL,
	PRIMARY KEY (pengaduan_id, pos)
);

-- Status history (also the escalation record: tindakan "eskalasi_1/2").
CREATE TABLE pengaduan_riwayat (
	id		INTEGER PRIMARY KEY,
	pengaduan_id	INTEGER NOT NULL REFERENCES pengaduan(id),
	at		INTEGER NOT NULL,
	actor_id	INTEGER REFERENCES account(id),
	tindakan	TEXT NOT NULL,
	dari		TEXT NOT NULL DEFAULT '',
	ke		TEXT NOT NULL DEFAULT '',
	unit_id		INTEGER REFERENCES unit(id)
);
CREATE INDEX pengaduan_riwayat_p ON pengaduan_riwayat(pengaduan_id, id);
