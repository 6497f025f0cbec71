// spbe.mjs: the SPBE coordinator (admin.kominfo) opens the 2026 draft,
// fills a few indicators with evidence (a PDF and a link), sees the index
// change, completes the rest, submits and finalises; the public summary
// then shows the new result.  axe-core must be clean on every page.
//
// Usage: node tests/browser/spbe.mjs BASE_URL
import { begin, tinyPdf, signIn } from './lib.mjs';

const t = await begin('spbe');
const page = t.page;

// The index shown in the big block, e.g. "2.35".
async function shownIndex() {
	const s = await page.locator('.spbe-indeks strong').first().innerText();
	return s.trim();
}

try {
	await t.go('/spbe', 'ringkasan publik');
	await t.check('public summary shows the demo 2025 result 2.35 Cukup',
	    /2\.35/.test(await t.text()) && /Cukup/.test(await t.text()));
	await t.scan('ringkasan SPBE publik');

	if (await signIn(t, 'admin.kominfo', 'Siak-Demo-2026')) {
		await t.go('/spbe/penilaian', 'daftar penilaian');
		await t.scan('daftar penilaian');
		let st = await t.click(page.getByRole('link', { name: '2026', exact: true }));
		await t.check(`2026 draft opens (${st})`, st === 200 &&
		    /Status: Draf/.test(await t.text()));
		const draftUrl = t.path();
		const before = await shownIndex();
		await t.scan('penilaian draf');

		// indicator 42: level 4, explanation, unit, a PDF and a link
		st = await t.click(page.getByRole('link',
		    { name: 'Tingkat Kematangan Layanan Pengaduan Pelayanan Publik' }));
		await t.check(`indicator 42 page (${st}) shows live evidence`,
		    st === 200 && /Bukti langsung dari Pamong/.test(await t.text()));
		await t.scan('indikator 42');
		await page.selectOption('[name="level"]', '4');
		await page.fill('[name="penjelasan"]',
		    'Pengaduan daring di Pamong, didisposisi ke unit.');
		st = await t.click(page.getByRole('button', { name: 'Simpan isian' }));
		await t.check(`indicator 42 saved (${st})`, st === 200 &&
		    /Isian indikator telah disimpan/.test(await t.text()));
		await page.getByLabel('Judul bukti').first().fill('SOP Pengaduan');
		await page.getByLabel(/Berkas \(PDF/).setInputFiles({
			name: 'sop.pdf', mimeType: 'application/pdf',
			buffer: tinyPdf('SOP Pengaduan'),
		});
		st = await t.click(page.getByRole('button', { name: 'Unggah' }));
		await t.check(`PDF evidence uploaded (${st})`, st === 200 &&
		    /Bukti dukung telah ditambahkan/.test(await t.text()) &&
		    await page.getByRole('link', { name: 'SOP Pengaduan' }).count() === 1);
		await page.getByLabel('Judul bukti').nth(1).fill('Laman pengaduan');
		await page.getByLabel(/Alamat tautan/).fill('https://siakkab.go.id/pengaduan');
		st = await t.click(page.getByRole('button', { name: 'Tambahkan tautan' }));
		await t.check(`link evidence added (${st})`, st === 200 &&
		    await page.getByRole('link', { name: 'Laman pengaduan' }).count() === 1);
		await t.scan('indikator 42 dengan bukti');

		// back to the overview: the index moved
		await t.go(draftUrl, 'penilaian draf');
		const after = await shownIndex();
		await t.check(`index changed after filling (${before} -> ${after})`,
		    before !== after && Number(after) > Number(before));

		// the what-if page works without JS
		st = await t.click(page.getByRole('link', { name: 'Simulasi peningkatan indeks' }));
		await t.check(`what-if page (${st})`, st === 200 &&
		    /kenaikan terbesar/.test(await t.text()));
		await t.scan('simulasi');
		await page.selectOption('[name="t43"]', '5');
		st = await t.click(page.getByRole('button', { name: 'Hitung' }));
		await t.check(`what-if result shown (${st})`, st === 200 &&
		    /Indeks hasil simulasi/.test(await t.text()));

		// complete the other indicators (a few through the form above
		// would be slow: post them like the form does)
		const csrf = await page.locator('input[name="csrf"]').first()
		    .getAttribute('value').catch(() => null);
		const id = draftUrl.split('/').pop();
		for (let n = 1; n <= 47; n++) {
			if (n === 42)
				continue;
			await page.request.post(`${t.base}/spbe/penilaian/${id}/indikator/${n}`,
			    { form: { csrf: csrf || '', level: '3', penjelasan: '', unit: '0' },
			      maxRedirects: 0 });
		}
		await t.go(draftUrl, 'penilaian draf');
		st = await t.click(page.getByRole('button', { name: 'Ajukan untuk difinalkan' }));
		await t.check(`submitted (${st})`, st === 200 &&
		    /Status: Diajukan/.test(await t.text()), (await t.text()).slice(0, 600));
		st = await t.click(page.getByRole('button', { name: 'Finalkan penilaian' }));
		const body = await t.text();
		await t.check(`finalised (${st}): read-only`, st === 200 &&
		    /Status: Final/.test(body) && /hanya dapat dibaca/.test(body));
		await t.scan('penilaian final');

		await t.go('/spbe', 'ringkasan publik');
		await t.check('public summary now shows 2026',
		    /Penilaian tahun 2026/.test(await t.text()));
		await t.scan('ringkasan SPBE publik 2026');
	}
} catch (e) {
	await t.fail('journey stopped by an exception', e.stack || e);
}

process.exit(await t.end());
