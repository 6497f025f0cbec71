// apply.mjs: a resident of Kampung Dalam signs up and applies for a Surat
// Keterangan Domisili Penduduk (KPG-02) from a phone with a PDF upload;
// the kampung operator verifies it from the inbox; the resident signs in
// again and sees "Terverifikasi".  axe-core must be clean on every page.
//
// Usage: node tests/browser/apply.mjs BASE_URL
// Prints "ok - ..." / "FAIL - ..." lines and "apply: N passed, N failed".
import { begin, tinyPdf, signIn, signOut } from './lib.mjs';

const t = await begin('apply');
const page = t.page;
const user = 'warga.dalam';
const pass = 'Sandi-Warga-Dalam-2026';
const nik = '1408015203910004';	// kecamatan Siak; woman born 12-03-1991
let nomor = null;

try {
	// 1. Sign up as a new citizen.
	if (await t.go('/daftar', 'Daftar')) {
		await page.fill('[name="nik"]', nik);
		await page.fill('[name="nama"]', 'Nur Aisyah');
		await page.fill('[name="telepon"]', '081277778888');
		await page.fill('[name="pengguna"]', user);
		await page.fill('[name="sandi"]', pass);
		await page.fill('[name="sandi2"]', pass);
		const st = await t.click(page.getByRole('button', { name: 'Daftar' }));
		await t.check(`signed up (${st}, at ${t.path()})`, st === 200 &&
		    await (await t.nav(/Akun Saya/)).count() > 0,
		    (await t.text()).slice(0, 600));
		await t.check('header shows "Permohonan Saya" for a citizen',
		    await (await t.nav('Permohonan Saya')).count() > 0);
		await t.scan('setelah daftar');
	}

	// 2. From the service page to the online form.
	if (await t.go('/layanan/KPG-02', 'halaman layanan')) {
		const st = await t.click(page.getByRole('link',
		    { name: 'Ajukan secara daring' }));
		await t.check(`"Ajukan secara daring" opens the form (${st}, ${t.path()})`,
		    st === 200 && t.path() === '/layanan/KPG-02/ajukan');
		await t.scan('formulir permohonan');
	}

	// 3. Sending it empty: every error, in Indonesian, linked to its field.
	let st = await t.click(page.getByRole('button', { name: 'Ajukan permohonan' }));
	await t.check(`empty form is refused (${st})`, st === 422);
	const alert = page.getByRole('alert');
	await t.check('error summary lists the kampung and the documents',
	    /Kampung\/kelurahan/.test(await alert.innerText()) &&
	    /Kartu Keluarga/.test(await alert.innerText()),
	    await alert.innerText().catch(() => ''));
	await t.scan('formulir dengan galat');

	// 4. Fill it in like a resident would, with a PDF for each document.
	await page.selectOption('[name="wilayah"]', '14.08.01.1001');
	await page.fill('[name="isian.keperluan"]', 'Persyaratan melamar pekerjaan di Pekanbaru');
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
	st = await t.click(page.getByRole('button', { name: 'Ajukan permohonan' }));
	let body = await t.text();
	const m = body.match(/14\.08\.01\.1001\/KPG-02\/\d{4}\/\d{5}/);
	nomor = m ? m[0] : null;
	await t.check(`application submitted (${st}, number ${nomor})`,
	    st === 200 && nomor !== null &&
	    /Permohonan Anda telah diajukan/.test(body), body.slice(0, 800));
	await t.check('status "Diajukan, menunggu verifikasi"',
	    /Diajukan, menunggu verifikasi/.test(body));
	await t.scan('permohonan terkirim');

	// 4b. Her receipt (issue 19 item 4): printable, with the QR code.
	const bukti = page.getByRole('link',
	    { name: 'Lihat dan cetak Bukti Permohonan' });
	if (await t.check('receipt link', await bukti.count() === 1)) {
		st = await t.click(bukti);
		const rb = await t.text();
		await t.check(`receipt (${st}): number, code, QR, next steps`,
		    st === 200 && /Bukti Permohonan/.test(rb) &&
		    rb.includes(nomor) && /Langkah selanjutnya/.test(rb) &&
		    await page.locator('svg.qr[role="img"]').count() === 1,
		    rb.slice(0, 800));
		await t.scan('bukti permohonan');
		await page.goBack({ waitUntil: 'load' });
	}

	// 5. Its public tracking page shows no personal data.
	const track = page.getByRole('link', { name: /^[0-9A-Z]{12}$/ });
	if (await t.check('tracking code link', await track.count() === 1)) {
		st = await t.click(track);
		body = await t.text();
		await t.check(`tracking page (${st}) shows the status, not the name or NIK`,
		    st === 200 && /Diajukan, menunggu verifikasi/.test(body) &&
		    !body.includes('Nur Aisyah') && !body.includes(nik));
		await t.scan('lacak permohonan');
	}
	await signOut(t);
	await t.scan('setelah keluar');

	// 6. The kampung operator verifies it from the inbox.
	if (nomor && await signIn(t, 'op.kampungdalam', 'Siak-Demo-2026')) {
		st = await t.click(await t.nav('Kotak Masuk'));
		await t.check(`"Kotak Masuk" in the header (${st})`, st === 200 &&
		    (await t.text()).includes(nomor));
		await t.scan('kotak masuk');
		st = await t.click(page.getByRole('link', { name: nomor }));
		body = await t.text();
		await t.check(`application opened (${st}) with the citizen's data`,
		    st === 200 && body.includes('Nur Aisyah') && body.includes(nik));
		await t.scan('permohonan (petugas)');
		await page.getByLabel('Catatan').fill('Berkas lengkap dan sesuai.');
		st = await t.click(page.getByRole('button', { name: 'Verifikasi berkas' }));
		body = await t.text();
		await t.check(`verified (${st})`, st === 200 &&
		    /Terverifikasi, menunggu persetujuan/.test(body), body.slice(0, 800));
		await t.scan('setelah verifikasi');
		await signOut(t);
	}

	// 7. The citizen signs in again and sees the new status.
	if (nomor && await signIn(t, user, pass)) {
		await t.check('header shows unread notifications',
		    await (await t.nav(/Notifikasi \d+ belum dibaca/)).count() > 0);
		st = await t.click(await t.nav('Permohonan Saya'));
		body = await t.text();
		await t.check(`Permohonan Saya (${st}) shows "Terverifikasi"`,
		    st === 200 && body.includes(nomor) && /Terverifikasi/.test(body),
		    body.slice(0, 800));
		await t.scan('Permohonan Saya');
		st = await t.click(page.getByRole('link', { name: nomor }));
		body = await t.text();
		await t.check(`detail (${st}): status, the officer's note, no actions left but none needed`,
		    st === 200 && /Terverifikasi, menunggu persetujuan/.test(body) &&
		    /Berkas lengkap dan sesuai\./.test(body));
		await t.scan('rincian permohonan (warga)');
		st = await t.click(await t.nav(/Notifikasi/));
		await t.check(`notifications (${st}) mention the new status`, st === 200 &&
		    /Terverifikasi/.test(await t.text()));
		await t.scan('notifikasi');
		st = await t.click(page.getByRole('button', { name: 'Tandai semua sudah dibaca' }));
		await t.check(`all marked read (${st})`, st === 200 &&
		    await page.locator('header').getByRole('link',
		    { name: /belum dibaca/, includeHidden: true }).count() === 0);
		await t.scan('notifikasi dibaca');
	}
} catch (e) {
	await t.fail('journey stopped by an exception', e.stack || e);
}

process.exit(await t.end());
