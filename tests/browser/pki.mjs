// pki.mjs: the PKI operator (admin.kominfo) opens Administrasi ›
// Penandatangan, sees the demo signers, enrols an officer again (a short
// passphrase first: refused with a clear message), then revokes a
// certificate with a reason.  axe-core must be clean on every page.
//
// Usage: node tests/browser/pki.mjs BASE_URL
import { begin, signIn } from './lib.mjs';

const t = await begin('pki');
const page = t.page;

try {
	if (await signIn(t, 'admin.kominfo', 'Siak-Demo-2026')) {
		await t.go('/admin', 'Administrasi');
		let st = await t.click(page.getByRole('link',
		    { name: 'Penandatangan', exact: true }));
		await t.check(`Penandatangan page opens (${st})`, st === 200 &&
		    t.path() === '/admin/penandatangan');
		await t.scan('penandatangan');
		const text = await t.text();
		await t.check('demo signers listed with active certificates',
		    /kadis\.dpmptsp/.test(text) && /camat\.siak/.test(text) &&
		    /Aktif/.test(text));
		await t.check('the page says the officer types the passphrase',
		    /diketik sendiri oleh petugas/.test(text));

		// a short passphrase: refused, the form says why
		await page.getByLabel('Nama pengguna petugas').fill('kadis.dpmptsp');
		await page.getByLabel('Frasa sandi tanda tangan').fill('pendek');
		await page.getByLabel('Ulangi frasa sandi').fill('pendek');
		st = await t.click(page.getByRole('button',
		    { name: 'Terbitkan sertifikat' }));
		await t.check(`short passphrase refused (${st})`, st === 422 &&
		    /sedikitnya 12 karakter/.test(await t.text()));
		await t.scan('penandatangan: galat frasa sandi');

		await page.getByLabel('Nama pengguna petugas').fill('kadis.dpmptsp');
		await page.getByLabel('Frasa sandi tanda tangan')
		    .fill('Frasa-Sandi-Kadis-2026');
		await page.getByLabel('Ulangi frasa sandi')
		    .fill('Frasa-Sandi-Kadis-2026');
		st = await t.click(page.getByRole('button',
		    { name: 'Terbitkan sertifikat' }));
		await t.check(`certificate issued (${st})`, st === 200 &&
		    /telah diterbitkan/.test(await t.text()) &&
		    /Digantikan/.test(await t.text()));
		await t.scan('penandatangan: diterbitkan');

		// revoke the first active certificate in the table
		const form = page.locator('form[action="/admin/penandatangan/cabut"]')
		    .first();
		await form.locator('select[name="alasan"]').selectOption('3');
		await form.locator('input[name="keterangan"]').fill('Mutasi jabatan');
		st = await t.click(form.getByRole('button'));
		await t.check(`certificate revoked (${st})`, st === 200 &&
		    /Sertifikat telah dicabut/.test(await t.text()) &&
		    /Mutasi jabatan/.test(await t.text()));
		await t.scan('penandatangan: dicabut');
	}
} catch (e) {
	await t.fail('journey ran to the end', e.stack || e);
}
process.exit(await t.end());
