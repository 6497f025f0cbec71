// antrian-layar.js: the hall display (GET /antrian/layar/{lokasi}) follows
// the site's event stream: at each new call it plays the spoken call
// (/antrian/suara/..., generated on the server, the same on every
// display) and then reloads the page.  The page works without this file
// (reload by hand).
(function () {
	'use strict';
	var el = document.getElementById('layar');
	if (!el || !window.EventSource) return;
	var es = new EventSource(el.getAttribute('data-acara'));
	var li = el.querySelector('.antrian-terakhir li[data-id]');
	var seen = li ? parseInt(li.getAttribute('data-id'), 10) : 0;
	var queue = [], busy = false;
	function next() {
		if (busy) return;
		if (queue.length === 0) { window.location.reload(); return; }
		busy = true;
		var a = new Audio(queue.shift()), done = function () {
			busy = false;
			next();
		};
		a.onended = done;
		a.onerror = done;
		a.play().catch(done);
	}
	es.addEventListener('panggilan', function (ev) {
		var id = parseInt(ev.lastEventId, 10), d;
		if (!(id > seen)) return;
		seen = id;
		try { d = JSON.parse(ev.data); } catch (e) { return; }
		if (d.suara) queue.push(d.suara);
		next();
	});
})();
