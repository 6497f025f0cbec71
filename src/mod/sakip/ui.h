/* ui.h: the sakip module's pages (private to the module). */
#ifndef PAMONG_SAKIP_UI_H
#define PAMONG_SAKIP_UI_H

struct req;

/* GET /sakip: the cascade from the regency's goals and every unit. */
void page_sakip(struct req *);
/* GET /sakip/unit/{kode}: one unit's indicators per quarter, chart. */
void page_sakip_unit(struct req *);
/* GET /data/sakip.csv and /data/sakip.json: the open data. */
void page_sakip_csv(struct req *);
void page_sakip_json(struct req *);
/* GET /sakip/dokumen/{jenis}-{kode}-{tahun}.pdf: a signed PK or LKjIP. */
void page_sakip_dokumen(struct req *);
/* GET /petugas/sakip, POST /petugas/sakip/lapor, .../verifikasi. */
void page_petugas_sakip(struct req *);
void page_petugas_sakip_lapor(struct req *);
void page_petugas_sakip_verifikasi(struct req *);
/* GET /petugas/temuan and its POSTs (ui_temuan.c): the Inspektorat's
 * PKPT, LHPs, findings, review and publication; a unit's follow-up. */
void page_petugas_temuan(struct req *);
void page_petugas_temuan_pkpt(struct req *);
void page_petugas_temuan_lhp(struct req *);
void page_petugas_temuan_rekomendasi(struct req *);
void page_petugas_temuan_telaah(struct req *);
void page_petugas_temuan_terbit(struct req *);
void page_petugas_temuan_tl(struct req *);
/* GET /petugas/temuan/bukti/{id}: a follow-up's evidence file, for the
 * Inspektorat and the audited unit only (404 otherwise). */
void page_petugas_temuan_bukti(struct req *);
/* The findings published by the Inspektorat, a section of /sakip. */
void sakip_temuan_terbit_bagian(struct req *);
/* External scores (ui_skor.c): GET/POST /petugas/sakip/skor, the
 * section on /sakip, /data/sakip-skor.csv and .json. */
void page_petugas_skor(struct req *);
void page_petugas_skor_simpan(struct req *);
void sakip_skor_bagian(struct req *);
void page_sakip_skor_csv(struct req *);
void page_sakip_skor_json(struct req *);
/* GET /sakip/skor-berkas/{jenis}-{tahun}: a score's source document. */
void page_sakip_skor_berkas(struct req *);

#endif
