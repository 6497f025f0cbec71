// journey.mjs: a citizen's journey through Pamong in Debian's Chromium,
// with an axe-core accessibility scan of every page on the way.
//
// Usage: node tests/browser/journey.mjs BASE_URL
// Prints "ok - ..." / "FAIL - ..." lines and "journey: N passed, N failed";
// exits 1 on any failure.  Screenshots of failures go to tests/browser/out/.
import { begin } from './lib.mjs';

const t = await begin('journey');
const page = t.page;

// submit: click the submit button of the form holding `field` and wait
// for the next page; returns the final response status.
function submit(field) {
	const form = page.locator('form',
	    { has: page.locator(`[name="${field}"]`) }).first();
	return t.click(form.locator('button[type="submit"], ' +
	    'input[type="submit"], button:not([type])').first());
}

const nik = '1408016101900123';	// Riau, Siak, kec. Siak; woman born 21-01-1990
const user = 'warga.uji';
const pass = 'Sandi-Uji-Warga-2026';

try {
	// 1. Home page, search for "domisili" through the form.
	if (await t.go('/', 'Beranda')) {
		await page.locator('form [name="q"]').first().fill('domisili');
		const st = await submit('q');
		const u = new URL(page.url());
		await t.check(`search form -> ${u.pathname}${u.search} (${st})`,
		    st === 200 && u.searchParams.get('q') === 'domisili');
		await t.scan('hasil pencarian');
	}

	// 1b. The catalog (issue 19 item 13): an everyday word finds the
	// service; on a phone the results come before the filters, which are
	// folded; on a wide screen the filters stand open beside the results.
	const catalog = () => page.evaluate(() => {
		const sel = document.getElementById('f-tingkat');
		return {
			hasil: document.getElementById('hasil')
			    .getBoundingClientRect().top,
			saring: document.getElementById('saring')
			    .getBoundingClientRect().top,
			shown: !!(sel && sel.checkVisibility() &&
			    sel.getBoundingClientRect().height > 0),
			open: document.getElementById('saring').open,
			top3: [...document.querySelectorAll('.daftar-layanan h3')]
			    .slice(0, 3).map(h => h.textContent),
		};
	});
	const size0 = page.viewportSize();
	await page.setViewportSize({ width: 360, height: 740 });
	if (await t.go('/layanan?q=kk', 'Katalog Layanan')) {
		const c = await catalog();
		await t.check('"kk": Kartu Keluarga in the top 3',
		    c.top3.some(n => /Kartu Keluarga/.test(n)), c.top3.join(' | '));
		await t.check(`phone: results (${c.hasil} px) before the ` +
		    `filters (${c.saring} px), which are folded`,
		    c.hasil < c.saring && !c.open && !c.shown);
		await t.scan('katalog di ponsel');
		await t.shoot('katalog kk');
		await page.setViewportSize({ width: 1366, height: 768 });
		const w = await catalog();
		await t.check('wide screen: the filters shown beside the results',
		    w.shown && Math.abs(w.hasil - w.saring) < 60,
		    JSON.stringify(w));
		await t.scan('katalog di layar lebar');
	}
	await page.setViewportSize(size0);

	// 2. The service page with its requirements.
	const link = page.getByRole('link', { name: /Surat Keterangan Domisili Penduduk/ }).first();
	if (await t.check('search result lists Surat Keterangan Domisili Penduduk',
	    await link.count() > 0, (await t.text()).slice(0, 500))) {
		await t.click(link);
		const body = await t.text();
		await t.check(`service page ${new URL(page.url()).pathname} names the service`,
		    /Surat Keterangan Domisili Penduduk/.test(body));
		await t.check('service page lists "Surat pengantar RT/RW"',
		    /Surat pengantar RT\/RW/i.test(body));
		await t.check('service page lists "Kartu Keluarga"',
		    /Kartu Keluarga/.test(body));
		await t.scan('halaman layanan');
	}

	// 3. Sign up as a citizen.
	if (await t.go('/daftar', 'Daftar')) {
		await page.fill('[name="nik"]', nik);
		await page.fill('[name="nama"]', 'Siti Aminah');
		await page.fill('[name="telepon"]', '081234567890');
		await page.fill('[name="email"]', 'siti.aminah@example.id');
		await page.fill('[name="pengguna"]', user);
		await page.fill('[name="sandi"]', pass);
		await page.fill('[name="sandi2"]', pass);
		const st = await submit('sandi2');
		const body = await t.text();
		await t.check(`sign-up accepted (${st}, now at ${new URL(page.url()).pathname})`,
		    st === 200 && !/\/daftar$/.test(new URL(page.url()).pathname),
		    body.slice(0, 800));
		await t.check('signed in after sign-up: "Akun Saya" shows',
		    await page.locator('header a[href="/akun"]').count() > 0);
		await t.scan('setelah daftar');
	}

	// 4. My account, then log out.
	if (await page.locator('header a[href="/akun"]').count() > 0) {
		await t.go('/akun', 'Akun Saya');
		await t.menu();
		const out = page.getByRole('button', { name: /Keluar/ }).first();
		await t.click(out);
		await t.check('logged out: "Masuk" link is back, "Akun Saya" gone',
		    await page.locator('header a[href="/masuk"]').count() > 0 &&
		    await page.locator('header a[href="/akun"]').count() === 0);
		await t.scan('setelah keluar');
	}

	// 5. A wrong password is refused with a message, then sign in.
	if (await t.go('/masuk', 'Masuk')) {
		await page.fill('[name="pengguna"]', user);
		await page.fill('[name="sandi"]', 'bukan-sandinya-123');
		let st = await submit('sandi');
		await t.check(`wrong password is refused (${st})`,
		    await page.locator('header a[href="/akun"]').count() === 0 &&
		    /salah/i.test(await t.text()));
		await t.scan('masuk gagal');

		await page.fill('[name="pengguna"]', user);
		await page.fill('[name="sandi"]', pass);
		st = await submit('sandi');
		await t.check(`signed in again via /masuk (${st})`, st === 200 &&
		    await page.locator('header a[href="/akun"]').count() > 0,
		    (await t.text()).slice(0, 500));
		await t.scan('setelah masuk');
	}

	// 6. Keyboard: the skip link is the first tab stop and leads to main.
	await t.go('/layanan', 'Katalog Layanan');
	await page.keyboard.press('Tab');
	const first = await page.evaluate(() => document.activeElement &&
	    document.activeElement.getAttribute('href'));
	await t.check(`first tab stop is the skip link (${first})`, first === '#isi');
} catch (e) {
	await t.fail('journey stopped by an exception', e.stack || e);
}

process.exit(await t.end());
