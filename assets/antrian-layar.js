// antrian-layar.js: the hall display (GET /antrian/layar/{lokasi}) follows
// the site's event stream and reloads the page at each call; the page
// itself works without this file (reload by hand).
(function () {
	'use strict';
	var el = document.getElementById('layar');
	if (!el || !window.EventSource) return;
	var first = null, es = new EventSource(el.getAttribute('data-acara'));
	var li = el.querySelector('.antrian-terakhir li[data-id]:first-child');
	var seen = li ? parseInt(li.getAttribute('data-id'), 10) : 0;
	es.addEventListener('panggilan', function (ev) {
		if (parseInt(ev.lastEventId, 10) > seen) {
			seen = parseInt(ev.lastEventId, 10);
			if (first === null) first = setTimeout(function () {
				window.location.reload();
			}, 300);
		}
	});
})();
