// kinerja.mjs: a journalist compares units on /kinerja, sorts the ranking
// by the median without JavaScript, opens a unit's page with its SVG
// charts and their tables, and reads the data dictionary; pimpinan opens
// the executive dashboard.  axe-core must be clean on every page, on a
// phone-sized screen.  Data come from whatever the journeys before it
// left (a fresh server shows the empty states, which are scanned too).
//
// Usage: node tests/browser/kinerja.mjs BASE_URL
import { begin, signIn, signOut } from './lib.mjs';

const t = await begin('kinerja');
const page = t.page;

await t.go('/kinerja', 'Kinerja');
await t.check('ranking heading', await page.getByRole('heading',
    { name: /Peringkat unit/ }).count() === 1);
const sort = page.getByRole('link', { name: /Median/ });
if (await sort.count() > 0) {
	const st = await t.click(sort.first());
	await t.check(`sorted by median (${st})`, st === 200 &&
	    /urut=median/.test(page.url()));
	await t.scan('Kinerja urut median');
}
await t.go('/kinerja/14.08.01.1001', 'Kinerja unit');
await t.check('three charts, each an image with a name',
    await page.getByRole('img', { name: /per bulan/ }).count() === 3);
await t.check('three data tables beside them',
    await page.locator('table caption').count() >= 3);
await t.go('/kinerja/14.08.01.1001?periode=2026-01', 'Kinerja unit bulan');
await t.go('/data/kamus', 'Kamus data');
await t.check('every column is explained', await page.locator(
    'tbody tr').count() === 23);

await signIn(t, 'pimpinan', 'Siak-Demo-2026');
await t.go('/kinerja/eksekutif', 'Dasbor eksekutif');
await t.check('overdue section', await page.getByRole('heading',
    { name: /melewati batas waktu/ }).count() === 1);
await signOut(t);
process.exit(await t.end());
