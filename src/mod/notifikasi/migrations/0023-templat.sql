-- 0023-templat: message templates per event and channel (issue 15,
-- src/mod/notifikasi/templat.c).  Every save is a new version; the
-- newest is used.  {pesan} is the notification's own text, {tautan} its
-- link; wa_template the WhatsApp Cloud API template it maps to.
CREATE TABLE notif_templat (
	event		TEXT NOT NULL CHECK (length(event) BETWEEN 1 AND 64),
	channel		TEXT NOT NULL CHECK (channel IN ('email','whatsapp','sms')),
	versi		INTEGER NOT NULL CHECK (versi >= 1),
	teks		TEXT NOT NULL CHECK (length(teks) BETWEEN 1 AND 1000),
	wa_template	TEXT NOT NULL DEFAULT '' CHECK (length(wa_template) <= 64),
	dibuat_oleh	INTEGER REFERENCES account(id),	-- NULL: shipped
	at		INTEGER NOT NULL,
	PRIMARY KEY (event, channel, versi)
);
-- The shipped versions: the text, then the link; the Cloud API names.
INSERT INTO notif_templat(event, channel, versi, teks, wa_template, at) VALUES
	('permohonan.diterima', 'whatsapp', 1, '{pesan}
{tautan}', 'pamong_permohonan_diterima', 0),
	('permohonan.baru', 'whatsapp', 1, '{pesan}
{tautan}', 'pamong_permohonan_baru', 0),
	('permohonan.menunggu', 'whatsapp', 1, '{pesan}
{tautan}', 'pamong_menunggu_tindakan', 0),
	('permohonan.perbaikan', 'whatsapp', 1, '{pesan}
{tautan}', 'pamong_perlu_perbaikan', 0),
	('permohonan.status', 'whatsapp', 1, '{pesan}
{tautan}', 'pamong_status_permohonan', 0),
	('permohonan.selesai', 'whatsapp', 1, '{pesan}
{tautan}', 'pamong_permohonan_selesai', 0),
	('sandi', 'whatsapp', 1, '{pesan}', 'pamong_kode_sandi', 0),
	('verifikasi', 'whatsapp', 1, '{pesan}', 'pamong_kode_verifikasi', 0);
