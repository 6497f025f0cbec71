// kotak.mjs: the operator's inbox at a busy desk (issue 19 item 10).
// The Kampung Dalam operator enters a walk-in application for warga.demo
// at the desk (/petugas/loket), finds it in the inbox by the citizen's
// name, sees status and deadline inside a 360 px phone screen, opens the
// application and its PDF in the page, goes back and verifies it with the
// batch form; the printable list has no forms.  axe on every page, each
// page shot at 360x740 and 1366x768.
//
// Usage: node tests/browser/kotak.mjs BASE_URL
import { begin, tinyPdf, signIn, signOut } from './lib.mjs';

const t = await begin('kotak');
const page = t.page;
const nik = '1408014507900001'; // warga.demo (Siti Rahmawati)
let nomor = null;

try {
	if (await signIn(t, 'op.kampungdalam', 'Siak-Demo-2026')) {
		// 1. The desk: NIK and service, then the form.
		let st = await t.click(await t.nav('Kotak Masuk'));
		await t.check(`inbox (${st})`, st === 200);
		st = await t.click(page.getByRole('link',
		    { name: 'Catat permohonan warga yang datang ke kantor' }));
		await t.check(`desk form (${st})`, st === 200 &&
		    t.path() === '/petugas/loket');
		await t.scan('loket');
		await t.shoot('loket');
		await page.getByLabel('NIK pemohon').fill('1408 0145 0790 0001');
		await page.selectOption('[name="layanan"]', 'KPG-02');
		st = await t.click(page.getByRole('button', { name: 'Lanjutkan' }));
		let body = await t.text();
		await t.check(`the citizen's form (${st})`, st === 200 &&
		    body.includes('Siti Rahmawati') && body.includes(nik),
		    body.slice(0, 600));
		await t.scan('loket: formulir');
		await t.shoot('loket formulir');
		await page.selectOption('[name="wilayah"]', '14.08.01.1001');
		await page.fill('[name="isian.keperluan"]', 'Persyaratan melamar pekerjaan');
		await page.fill('[name="isian.alamat"]', 'Jl. Sultan Ismail No. 12');
		await page.fill('[name="isian.rt_rw"]', '003/001');
		await page.fill('[name="isian.lama_tinggal"]', '7');
		await page.selectOption('[name="isian.status_tinggal"]', 'Milik sendiri');
		for (const [field, label] of [['ktp_el', 'KTP-el'],
		    ['kartu_keluarga', 'Kartu Keluarga'],
		    ['surat_pengantar_rt_rw', 'Surat pengantar RT/RW']]) {
			await page.getByLabel(label, { exact: true }).setInputFiles({
				name: `${field}.pdf`, mimeType: 'application/pdf',
				buffer: tinyPdf(label),
			});
		}
		st = await t.click(page.getByRole('button',
		    { name: 'Ajukan atas nama pemohon' }));
		body = await t.text();
		const m = body.match(/14\.08\.01\.1001\/KPG-02\/\d{4}\/\d{5}/);
		nomor = m ? m[0] : null;
		await t.check(`entered (${st}, ${nomor}) with its tracking code`,
		    st === 200 && nomor !== null && /Kode lacak/.test(body),
		    body.slice(0, 600));
		await t.scan('loket: tercatat');
		await t.shoot('loket tercatat');

		// 2. The inbox: search by name; on a phone status and deadline
		// stay on the screen.
		await t.go('/petugas', 'kotak masuk');
		await page.getByRole('searchbox', { name: 'Cari' }).fill('rahmawati');
		st = await t.click(page.getByRole('button', { name: 'Terapkan' }));
		body = await t.text();
		await t.check(`search by name (${st}) finds ${nomor}`,
		    st === 200 && nomor !== null && body.includes(nomor));
		await t.scan('kotak masuk: cari');
		await t.shoot('kotak masuk cari');
		await page.setViewportSize({ width: 360, height: 740 });
		const row = page.locator('tr', { has: page.getByRole('link',
		    { name: nomor }) });
		const boxes = [];
		for (const l of ['Status', 'Batas waktu', 'Diterima']) {
			const b = await row.locator(`td[data-label="${l}"]`)
			    .boundingBox();
			boxes.push(b);
		}
		await t.check('360 px: status, deadline and received inside the screen',
		    boxes.every(b => b && b.width > 0 && b.x >= 0 &&
		    b.x + b.width <= 360), JSON.stringify(boxes));
		const over = await page.evaluate(() =>
		    document.documentElement.scrollWidth);
		await t.check(`360 px: no sideways scrolling (${over} px)`, over <= 360);
		await t.scan('kotak masuk 360', true);
		await page.setViewportSize({ width: 390, height: 844 });

		// 3. The application and its PDF in the page.
		st = await t.click(page.getByRole('link', { name: nomor }));
		await t.check(`opened (${st})`, st === 200);
		const sum = page.locator('details.pratinjau summary').first();
		await sum.click();
		const frame = page.locator('details.pratinjau[open] iframe');
		await t.check('the PDF opens in the page',
		    await frame.count() === 1 && await frame.isVisible());
		await t.scan('permohonan: pratinjau');
		await t.shoot('permohonan pratinjau');

		// 4. Back to the inbox: verify it with the batch form.
		await t.go('/petugas?cari=rahmawati', 'kotak masuk');
		await page.getByLabel(`Pilih ${nomor}`).check();
		st = await t.click(page.getByRole('button',
		    { name: 'Verifikasi yang dipilih' }));
		body = await t.text();
		await t.check(`batch verified (${st})`, st === 200 &&
		    /Hasil verifikasi/.test(body) && body.includes(nomor) &&
		    /Terverifikasi\./.test(body), body.slice(0, 600));
		await t.scan('hasil verifikasi');
		await t.shoot('hasil verifikasi');

		// 5. The printable list.
		await t.go('/petugas?cetak=1&keadaan=semua', 'cetak');
		await t.check('printable list without forms',
		    await page.locator('main form').count() === 0 &&
		    (await t.text()).includes(nomor));
		await t.scan('kotak masuk cetak');
		await t.shoot('kotak masuk cetak');

		// 6. The unit's register of outgoing letters (issue 19 item 11).
		await t.go('/petugas', 'kotak masuk');
		st = await t.click(page.getByRole('link',
		    { name: 'Buku agenda surat keluar' }));
		body = await t.text();
		await t.check(`register of letters (${st})`, st === 200 &&
		    /Buku Agenda Surat Keluar/.test(body) &&
		    await page.getByRole('link', { name: 'Unduh (Excel)' })
		    .count() === 1, body.slice(0, 600));
		await t.scan('buku agenda');
		await t.shoot('buku agenda');
		await signOut(t);
	}
} catch (e) {
	await t.fail('journey stopped by an exception', e.stack || e);
}

process.exit(await t.end());
