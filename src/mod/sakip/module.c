/* module.c: the sakip module's declaration (kernel/module.h). */
#include <stddef.h>
#include <time.h>

#include "http/route.h"
#include "kernel/module.h"
#include "mod/akun/account.h"
#include "sakip.h"
#include "ui.h"

/* who reports realisations: a unit's operators, verifiers and head */
#define ROLE_SAKIP (ROLE_OPERATOR | ROLE_VERIFIKATOR | ROLE_KEPALA)
/* audit findings: the Inspektorat and the heads and operators of units */
#define ROLE_TEMUAN (ROLE_SAKIP | ROLE_INSPEKTORAT)
#define ROLE_SKOR (ROLE_TEMUAN | ROLE_ADMINS)

static const struct route sakip_routes[] = {
	{ "/sakip", REQ_GET, R_CACHE, 0, page_sakip },
	{ "/sakip/unit/*", REQ_GET, R_CACHE, 0, page_sakip_unit },
	{ "/sakip/dokumen/*", REQ_GET, 0, 0, page_sakip_dokumen },
	{ "/data/sakip.csv", REQ_GET, 0, 0, page_sakip_csv },
	{ "/data/sakip.json", REQ_GET, 0, 0, page_sakip_json },
	{ "/data/sakip-skor.csv", REQ_GET, 0, 0, page_sakip_skor_csv },
	{ "/data/sakip-skor.json", REQ_GET, 0, 0, page_sakip_skor_json },
	{ "/sakip/skor-berkas/*", REQ_GET, 0, 0, page_sakip_skor_berkas },
	/* staff of any unit: the page scopes to the account's unit */
	{ "/petugas/sakip", REQ_GET, R_LOGIN, ROLE_SAKIP, page_petugas_sakip },
	{ "/petugas/sakip/lapor", REQ_POST, R_LOGIN, ROLE_SAKIP,
	    page_petugas_sakip_lapor },
	{ "/petugas/sakip/verifikasi", REQ_POST, R_LOGIN, ROLE_VERIFIKATOR,
	    page_petugas_sakip_verifikasi },
	/* admins, BAPPEDA and the Inspektorat (checked by the page) */
	{ "/petugas/sakip/skor", REQ_GET, R_LOGIN, ROLE_SKOR,
	    page_petugas_skor },
	{ "/petugas/sakip/skor", REQ_POST, R_LOGIN, ROLE_SKOR,
	    page_petugas_skor_simpan },
	/* the page scopes to the Inspektorat or the account's own unit */
	{ "/petugas/temuan", REQ_GET, R_LOGIN, ROLE_TEMUAN,
	    page_petugas_temuan },
	{ "/petugas/temuan/pkpt", REQ_POST, R_LOGIN, ROLE_TEMUAN,
	    page_petugas_temuan_pkpt },
	{ "/petugas/temuan/lhp", REQ_POST, R_LOGIN, ROLE_TEMUAN,
	    page_petugas_temuan_lhp },
	{ "/petugas/temuan/rekomendasi", REQ_POST, R_LOGIN, ROLE_TEMUAN,
	    page_petugas_temuan_rekomendasi },
	{ "/petugas/temuan/telaah", REQ_POST, R_LOGIN, ROLE_TEMUAN,
	    page_petugas_temuan_telaah },
	{ "/petugas/temuan/terbit", REQ_POST, R_LOGIN, ROLE_TEMUAN,
	    page_petugas_temuan_terbit },
	{ "/petugas/temuan/tindak-lanjut", REQ_POST, R_LOGIN, ROLE_TEMUAN,
	    page_petugas_temuan_tl },
	{ "/petugas/temuan/bukti/*", REQ_GET, R_LOGIN, ROLE_TEMUAN,
	    page_petugas_temuan_bukti },
	{ NULL, 0, 0, 0, NULL },
};

static const struct nav sakip_nav[] = {
	{ NAV_INFO, 25, "/sakip", M_SAKIP_NAV, 0, NULL },
	{ NAV_STAFF, 80, "/petugas/sakip", M_SAKIP_NAV_PETUGAS, ROLE_SAKIP,
	    NULL },
	{ NAV_STAFF, 81, "/petugas/temuan", M_SAKIP_NAV_TEMUAN, ROLE_TEMUAN,
	    NULL },
	{ 0, 0, NULL, 0, 0, NULL },
};

static const struct job sakip_jobs[] = {
	{ "sakip.eskalasi", sakip_eskalasi },
	{ NULL, NULL },
};

const struct module mod_sakip = {
	"sakip",
	sakip_routes,
	sakip_jobs,
	NULL,
	sakip_nav,
};
