// lib.mjs: the helpers every browser journey (tests/browser/*.mjs) uses:
// counting ok/FAIL lines with screenshots of failures, an axe-core scan of
// every distinct page, navigation and form submission that check the
// status, the collection of console errors, CSP reports and 5xx responses,
// signing in and out, and a tiny PDF for uploads.
//
//	const t = await begin('apply');		// BASE_URL from argv; start()
//	await t.go('/layanan', 'Katalog');	// GET, status 200, axe scan
//	...
//	process.exit(await t.end());		// "apply: N passed, N failed"
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const axeSource = readFileSync(join(root, 'node_modules', 'axe-core',
    'axe.min.js'), 'utf8');
const outDir = join(here, 'out');
const shotDir = join(here, 'shots');

// begin NAME: the start of the journey script NAME.mjs, run as
// `node tests/browser/NAME.mjs BASE_URL`: takes the server's URL from the
// command line (without it prints the usage and exits 2) and returns
// start(BASE_URL, NAME).
export async function begin(name) {
	const base = process.argv[2];
	if (!base) {
		console.error(`usage: node ${name}.mjs BASE_URL`);
		process.exit(2);
	}
	return start(base, name);
}

// start BASE NAME: a headless Chromium with a phone-sized page on BASE;
// returns the journey's state and helpers t (see the top of the file).
// Failures are screenshot to tests/browser/out/NAME-gagal-N.png.
export async function start(base, name) {
	const t = { base, name, passed: 0, failed: 0, shots: 0, shotN: 0,
	    scanned: new Set(), problems: [] };
	t.browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: ['--headless', '--no-sandbox', '--disable-gpu',
		    '--disable-quic', '--no-first-run',
		    '--disable-background-networking',
		    '--disable-component-update', '--disable-sync'],
	});
	t.context = await t.browser.newContext({ locale: 'id-ID',
	    viewport: { width: 390, height: 844 } });	// a phone
	const page = t.page = await t.context.newPage();
	page.setDefaultTimeout(15000);
	page.on('console', m => {
		const at = m.location().url || '';
		// the browser asks for /favicon.ico on its own, and a
		// document's own status is checked where it is opened
		if (m.type() === 'error' && !/\/favicon\.ico$/.test(at) &&
		    !(/^Failed to load resource/.test(m.text()) &&
		    at === page.url()))
			t.problems.push(`console: ${m.text()} (${at || page.url()})`);
	});
	page.on('pageerror', e => t.problems.push(`page error: ${e.message}`));
	page.on('response', r => {
		if (r.status() >= 500)
			t.problems.push(`HTTP ${r.status()} ${r.url()}`);
	});

	t.ok = desc => { t.passed++; console.log(`ok   - ${desc}`); };
	t.fail = async (desc, detail) => {
		t.failed++;
		console.log(`FAIL - ${desc}`);
		if (detail)
			console.log(String(detail).replace(/^/gm, '       '));
		try {
			mkdirSync(outDir, { recursive: true });
			const f = join(outDir, `${name}-gagal-${++t.shots}.png`);
			await page.screenshot({ path: f, fullPage: true });
			console.log(`       screenshot: ${f}`);
		} catch { /* the page may be gone */ }
	};
	t.check = async (desc, cond, detail) => {
		if (cond)
			t.ok(desc);
		else
			await t.fail(desc, detail);
		return cond;
	};
	// axe on the current page, once per distinct URL and main text (so
	// a form shown again with its errors is scanned too); a violation
	// fails with its nodes.  page.addScriptTag() would add axe as an
	// inline <script>, which Pamong's CSP (script-src 'self') rightly
	// refuses; it is evaluated through DevTools instead, which CSP does
	// not govern, and the page's own policy stays in force.
	// With again set, the page is scanned even if seen before (after a
	// change that is not in <main>, e.g. an opened disclosure).
	t.scan = async (label, again) => {
		const url = page.url().replace(base, '');
		const key = url + '\n' + await page.locator('main').innerText()
		    .catch(() => '');
		if (t.scanned.has(key) && !again)
			return;
		t.scanned.add(key);
		if (!await page.evaluate(() => typeof window.axe === 'object'))
			await page.evaluate(axeSource);
		const res = await page.evaluate(() => window.axe.run(document));
		const v = res.violations;
		const detail = v.map(x => `${x.id} (${x.impact}): ${x.help}\n` +
		    x.nodes.slice(0, 5).map(n => `  ${n.target.join(' ')}: ` +
		    `${n.failureSummary.replace(/\n/g, ' ')}`).join('\n'))
		    .join('\n');
		await t.check(`axe: no violations on ${label} (${url}; ` +
		    `${res.passes.length} rules pass)`, v.length === 0, detail);
	};
	t.go = async (path, label) => {
		const resp = await page.goto(base + path, { waitUntil: 'load' });
		const st = resp ? resp.status() : 0;
		await t.check(`GET ${path} (${label}) -> ${st}`, st === 200);
		await t.scan(label);
		return st === 200;
	};
	// click something that navigates; returns the final status
	t.click = async locator => {
		const [resp] = await Promise.all([
			page.waitForNavigation({ waitUntil: 'load' }),
			locator.click(),
		]);
		return resp ? resp.status() : 0;
	};
	// choices LABEL MAXH (issue 19): on a 360x740 phone, the page's
	// height (at most MAXH px, 0: any) and every radio and checkbox in
	// <main>: 24 px, inside its label, the label a row at least 44 px
	// tall (the whole row answers a tap), a radio's answers in one
	// fieldset with a legend.  The height is printed for the reviewer.
	t.choices = async (label, maxh) => {
		const size = page.viewportSize();
		await page.setViewportSize({ width: 360, height: 740 });
		const m = await page.evaluate(() => {
			const ins = [...document.querySelectorAll(
			    'main input[type=radio], main input[type=checkbox]')];
			const bad = [];
			for (const i of ins) {
				const r = i.getBoundingClientRect();
				const l = i.closest('label');
				const lr = l ? l.getBoundingClientRect() : null;
				const fs = i.closest('fieldset');
				if (Math.round(r.width) !== 24 ||
				    Math.round(r.height) !== 24 || !lr ||
				    lr.height < 44 || lr.width < 44 ||
				    (i.type === 'radio' &&
				    !(fs && fs.querySelector('legend'))))
					bad.push(`${i.name}=${i.value}: ` +
					    `${r.width}x${r.height}` + (lr ? ' in ' +
					    `${Math.round(lr.width)}x${lr.height}` :
					    ' without a label'));
			}
			return { h: document.documentElement.scrollHeight,
			    n: ins.length, bad };
		});
		console.log(`       ${label} at 360x740: ${m.h} px tall, ` +
		    `${m.n} choices`);
		await t.check(`${label}: ${m.n} radios/checkboxes at 24 px in ` +
		    'a 44 px tappable label row, grouped by question',
		    m.n > 0 && m.bad.length === 0, m.bad.slice(0, 8).join('\n'));
		if (maxh)
			await t.check(`${label}: ${m.h} px tall on a phone ` +
			    `(at most ${maxh})`, m.h <= maxh);
		await page.setViewportSize(size);
	};
	// menu (issue 19): open the header's "Menu" disclosure when it is
	// shown as a button (a phone) and closed, so its links can be used
	t.menu = async () => {
		const sum = page.locator('header details.menu > summary');
		if (await sum.count() === 1 && await sum.isVisible() &&
		    !await page.locator('header details.menu')
		    .evaluate(d => d.open))
			await sum.click();
	};
	// nav NAME: the header link NAME (a string or RegExp), menu opened
	t.nav = async name => {
		await t.menu();
		return page.locator('header').getByRole('link', { name });
	};
	// shoot LABEL: the current page at 360x740 and 1366x768, full
	// height, into tests/browser/shots/NAME-N-LABEL-{360,1366}.png
	// (ignored by git) for a reviewer; the viewport is restored
	t.shoot = async label => {
		const size = page.viewportSize();
		const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-')
		    .replace(/^-|-$/g, '');
		const n = String(++t.shotN).padStart(2, '0');
		mkdirSync(shotDir, { recursive: true });
		for (const [w, h] of [[360, 740], [1366, 768]]) {
			await page.setViewportSize({ width: w, height: h });
			await page.screenshot({ fullPage: true, path: join(shotDir,
			    `${name}-${n}-${slug}-${w}.png`) });
		}
		await page.setViewportSize(size);
	};
	t.text = () => page.locator('body').innerText();
	t.path = () => new URL(page.url()).pathname;
	t.end = async () => {
		await t.check('no console errors, CSP reports or 5xx responses',
		    t.problems.length === 0, t.problems.join('\n'));
		await t.browser.close();
		console.log(`${name}: ${t.passed} passed, ${t.failed} failed`);
		return t.failed ? 1 : 0;
	};
	return t;
}

