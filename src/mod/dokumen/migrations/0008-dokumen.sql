-- 0008-dokumen: signed documents (issue 4): letter templates per service,
-- nomor surat format and sequence per unit, and the document registry.
-- See doc/dokumen.md.

-- Letter template of a service.  isi holds paragraphs separated by a blank
-- line and placeholders {{nama}}, {{nik}}, {{alamat}}, {{wilayah}},
-- {{kecamatan}}, {{tanggal}}, {{nomor_permohonan}}, {{layanan}},
-- {{unit}}, {{isian.<nama>}} (checked by the template module on save).
-- level is the government level of the letterhead; klasifikasi is the
-- archive classification code used by the nomor format ({klasifikasi}).
-- A service without a row uses the default generated from its form.
CREATE TABLE surat_templat (
	layanan_id	INTEGER PRIMARY KEY REFERENCES layanan(id) ON DELETE CASCADE,
	judul		TEXT NOT NULL CHECK (length(judul) BETWEEN 3 AND 160),
	isi		TEXT NOT NULL CHECK (length(isi) BETWEEN 10 AND 8000),
	level		TEXT NOT NULL CHECK (level IN ('kabupaten','kecamatan',
			    'kampung')),
	klasifikasi	TEXT NOT NULL DEFAULT '470' CHECK (length(klasifikasi)
			    BETWEEN 1 AND 20),
	updated_at	INTEGER NOT NULL,
	updated_by	INTEGER REFERENCES account(id)
);

-- Nomor surat format of a unit: {klasifikasi}, {seq} (at least 3 digits),
-- {kode_unit}, {bulan} (Roman numeral), {tahun}; {seq} and {tahun} are
-- required.  A unit without a row uses '{klasifikasi}/{seq}/{kode_unit}/{tahun}'
-- with kode_unit = the unit's code.
CREATE TABLE surat_format (
	unit_id		INTEGER PRIMARY KEY REFERENCES unit(id),
	format		TEXT NOT NULL CHECK (length(format) BETWEEN 6 AND 120),
	kode_unit	TEXT NOT NULL CHECK (length(kode_unit) BETWEEN 1 AND 40),
	updated_at	INTEGER NOT NULL,
	updated_by	INTEGER REFERENCES account(id)
);

-- Nomor surat sequence: per unit and year, advanced in the signing
-- transaction (so a failed signing never burns a number).
CREATE TABLE surat_urut (
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	tahun		INTEGER NOT NULL,
	terakhir	INTEGER NOT NULL,
	PRIMARY KEY (unit_id, tahun)
);

-- The registry of signed documents.  kode is the public verification code
-- (Crockford base32 of 80 random bits plus a check character, printed in
-- groups: XXXX-XXXX-XXXX-XXXX-X).  The PDF itself is content-addressed in
-- berkas (sha256).  cert_id names the signer certificate (signer_cert,
-- migration 0007) and cert_sha256 its fingerprint, kept here so that a
-- verifier needs no join.  signer_name/signer_position are as printed.
-- status: sah -> dicabut (revoked) or digantikan (superseded by
-- superseded_by); never back.  ended_* record who ended it, when, why.
CREATE TABLE dokumen (
	id		INTEGER PRIMARY KEY,
	kode		TEXT NOT NULL UNIQUE CHECK (length(kode) = 21),
	permohonan_id	INTEGER NOT NULL REFERENCES permohonan(id),
	layanan_id	INTEGER NOT NULL REFERENCES layanan(id),
	unit_id		INTEGER NOT NULL REFERENCES unit(id),
	nomor_surat	TEXT NOT NULL,
	judul		TEXT NOT NULL,
	sha256		TEXT NOT NULL UNIQUE REFERENCES berkas(sha256),
	signer_id	INTEGER NOT NULL REFERENCES account(id),
	cert_id		INTEGER NOT NULL,
	cert_sha256	TEXT NOT NULL CHECK (length(cert_sha256) = 64),
	signer_name	TEXT NOT NULL,
	signer_position	TEXT NOT NULL,
	signed_at	INTEGER NOT NULL,
	tlog_idx	INTEGER,
	status		TEXT NOT NULL DEFAULT 'sah' CHECK (status IN ('sah',
			    'dicabut','digantikan')),
	ended_at	INTEGER,
	ended_by	INTEGER REFERENCES account(id),
	ended_position	TEXT NOT NULL DEFAULT '',	-- of ended_by, as then
	ended_reason	TEXT NOT NULL DEFAULT '',
	ended_tlog_idx	INTEGER,
	superseded_by	INTEGER REFERENCES dokumen(id),
	CHECK ((status = 'digantikan') = (superseded_by IS NOT NULL)),
	CHECK ((status = 'sah') = (ended_at IS NULL))
);
CREATE INDEX dokumen_permohonan ON dokumen(permohonan_id, id);
CREATE INDEX dokumen_unit ON dokumen(unit_id, signed_at);
CREATE INDEX dokumen_signer ON dokumen(signer_id, signed_at);
CREATE UNIQUE INDEX dokumen_nomor ON dokumen(unit_id, nomor_surat);

-- The registry is append-only except for ending a valid document once.
CREATE TRIGGER dokumen_no_delete BEFORE DELETE ON dokumen
BEGIN SELECT RAISE(ABORT, 'dokumen is append-only'); END;
CREATE TRIGGER dokumen_once BEFORE UPDATE ON dokumen
WHEN OLD.status <> 'sah' OR NEW.kode IS NOT OLD.kode
    OR NEW.sha256 IS NOT OLD.sha256 OR NEW.nomor_surat IS NOT OLD.nomor_surat
    OR NEW.permohonan_id IS NOT OLD.permohonan_id
    OR NEW.cert_sha256 IS NOT OLD.cert_sha256
    OR NEW.signed_at IS NOT OLD.signed_at
BEGIN SELECT RAISE(ABORT, 'dokumen: only a valid document can be ended, once'); END;
