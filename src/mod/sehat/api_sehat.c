/* api_sehat.c: GET /sehat, the health of this app server (sehat.h). */
#include "http/api.h"
#include "http/app.h"
#include "sehat.h"
#include "ui.h"

/*
 * 200 while the server can serve (status "baik" or "perhatian"), 503
 * when it cannot ("gangguan": no database or no disk space), so that a
 * load balancer takes it out; never cached.
 */
void
api_sehat(struct req *r)
{
	json_t *v;
	enum sehat_tingkat t;

	r->is_api = 1; /* also: Cache-Control: no-store */
	t = sehat_periksa(r->store, r->app->data_dir, r->now, &v);
	if (t == SEHAT_GANGGUAN)
		r->retry_after = 5;
	api_send(r, t == SEHAT_GANGGUAN ? 503 : 200, v);
}
