// sakip.mjs: an OPD officer reports a quarter's realisation with its
// evidence link on /petugas/sakip, Bappeda's verifier accepts it, and the
// public page /sakip/unit/DPMPTSP shows it in the table beside the SVG
// chart, reached from the cascade on /sakip (issue 22).  Then the audit
// findings: the Inspektorat enters an LHP with a finding on
// /petugas/temuan, DPMPTSP answers it with an evidence link, the
// Inspektorat reviews it as sesuai and publishes it, and /sakip shows
// it (with the external scores' chart and table).  axe-core on
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

// 4. the Inspektorat enters an LHP and its finding
await signIn(t, 'inspektur', 'Siak-Demo-2026');
await t.go('/petugas/temuan', 'Tindak Lanjut Hasil Pemeriksaan');
await page.locator('#l-sumber').selectOption('inspektorat');
await page.locator('#l-nomor').fill('700/ITDA/LHP/09/2026');
await page.locator('#l-judul').fill('Audit kinerja pelayanan perizinan');
await page.locator('#l-unit').selectOption('DPMPTSP');
await page.locator('#l-diterima').fill('2026-09-01');
await page.locator('#l-hari').fill('30');
st = await t.click(page.getByRole('button', { name: 'Simpan LHP' }));
await t.check(`LHP saved (${st})`, st === 200 &&
    await page.getByText('Tersimpan.').count() === 1);
await page.locator('#r-lhp').fill('700/ITDA/LHP/09/2026');
await page.locator('#r-temuan').fill(
    'Standar pelayanan izin usaha belum dipublikasikan');
await page.locator('#r-rek').fill(
    'Mempublikasikan standar pelayanan di laman dan ruang layanan');
st = await t.click(page.getByRole('button', { name: 'Simpan temuan' }));
await t.check(`finding saved (${st})`, st === 200 && await page.getByText(
    'Standar pelayanan izin usaha belum dipublikasikan').count() === 1);
await t.scan('Temuan, Inspektorat', true);
await signOut(t);

// 5. the audited unit answers with an evidence link
await signIn(t, 'op.dpmptsp', 'Siak-Demo-2026');
await t.go('/petugas/temuan', 'Tindak Lanjut Hasil Pemeriksaan');
const art = page.locator('article', { hasText:
    'Standar pelayanan izin usaha belum dipublikasikan' });
await art.getByLabel('Uraian tindak lanjut').fill(
    'Standar pelayanan dipublikasikan di laman DPMPTSP');
await art.getByLabel('Tautan bukti').fill('https://siakkab.go.id/sp-izin.pdf');
st = await t.click(art.getByRole('button', { name: /Kirim tindak lanjut/ }));
await t.check(`follow-up sent (${st})`, st === 200 &&
    await page.getByText('Tersimpan.').count() === 1);
await t.scan('Temuan, unit', true);
await shots('sakip-temuan-unit');
await signOut(t);

// 6. the Inspektorat reviews it and publishes it
await signIn(t, 'inspektur', 'Siak-Demo-2026');
await t.go('/petugas/temuan', 'Tindak Lanjut Hasil Pemeriksaan');
const rev = page.locator('article', { hasText:
    'Standar pelayanan izin usaha belum dipublikasikan' });
await rev.getByLabel('Hasil penelaahan').selectOption('sesuai');
await rev.getByLabel('Catatan').fill('Bukti sesuai');
st = await t.click(rev.getByRole('button', { name: /Simpan penelaahan/ }));
await t.check(`reviewed (${st})`, st === 200);
st = await t.click(page.locator('article', { hasText:
    'Standar pelayanan izin usaha belum dipublikasikan' })
    .getByRole('button', { name: /Umumkan temuan/ }));
await t.check(`published (${st})`, st === 200);
await signOut(t);

// Bappeda records the regency's SAKIP score of a year with its source
await signIn(t, 'op.bappeda', 'Siak-Demo-2026');
for (const [th, v] of [['2016', '64.50'], ['2018', '66.26']]) {
	await t.go('/petugas/sakip/skor', 'Nilai Evaluasi Eksternal');
	await page.locator('#s-jenis').selectOption('sakip');
	await page.locator('#s-tahun').fill(th);
	await page.locator('#s-nilai').fill(v);
	await page.locator('#s-dok').fill(`B/${th}/M.AA.05`);
	await page.locator('#s-tgl').fill(`${+th + 1}-01-20`);
	st = await t.click(page.getByRole('button', { name: 'Simpan nilai' }));
	await t.check(`score ${th} saved (${st})`, st === 200 &&
	    await page.getByText('Tersimpan.').count() === 1);
}
await t.scan('Nilai evaluasi eksternal', true);
await signOut(t);

// 7. the public page shows the published finding and the scores
await t.go('/sakip', 'SAKIP');
const pub = page.locator('section', { has: page.getByRole('heading',
    { name: 'Temuan hasil pemeriksaan yang diumumkan' }) });
await t.check('published finding on /sakip, reviewed sesuai',
    (await pub.locator('tbody tr', { hasText: 'Standar pelayanan izin usaha' })
    .innerText()).includes('Sesuai'));
await t.check('external scores as a chart', await page.getByRole('img',
    { name: /Nilai SAKIP/ }).count() === 1);
await shots('sakip-publik-temuan');
process.exit(await t.end());
