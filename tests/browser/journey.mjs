// journey.mjs: a citizen's journey through Pamong in Debian's Chromium,
// with an axe-core accessibility scan of every page on the way.
//
// Usage: node tests/browser/journey.mjs BASE_URL
// Prints "ok - ..." / "FAIL - ..." lines and "journey: N passed, N failed";
// exits 1 on any failure.  Screenshots of failures go to tests/browser/out/.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const axePath = join(root, 'node_modules', 'axe-core', 'axe.min.js');
const outDir = join(here, 'out');
const base = process.argv[2];
if (!base) {
	console.error('usage: node journey.mjs BASE_URL');
	process.exit(2);
}

let passed = 0, failed = 0, shots = 0;
const scanned = new Set();
const problems = [];	// console errors, CSP reports, page errors

function ok(desc) { passed++; console.log(`ok   - ${desc}`); }
async function fail(page, desc, detail) {
	failed++;
	console.log(`FAIL - ${desc}`);
	if (detail)
		console.log(String(detail).replace(/^/gm, '       '));
	if (page) {
		try {
			mkdirSync(outDir, { recursive: true });
			const f = join(outDir, `gagal-${++shots}.png`);
			await page.screenshot({ path: f, fullPage: true });
			console.log(`       screenshot: ${f}`);
		} catch { /* the page may be gone */ }
	}
}
async function check(page, desc, cond, detail) {
	if (cond) ok(desc); else await fail(page, desc, detail);
	return cond;
}

// injectAxe: load axe-core into the page.  page.addScriptTag({ path })
// adds the file as an inline <script>, which Pamong's CSP (script-src
// 'self') rightly refuses; so the same file is evaluated through DevTools,
// which CSP does not govern, and the page's own policy stays in force.
const axeSource = readFileSync(axePath, 'utf8');
async function injectAxe(page) {
	if (!await page.evaluate(() => typeof window.axe === 'object'))
		await page.evaluate(axeSource);
}

// scan: run axe on the current page (once per distinct URL and content,
// so a form shown again with its errors is scanned too); any violation
// fails the journey and is printed with its nodes.
async function scan(page, label) {
	const url = page.url().replace(base, '');
	const key = url + '\n' + await page.locator('main').innerText().catch(() => '');
	if (scanned.has(key))
		return;
	scanned.add(key);
	await injectAxe(page);
	const res = await page.evaluate(() => window.axe.run(document));
	const v = res.violations;
	const detail = v.map(x => `${x.id} (${x.impact}): ${x.help}\n` +
	    x.nodes.slice(0, 5).map(n => `  ${n.target.join(' ')}: ` +
	    `${n.failureSummary.replace(/\n/g, ' ')}`).join('\n')).join('\n');
	await check(page, `axe: no violations on ${label} (${url}; ` +
	    `${res.passes.length} rules pass)`, v.length === 0, detail);
}

// go: navigate and check the status.
async function go(page, path, label) {
	const resp = await page.goto(base + path, { waitUntil: 'load' });
	const st = resp ? resp.status() : 0;
	await check(page, `GET ${path} (${label}) -> ${st}`, st === 200);
	await scan(page, label);
	return st === 200;
}

// submit: click the submit button of the form holding `field` and wait
// for the next page; returns the final response status.
async function submit(page, field) {
	const form = page.locator('form', { has: page.locator(`[name="${field}"]`) }).first();
	const btn = form.locator('button[type="submit"], input[type="submit"], button:not([type])').first();
	const [resp] = await Promise.all([
		page.waitForNavigation({ waitUntil: 'load' }),
		btn.click(),
	]);
	return resp ? resp.status() : 0;
}

async function text(page) {
	return page.locator('body').innerText();
}

const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	headless: true,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
	    '--no-first-run', '--disable-background-networking',
	    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'id-ID',
    viewport: { width: 390, height: 844 } });	// a phone
const page = await context.newPage();
page.setDefaultTimeout(15000);
page.on('console', m => {
	const at = m.location().url || '';
	// the browser asks for /favicon.ico on its own, and a document's own
	// status is checked where it is opened: neither counts here
	if (m.type() === 'error' && !/\/favicon\.ico$/.test(at) &&
	    !(/^Failed to load resource/.test(m.text()) && at === page.url()))
		problems.push(`console: ${m.text()} (${at || page.url()})`);
});
page.on('pageerror', e => problems.push(`page error: ${e.message}`));
page.on('response', r => {
	if (r.status() >= 500)
		problems.push(`HTTP ${r.status()} ${r.url()}`);
});

