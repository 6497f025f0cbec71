// sign.mjs: the electronic-signature journey (issue 4).  A domisili
// application of warga.demo is submitted and verified through the API;
// in the browser the penghulu of Kampung Dalam approves it with the
// signing passphrase (a wrong one first: refused, nothing changes); the
// resident downloads the signed PDF from "Permohonan Saya", opens the
// verification page /v/{kode} and uploads the file: "Sah".  axe-core must
// be clean on every page.
//
// Usage: node tests/browser/sign.mjs BASE_URL
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { begin, signIn, signOut } from './lib.mjs';

const fix = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures',
    'berkas');
const PW = 'Siak-Demo-2026';
const TTE = 'Siak-TTE-Demo-2026';

const t = await begin('sign');
const page = t.page;

async function token(user) {
	const r = await fetch(`${t.base}/api/v1/sesi`, { method: 'POST',
	    headers: { 'Content-Type': 'application/json' },
	    body: JSON.stringify({ pengguna: user, sandi: PW }) });
	return (await r.json()).token;
}

let nomor = null;

try {
	// 0. Apply (warga.demo) and verify (op.kampungdalam) through the API.
	const tw = await token('warga.demo');
	const fd = new FormData();
	for (const [k, v] of [['layanan', 'KPG-02'],
	    ['wilayah', '14.08.01.1001'], ['isian.keperluan', 'Membuka rekening bank'],
	    ['isian.alamat', 'Jl. Sultan Ismail No. 3'], ['isian.rt_rw', '002/001'],
	    ['isian.lama_tinggal', '5'], ['isian.status_tinggal', 'Milik sendiri']])
		fd.append(k, v);
	const pdf = new Blob([readFileSync(join(fix, 'surat.pdf'))],
	    { type: 'application/pdf' });
	const png = new Blob([readFileSync(join(fix, 'kk.png'))],
	    { type: 'image/png' });
	fd.append('berkas.ktp_el', pdf, 'ktp.pdf');
	fd.append('berkas.kartu_keluarga', png, 'kk.png');
	fd.append('berkas.surat_pengantar_rt_rw', pdf, 'pengantar.pdf');
	let r = await fetch(`${t.base}/api/v1/permohonan`, { method: 'POST',
	    headers: { Authorization: `Bearer ${tw}` }, body: fd });
	nomor = (await r.json()).nomor;
	await t.check(`applied through the API (${r.status}, ${nomor})`,
	    r.status === 201 && !!nomor);
	const to = await token('op.kampungdalam');
	r = await fetch(`${t.base}/api/v1/permohonan/${encodeURIComponent(nomor)}/tindakan`,
	    { method: 'POST', headers: { Authorization: `Bearer ${to}`,
	    'Content-Type': 'application/json' },
	    body: JSON.stringify({ tindakan: 'verifikasi' }) });
	await t.check(`verified through the API (${r.status})`, r.status === 200);

	// 1. The penghulu approves in the officer page with the passphrase.
	if (nomor && await signIn(t, 'penghulu.kampungdalam', PW)) {
		await t.click(await t.nav('Kotak Masuk'));
		let st = await t.click(page.getByRole('link', { name: nomor }));
		await t.check(`application opened (${st})`, st === 200);
		const pass = page.getByLabel('Frasa sandi tanda tangan elektronik');
		await t.check('a password field for the signing passphrase',
		    await pass.count() === 1 &&
		    await pass.getAttribute('type') === 'password');
		await t.scan('permohonan (penandatangan)');
		await pass.fill('frasa-sandi-yang-keliru');
		st = await t.click(page.getByRole('button',
		    { name: 'Setujui dan tandatangani' }));
		let body = await t.text();
		await t.check(`a wrong passphrase is refused (${st}) in Indonesian`,
		    st === 403 && /Frasa sandi tanda tangan elektronik salah/.test(body),
		    body.slice(0, 600));
		await t.check('still waiting for approval',
		    /Terverifikasi, menunggu persetujuan/.test(body));
		await t.scan('frasa sandi salah');
		await page.getByLabel('Frasa sandi tanda tangan elektronik').fill(TTE);
		st = await t.click(page.getByRole('button',
		    { name: 'Setujui dan tandatangani' }));
		body = await t.text();
		await t.check(`approved and signed (${st})`, st === 200 &&
		    /Dokumen hasil layanan/.test(body) && /Selesai/.test(body),
		    body.slice(0, 800));
		await t.scan('setelah tanda tangan');
		await signOut(t);
	}

	// 2. The resident downloads it from "Permohonan Saya".
	let file = null, kode = null;
	if (nomor && await signIn(t, 'warga.demo', PW)) {
		await t.click(await t.nav('Permohonan Saya'));
		let st = await t.click(page.getByRole('link', { name: nomor }));
		const body = await t.text();
		const m = body.match(/[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}-[0-9A-Z*~$=]/);
		kode = m ? m[0] : null;
		await t.check(`the application shows its document (${st}, ${kode})`,
		    st === 200 && kode !== null);
		await t.scan('permohonan saya dengan dokumen');
		const [dl] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Unduh dokumen (PDF)' }).click(),
		]);
		file = await dl.path();
		const head = file ? readFileSync(file).subarray(0, 5).toString() : '';
		await t.check(`downloaded ${dl.suggestedFilename()} (a PDF)`,
		    head === '%PDF-' && /^surat-.*\.pdf$/.test(dl.suggestedFilename()));

		// 3. The verification page, then the upload check.
		st = await t.click(page.getByRole('link', { name: kode }));
		let v = await t.text();
		await t.check(`verification page (${st}) says Sah, without the NIK`,
		    st === 200 && /Sah/.test(v) && !v.includes('1408014507900001'),
		    v.slice(0, 600));
		await t.scan('verifikasi dokumen');
		await page.getByLabel('Berkas PDF yang akan diperiksa').setInputFiles(file);
		st = await t.click(page.getByRole('button', { name: 'Periksa berkas' }));
		v = await t.text();
		await t.check(`upload check (${st}): Sah, every check passed`,
		    st === 200 && /Hasil Pemeriksaan Berkas/.test(v) &&
		    /\nSah\n/.test(v) && !/GAGAL/.test(v), v.slice(0, 900));
		await t.scan('hasil pemeriksaan berkas');
		await signOut(t);
	}
} catch (e) {
	await t.fail('journey raised', e.stack);
}
process.exit(await t.end());
