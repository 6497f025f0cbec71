// ikm.mjs: the kampung operator enters a paper satisfaction questionnaire
// and publishes an announcement from a phone; a visitor then finds the
// announcement on the home page, the kampung's page and /pengumuman, and
// the IKM with its chart and table at /ikm.  axe-core must be clean on
// every page.
//
// Usage: node tests/browser/ikm.mjs BASE_URL
// Prints "ok - ..." / "FAIL - ..." lines and "ikm: N passed, N failed".
import { begin, signIn, signOut } from './lib.mjs';

const t = await begin('ikm');
const page = t.page;
const judul = 'Surat Domisili kini dapat diajukan daring';

try {
	// 0. The online survey of the application the sign journey finished
	// (run.sh runs it first): compact on a phone.
	await signIn(t, 'warga.demo', 'Siak-Demo-2026');
	if (await t.go('/survei', 'Daftar survei')) {
		const isi = page.getByRole('link', { name: 'Isi survei' });
		if (await t.check('an invitation to a survey', await isi.count() > 0)) {
			await t.click(isi.first());
			await t.scan('Survei kepuasan');
			await t.choices('survey /survei/{id}', 3600);
		}
	}
	await signOut(t);

	await signIn(t, 'op.kampungdalam', 'Siak-Demo-2026');

	// 1. A paper questionnaire: the best answer to every element.
	if (await t.go('/petugas/survei', 'Kuesioner kertas')) {
		await t.choices('paper questionnaire /petugas/survei', 4200);
		await page.selectOption('[name="layanan"]', 'KPG-02');
		for (let i = 1; i <= 9; i++)
			await page.locator(`[name="u${i}"][value="4"]`).check();
		await page.getByLabel('Tidak', { exact: true }).check();
		const st = await t.click(page.getByRole('button',
		    { name: 'Simpan kuesioner' }));
		await t.check(`paper form saved (${st})`, st === 200 &&
		    /telah disimpan/.test(await t.text()));
		await t.scan('Kuesioner kertas tersimpan');
	}

	// 2. An announcement: draft, then publish.
	if (await t.go('/petugas/pengumuman', 'Pengumuman unit')) {
		await page.selectOption('[name="jenis"]', 'layanan_baru');
		await page.fill('[name="judul"]', judul);
		await page.fill('[name="isi"]', 'Mulai Desember, Surat ' +
		    'Keterangan Domisili dapat diajukan melalui Pamong.\n' +
		    'Syarat: KTP-el & Kartu Keluarga.');
		let st = await t.click(page.getByRole('button',
		    { name: 'Simpan sebagai draf' }));
		await t.check(`draft saved (${st})`, st === 200 &&
		    /draf/i.test(await t.text()));
		await t.scan('Pengumuman: draf');
		st = await t.click(page.getByRole('button',
		    { name: 'Terbitkan' }).first());
		await t.check(`published (${st})`, st === 200 &&
		    /telah diterbitkan/.test(await t.text()));
	}
	await signOut(t);

	// 3. The visitor's view.
	for (const [path, label] of [['/', 'Beranda'],
	    ['/wilayah/14.08.01.1001', 'Kampung Dalam'],
	    ['/pengumuman', 'Pengumuman']]) {
		if (await t.go(path, label))
			await t.check(`announcement on ${label}`,
			    (await t.text()).includes(judul));
	}
	await page.getByRole('link', { name: judul }).first().click();
	await page.waitForLoadState('load');
	await t.scan('Pengumuman: isi');
	await t.check('announcement page shows its text',
	    /KTP-el & Kartu Keluarga/.test(await t.text()));
	if (await t.go('/ikm?unit=14.08.01.1001', 'IKM Kampung Dalam')) {
		await t.check('chart is an image with a title',
		    await page.locator('svg[role="img"] title').count() > 0);
		await t.check('IKM 100,00 A Sangat Baik in the table',
		    /100,00\s+A\s+Sangat Baik/.test(await t.text()),
		    (await t.text()).slice(0, 800));
	}
} catch (e) {
	await t.fail('journey ran to the end', e.stack);
}
process.exit(await t.end());
