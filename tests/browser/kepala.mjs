// kepala.mjs: the header on a cheap phone (issue 19 item 9).  At 360x740
// the header is one row, at most 70 px tall, for a guest, a citizen and an
// officer: the brand and a "Menu" button; the button opens the links with
// and without JavaScript (a <details>), and every target in the header
// (links, disclosures, the sign-out button) is at least 44x44 px and on
// the screen.  At 1366x768 the links stand in the header without a
// button, with the same 44 px targets.  axe is clean with the menu closed
// and open.  Screenshots of each state go to tests/browser/shots/.
//
// Usage: node tests/browser/kepala.mjs BASE_URL
import { begin, signIn, signOut } from './lib.mjs';

const t = await begin('kepala');
const page = t.page;

// header measures: its height, the menu button's box and visibility,
// the visible targets smaller than 44x44 or off the screen
function measure(p) {
	return p.evaluate(() => {
		const h = document.querySelector('header.kepala');
		const sum = h.querySelector('details.menu > summary');
		const sr = sum ? sum.getBoundingClientRect()
		    : { width: 0, height: 0 };
		const bad = [];
		let n = 0;
		for (const e of h.querySelectorAll('a, button, summary')) {
			const r = e.getBoundingClientRect();
			if (!e.checkVisibility() || (r.width === 0 &&
			    r.height === 0))
				continue;	// not shown
			n++;
			if (r.width < 44 || r.height < 44 || r.left < 0 ||
			    r.right > window.innerWidth)
				bad.push(`${e.textContent.trim()}: ` +
				    `${Math.round(r.width)}x${Math.round(r.height)}` +
				    ` at ${Math.round(r.left)}`);
		}
		return { height: Math.round(h.getBoundingClientRect().height),
		    button: sr.width > 0 ? [sr.width, sr.height] : null,
		    open: sum ? sum.parentElement.open : false, n, bad };
	});
}

async function phone(who) {
	await page.setViewportSize({ width: 360, height: 740 });
	await t.go('/', `Beranda (${who}, ponsel)`);
	let m = await measure(page);
	console.log(`       ${who} at 360x740: header ${m.height} px`);
	await t.check(`${who}: the header is at most 70 px tall on a phone ` +
	    `(${m.height})`, m.height <= 70);
	await t.check(`${who}: a closed "Menu" button of at least 44x44 px`,
	    m.button !== null && m.button[0] >= 44 && m.button[1] >= 44 &&
	    !m.open, JSON.stringify(m));
	await t.check(`${who}: only the brand and the button show while closed`,
	    m.n === 2, JSON.stringify(m));
	await t.shoot(`${who} menu tertutup`);
	await t.menu();
	m = await measure(page);	// without a menu: the links as they are
	await t.check(`${who}: the menu opens and its ${m.n} targets are at ` +
	    'least 44x44 px, on the screen', m.open && m.n > 5 &&
	    m.bad.length === 0, m.bad.join('\n'));
	await t.scan(`Beranda (${who}, menu terbuka)`, true);
	await t.shoot(`${who} menu terbuka`);
	const st = await t.click(page.locator('header')
	    .getByRole('link', { name: 'Pengaduan', exact: true }));
	await t.check(`${who}: "Pengaduan" from the menu opens /pengaduan ` +
	    `(${st})`, st === 200 && t.path() === '/pengaduan');
}

async function wide(who) {
	await page.setViewportSize({ width: 1366, height: 768 });
	await t.go('/', `Beranda (${who}, layar lebar)`);
	const m = await measure(page);
	console.log(`       ${who} at 1366x768: header ${m.height} px`);
	await t.check(`${who}: no menu button on a wide screen; the links ` +
	    `stand in the header (${m.n} targets), each at least 44x44 px`,
	    m.button === null && m.n > 5 && m.bad.length === 0,
	    JSON.stringify(m));
	// one row, or two for an officer with many links and counts
	await t.check(`${who}: the wide header is at most 100 px tall ` +
	    `(${m.height})`, m.height <= 100);
	await page.setViewportSize({ width: 360, height: 740 });
}

try {
	await phone('tamu');
	await wide('tamu');
	for (const user of ['warga.demo', 'op.kampungdalam']) {
		await page.setViewportSize({ width: 360, height: 740 });
		if (!await signIn(t, user, 'Siak-Demo-2026'))
			continue;
		await phone(user);
		await wide(user);
		await signOut(t);
	}
	// without JavaScript the menu opens and its links work
	const ctx = await t.browser.newContext({ javaScriptEnabled: false,
	    locale: 'id-ID', viewport: { width: 360, height: 740 } });
	const p2 = await ctx.newPage();
	await p2.goto(t.base + '/');
	await p2.locator('header details.menu > summary').click();
	const link = p2.locator('header').getByRole('link',
	    { name: 'Pengaduan', exact: true });
	await t.check('without JavaScript: the menu opens',
	    await link.isVisible());
	await Promise.all([p2.waitForNavigation(), link.click()]);
	await t.check('without JavaScript: its link opens /pengaduan',
	    new URL(p2.url()).pathname === '/pengaduan');
	await ctx.close();
} catch (e) {
	await t.fail('journey stopped', e && e.stack ? e.stack : String(e));
}
process.exit(await t.end());
