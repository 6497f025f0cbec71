// nav.mjs: a visitor on a phone finds the public areas from the header:
// "Pengaduan" directly, the information pages (Pengumuman, Kinerja
// Pelayanan, IKM, Indeks SPBE, Log Transparansi) behind the "Informasi
// Publik" disclosure, which opens without JavaScript; on a phone all of
// them behind the header's "Menu" button (issue 19).  axe-core must be
// clean with the disclosure closed and open, the opened list must fit the
// screen, and every link must open its page (200) marked aria-current.
//
// Usage: node tests/browser/nav.mjs BASE_URL
import { begin, signIn, signOut } from './lib.mjs';

const t = await begin('nav');
const page = t.page;
const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
const groups = [
	['Pengumuman', '/pengumuman'],
	['Kinerja Pelayanan', '/kinerja'],
	['Indeks Kepuasan Masyarakat', '/ikm'],
	['Indeks SPBE', '/spbe'],
	['Log Transparansi', '/log'],
];

// open the disclosure and check the list fits a phone's width
async function openInfo(label) {
	await t.menu();
	const summary = nav.locator('.nav-info > details > summary',
	    { hasText: 'Informasi Publik' });
	const open = () => summary.locator('..').evaluate(d => d.open);
	await t.check(`${label}: "Informasi Publik" is one closed disclosure`,
	    await summary.count() === 1 && !await open());
	await summary.click();
	await t.check(`${label}: it opens`, await open());
	const width = page.viewportSize().width;
	let fits = true;
	for (const [name] of groups) {
		const box = await nav.getByRole('link', { name, exact: true })
		    .boundingBox();
		if (box === null || box.x < 0 || box.x + box.width > width ||
		    box.height < 24)
			fits = false;
	}
	await t.check(`${label}: every information link is visible, on the` +
	    ' screen and at least 24 px high', fits);
	await t.scan(`${label} with the disclosure open`, true);
}

async function journey(label) {
	await t.go('/', `Beranda (${label})`);
	await t.check(`${label}: "Pengaduan" is in the header`,
	    await nav.getByRole('link', { name: 'Pengaduan', exact: true,
	    includeHidden: true }).count() === 1);
	await t.check(`${label}: information links hidden while closed`,
	    await nav.getByRole('link', { name: 'Log Transparansi' })
	    .count() === 0);
	await openInfo(label);
	for (const [name, path] of groups) {
		await t.go('/', `Beranda (${label})`);
		await t.menu();
		await nav.locator('.nav-info summary',
		    { hasText: 'Informasi Publik' }).click();
		const st = await t.click(nav.getByRole('link',
		    { name, exact: true }));
		await t.check(`${label}: "${name}" opens ${path} (${st})`,
		    st === 200 && t.path() === path);
		await t.check(`${label}: ${path} marks its link current`,
		    await nav.locator(`a[href="${path}"][aria-current="page"]`)
		    .count() === 1);
		await t.scan(`${path} (${label})`);
	}
	await t.go('/', `Beranda (${label})`);
	await t.menu();
	const st = await t.click(nav.getByRole('link',
	    { name: 'Pengaduan', exact: true }));
	await t.check(`${label}: "Pengaduan" opens /pengaduan (${st})`,
	    st === 200 && t.path() === '/pengaduan');
	await t.scan(`/pengaduan (${label})`);
}

try {
	await journey('tamu');
	if (await signIn(t, 'warga.demo', 'Siak-Demo-2026')) {
		await journey('warga');
		await signOut(t);
	}
	// a wide screen: the opened list stays inside the window
	await page.setViewportSize({ width: 1280, height: 800 });
	await t.go('/', 'Beranda (layar lebar)');
	await openInfo('layar lebar');
} catch (e) {
	await t.fail('journey stopped', e && e.stack ? e.stack : String(e));
}
process.exit(await t.end());
