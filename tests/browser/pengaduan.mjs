// pengaduan.mjs: a resident reports, anonymously, an officer asking for
// money at the kampung office; the complaint admin disposes it to a unit
// without seeing her name; the unit answers; she follows it by tracking
// code and rates the answer.  axe-core must be clean on every page.
//
// Usage: node tests/browser/pengaduan.mjs BASE_URL
// Prints "ok - ..." / "FAIL - ..." lines and "pengaduan: N passed, N failed".
import { begin, signIn, signOut } from './lib.mjs';

const t = await begin('pengaduan');
const page = t.page;
const pass = 'Siak-Demo-2026';
let nomor = null, kode = null;

try {
	// 1. The resident files an anonymous complaint.
	if (await signIn(t, 'warga.demo', pass) &&
	    await t.go('/pengaduan/baru', 'formulir pengaduan')) {
		let st = await t.click(page.getByRole('button', { name: 'Kirim laporan' }));
		await t.check(`empty form is refused (${st})`, st === 422 &&
		    await page.getByRole('alert').count() > 0);
		await t.scan('formulir pengaduan dengan galat');
		const alert = await page.getByRole('alert').innerText();
		// the place is named, unless her own kampung was preselected
		// (she applied for a letter in the sign journey)
		const desa = await page.locator('[name="wilayah"]').inputValue();
		await t.check('the refusal names kind and category, and place ' +
		    `or her kampung is preselected (${desa || 'none'})`,
		    /Jenis laporan wajib dipilih/.test(alert) &&
		    /Kategori wajib dipilih/.test(alert) &&
		    (desa !== '' || /Lokasi \(kampung\/kelurahan\) wajib dipilih/
		    .test(alert)), alert);
		await t.choices('complaint form', 0);
		await page.selectOption('[name="jenis"]', 'pengaduan');
		await page.fill('[name="judul"]', 'Petugas kantor kampung meminta uang');
		await page.fill('[name="isi"]', 'Saat mengurus surat keterangan,' +
		    ' petugas meminta Rp100.000 di luar biaya resmi.');
		await page.selectOption('[name="kategori"]', 'pungutan_liar');
		await page.selectOption('[name="wilayah"]', '14.08.01.1001');
		await page.selectOption('[name="unit"]', '14.08.01.1001');
		await page.getByLabel('Anonim').check();
		st = await t.click(page.getByRole('button', { name: 'Kirim laporan' }));
		const body = await t.text();
		const m = body.match(/ADU-\d{4}-\d{6}/);
		const k = body.match(/Kode lacak\s+([0-9A-Z]{12})/);
		nomor = m ? m[0] : null;
		kode = k ? k[1] : null;
		await t.check(`complaint filed (${st}, ${nomor}, code ${kode})`,
		    st === 200 && nomor && kode &&
		    /Laporan Anda telah diterima/.test(body), body.slice(0, 600));
		await t.scan('laporan terkirim');
		await signOut(t);
	}

	// 2. The complaint admin disposes it to DPMPTSP; no name is shown.
	if (nomor && await signIn(t, 'admin.pengaduan', pass) &&
	    await t.go('/pengaduan/kelola', 'kelola pengaduan')) {
		let st = await t.click(page.getByRole('link', { name: nomor }));
		let body = await t.text();
		await t.check(`opened (${st}) without the reporter's identity`,
		    st === 200 && /Anonim \(identitas dirahasiakan\)/.test(body) &&
		    !body.includes('Siti Rahmawati') &&
		    !body.includes('1408014507900001'));
		await t.scan('laporan (admin)');
		await page.getByLabel('Unit tujuan').selectOption('DPMPTSP');
		st = await t.click(page.getByRole('button', { name: 'Disposisikan ke unit' }));
		body = await t.text();
		await t.check(`disposed (${st})`, st === 200 &&
		    /Diproses unit/.test(body), body.slice(0, 600));
		await signOut(t);
	}

	// 3. The unit answers.
	if (nomor && await signIn(t, 'op.dpmptsp', pass) &&
	    await t.go('/pengaduan/kelola', 'kotak pengaduan unit')) {
		let st = await t.click(page.getByRole('link', { name: nomor }));
		await t.check(`opened by the unit (${st})`, st === 200 &&
		    !(await t.text()).includes('Siti Rahmawati'));
		await t.scan('laporan (unit)');
		await page.getByLabel('Tanggapan', { exact: true }).fill(
		    'Petugas telah dipanggil, diberi sanksi, dan uang dikembalikan.');
		st = await t.click(page.getByRole('button', { name: 'Tanggapan' }));
		const body = await t.text();
		await t.check(`answered (${st})`, st === 200 &&
		    /Ditanggapi/.test(body), body.slice(0, 600));
		await signOut(t);
	}

	// 4. She follows it by tracking code, then rates the answer.
	if (kode && await t.go(`/pengaduan/lacak?kode=${kode}`, 'lacak laporan')) {
		const body = await t.text();
		await t.check('tracking page shows the answer, not her name',
		    /Ditanggapi/.test(body) && /uang dikembalikan/.test(body) &&
		    !body.includes('Siti Rahmawati'));
	}
	if (nomor && await signIn(t, 'warga.demo', pass) &&
	    await t.go('/pengaduan/saya', 'laporan saya')) {
		let st = await t.click(page.getByRole('link', { name: nomor }));
		await t.check(`her complaint (${st})`, st === 200);
		await t.scan('laporan (pelapor)');
		await t.choices('complaint rating', 0);
		await page.getByLabel('5', { exact: true }).check();
		st = await t.click(page.getByRole('button', { name: 'Penilaian' }));
		const body = await t.text();
		await t.check(`rated 5 and closed (${st})`, st === 200 &&
		    /Selesai/.test(body) && /5 dari 5/.test(body),
		    body.slice(0, 600));
		await t.scan('laporan dinilai');
		await signOut(t);
	}
	if (nomor && await t.go('/pengaduan', 'pengaduan publik')) {
		const body = await t.text();
		await t.check('public page lists it without her name',
		    body.includes(nomor) && !body.includes('Siti Rahmawati'));
	}
} catch (e) {
	await t.fail('journey stopped by an exception', e.stack || e);
}

process.exit(await t.end());