const nik = '1408016101900123';	// Riau, Siak, kec. Siak; woman born 21-01-1990
const user = 'warga.uji';
const pass = 'Sandi-Uji-Warga-2026';

try {
	// 1. Home page, search for "domisili" through the form.
	if (await go(page, '/', 'Beranda')) {
		await page.locator('form [name="q"]').first().fill('domisili');
		const st = await submit(page, 'q');
		const u = new URL(page.url());
		await check(page, `search form -> ${u.pathname}${u.search} (${st})`,
		    st === 200 && u.searchParams.get('q') === 'domisili');
		await scan(page, 'hasil pencarian');
	}

	// 2. The service page with its requirements.
	const link = page.getByRole('link', { name: /Surat Keterangan Domisili Penduduk/ }).first();
	if (await check(page, 'search result lists Surat Keterangan Domisili Penduduk',
	    await link.count() > 0, (await text(page)).slice(0, 500))) {
		await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
		const body = await text(page);
		await check(page, `service page ${new URL(page.url()).pathname} names the service`,
		    /Surat Keterangan Domisili Penduduk/.test(body));
		await check(page, 'service page lists "Surat pengantar RT/RW"',
		    /Surat pengantar RT\/RW/i.test(body));
		await check(page, 'service page lists "Kartu Keluarga"',
		    /Kartu Keluarga/.test(body));
		await scan(page, 'halaman layanan');
	}

	// 3. Sign up as a citizen.
	if (await go(page, '/daftar', 'Daftar')) {
		await page.fill('[name="nik"]', nik);
		await page.fill('[name="nama"]', 'Siti Aminah');
		await page.fill('[name="telepon"]', '081234567890');
		await page.fill('[name="email"]', 'siti.aminah@example.id');
		await page.fill('[name="pengguna"]', user);
		await page.fill('[name="sandi"]', pass);
		await page.fill('[name="sandi2"]', pass);
		const st = await submit(page, 'sandi2');
		const body = await text(page);
		await check(page, `sign-up accepted (${st}, now at ${new URL(page.url()).pathname})`,
		    st === 200 && !/\/daftar$/.test(new URL(page.url()).pathname),
		    body.slice(0, 800));
		await check(page, 'signed in after sign-up: "Akun Saya" shows',
		    await page.getByRole('link', { name: /Akun Saya/ }).count() > 0);
		await scan(page, 'setelah daftar');
	}

	// 4. My account, then log out.
	if (await page.getByRole('link', { name: /Akun Saya/ }).count() > 0) {
		await go(page, '/akun', 'Akun Saya');
		const out = page.getByRole('button', { name: /Keluar/ }).first();
		await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), out.click()]);
		await check(page, 'logged out: "Masuk" link is back, "Akun Saya" gone',
		    await page.getByRole('link', { name: /^Masuk$/ }).count() > 0 &&
		    await page.getByRole('link', { name: /Akun Saya/ }).count() === 0);
		await scan(page, 'setelah keluar');
	}

	// 5. A wrong password is refused with a message, then sign in.
	if (await go(page, '/masuk', 'Masuk')) {
		await page.fill('[name="pengguna"]', user);
		await page.fill('[name="sandi"]', 'bukan-sandinya-123');
		let st = await submit(page, 'sandi');
		await check(page, `wrong password is refused (${st})`,
		    await page.getByRole('link', { name: /Akun Saya/ }).count() === 0 &&
		    /salah/i.test(await text(page)));
		await scan(page, 'masuk gagal');

		await page.fill('[name="pengguna"]', user);
		await page.fill('[name="sandi"]', pass);
		st = await submit(page, 'sandi');
		await check(page, `signed in again via /masuk (${st})`, st === 200 &&
		    await page.getByRole('link', { name: /Akun Saya/ }).count() > 0,
		    (await text(page)).slice(0, 500));
		await scan(page, 'setelah masuk');
	}

	// 6. Keyboard: the skip link is the first tab stop and leads to main.
	await go(page, '/layanan', 'Katalog Layanan');
	await page.keyboard.press('Tab');
	const first = await page.evaluate(() => document.activeElement &&
	    document.activeElement.getAttribute('href'));
	await check(page, `first tab stop is the skip link (${first})`, first === '#isi');
} catch (e) {
	await fail(page, 'journey stopped by an exception', e.stack || e);
}

await check(null, 'no console errors, CSP reports or 5xx responses',
    problems.length === 0, problems.join('\n'));
await browser.close();
console.log(`journey: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