// signIn / signOut through the header and /masuk, as a person would.
export async function signIn(t, user, pass) {
	const page = t.page;
	await t.go('/masuk', 'Masuk');
	await page.fill('[name="pengguna"]', user);
	await page.fill('[name="sandi"]', pass);
	const st = await t.click(page.getByRole('button', { name: 'Masuk' }));
	return t.check(`signed in as ${user} (${st})`, st === 200 &&
	    await page.locator('header a[href="/akun"]').count() > 0,
	    (await t.text()).slice(0, 400));
}

export async function signOut(t) {
	const page = t.page;
	await t.menu();
	await t.click(page.getByRole('button', { name: 'Keluar' }).first());
	return t.check('signed out', await page.locator(
	    'header a[href="/masuk"]').count() > 0);
}

// tinyPdf TEXT: a tiny valid one-page PDF showing TEXT, with a correct
// cross-reference table, as a Buffer (for setInputFiles()).
export function tinyPdf(text) {
	const objs = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100]' +
		    ' /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		null,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	const stream = `BT /F1 12 Tf 20 50 Td (${text}) Tj ET`;
	objs[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
	let out = '%PDF-1.4\n';
	const offs = [];
	objs.forEach((o, i) => {
		offs.push(out.length);
		out += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = out.length;
	out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
	for (const o of offs)
		out += `${String(o).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\n` +
	    `startxref\n${xref}\n%%EOF\n`;
	return Buffer.from(out, 'latin1');
}
