// sakip.mjs: an OPD officer reports a quarter's realisation with its
// evidence link on /petugas/sakip, Bappeda's verifier accepts it, and the
// public page /sakip/unit/DPMPTSP shows it in the table beside the SVG
// chart, reached from the cascade on /sakip (issue 22).  axe-core on
// every page; screenshots of the public pages at 360x740 and 1366x768
// into tests/browser/shots/.
//
// Usage: node tests/browser/sakip.mjs BASE_URL
import { mkdirSync } from 'node:fs';
import { begin, signIn, signOut } from './lib.mjs';

const t = await begin('sakip');
const page = t.page;
mkdirSync('tests/browser/shots', { recursive: true });

async function shots(name) {
	for (const [w, h] of [[360, 740], [1366, 768]]) {
		await page.setViewportSize({ width: w, height: h });
		await page.screenshot({ path: `tests/browser/shots/${name}-${w}x${h}.png`,
		    fullPage: true });
		const over = await page.evaluate(() =>
		    document.documentElement.scrollWidth > window.innerWidth + 1);
		await t.check(`${name} at ${w}x${h}: no sideways scrolling`, !over);
		await t.scan(`${name} ${w}x${h}`, true);
	}
	await page.setViewportSize({ width: 390, height: 844 });
}

// 1. the officer of DPMPTSP reports TW3 of DPMPTSP-3
await signIn(t, 'op.dpmptsp', 'Siak-Demo-2026');
await t.go('/petugas/sakip', 'Realisasi kinerja');
const sec = page.locator('section', { has: page.getByRole('heading',
    { name: /DPMPTSP-3/ }) });
await sec.getByLabel('Triwulan').selectOption('3');
await sec.getByLabel(/Realisasi/).fill('88.5');
await sec.getByLabel('Tautan bukti').fill('https://siakkab.go.id/laporan/tw3.pdf');
let st = await t.click(sec.getByRole('button', { name: /Laporkan realisasi/ }));
await t.check(`reported (${st})`, st === 200 &&
    await page.getByText('Triwulan 3: menunggu verifikasi').count() === 1);
await t.scan('Realisasi kinerja, terkirim', true);
await signOut(t);

// 2. Bappeda verifies it
await signIn(t, 'op.bappeda', 'Siak-Demo-2026');
await t.go('/petugas/sakip', 'Verifikasi Bappeda');
st = await t.click(page.getByRole('button',
    { name: 'Verifikasi DPMPTSP-3 triwulan 3' }));
await t.check(`verified (${st})`, st === 200 &&
    await page.getByRole('button', { name: 'Verifikasi DPMPTSP-3 triwulan 3' })
    .count() === 0);
await signOut(t);

// 3. the public follows the cascade to the unit's page
await t.go('/sakip', 'SAKIP');
await t.check('cascade from the RPJMD', await page.getByRole('heading',
    { name: /Tujuan: Meningkatkan kualitas pelayanan publik/ }).count() === 1);
await shots('sakip');
st = await t.click(page.getByRole('link',
    { name: 'Persentase pengaduan selesai dalam 10 hari kerja' }));
await t.check(`unit page (${st})`, st === 200);
await t.check('chart is an image with a name', await page.getByRole('img',
    { name: /Capaian terakhir/ }).count() === 1);
const row = page.locator('#DPMPTSP-3 tbody tr').nth(2);
await t.check('TW3 verified: 88,5 of 88 = 100,57',
    (await row.innerText()).replace(/\s+/g, ' ').trim() ===
    'Triwulan 3 88 88,5 100,57', await row.innerText());
await shots('sakip-unit');
process.exit(await t.end());
