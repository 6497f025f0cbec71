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

#endif
