// perizinan.mjs: an investor on /perizinan searches KBLI by word and by
// code without JavaScript, reads what the regency handles and the permit
// types with their deadlines, computes a reklame fee, and opens the
// registry of issued permits; then, signed in, follows the guide's link
// to the reklame application (catalogue service PTSP-06 on the workflow
// engine) and submits it; the DPMPTSP officer assesses its retribution
// (SKRD) on /perizinan/kelola, the citizen finds it on /perizinan/saya and
// opens it to print, the officer records the payment.  axe-core must be
// clean on every page;
// screenshots of the guide at 360x740 and 1366x768 go to
// tests/browser/shots/.
//
// Usage: node tests/browser/perizinan.mjs BASE_URL
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { begin, signIn, signOut, tinyPdf } from './lib.mjs';

const shots = join(dirname(fileURLToPath(import.meta.url)), 'shots');
mkdirSync(shots, { recursive: true });
const t = await begin('perizinan');
const page = t.page;

await t.go('/perizinan', 'Panduan perizinan');
await page.getByLabel('Kode atau kata KBLI').fill('jagung');
let st = await t.click(page.getByRole('button', { name: 'Cari KBLI' }));
await t.check(`search by word (${st})`, st === 200 &&
    /q=jagung/.test(page.url()));
await t.scan('Hasil KBLI kata');
await t.check('01111 Pertanian Jagung is the first row',
    /01111/.test(await page.locator('tbody tr').first().innerText()));
await page.getByLabel('Kode atau kata KBLI').fill('0112');
st = await t.click(page.getByRole('button', { name: 'Cari KBLI' }));
await t.check('search by code', st === 200 &&
    /Pertanian Padi Hibrida/.test(await page.locator('tbody').innerText()));
await t.check('the parents are shown', /Pertanian Tanaman Semusim/.test(
    await page.locator('tbody').innerText()));
await t.check('permit types with deadlines in working days',
    await page.locator('details summary', { hasText: /hari kerja/ }).count() >= 8);

await page.getByLabel('Luas bidang reklame (m²)').fill('4,5');
await page.getByLabel('Zona').selectOption('A');
await page.getByLabel('Lama pemasangan (hari)').fill('30');
st = await t.click(page.getByRole('button', { name: 'Hitung' }));
await t.check(`fee computed (${st})`, st === 200 &&
    /Rp337\.500/.test(await page.getByRole('status').innerText()));
await t.scan('Kalkulator biaya');

await page.setViewportSize({ width: 360, height: 740 });
await page.screenshot({ path: join(shots, 'perizinan-360.png'), fullPage: true });
await page.setViewportSize({ width: 1366, height: 768 });
await page.screenshot({ path: join(shots, 'perizinan-1366.png'), fullPage: true });
await t.scan('Panduan perizinan lebar', true);
await page.setViewportSize({ width: 360, height: 740 });

// From the guide to the online reklame application, as a signed-in citizen.
// (each type is a closed <details>: open the reklame one first)
const reklame = page.locator('details summary',
    { hasText: 'Izin Penyelenggaraan Reklame' });
await reklame.click();
await t.check('the guide links to the reklame application',
    await page.getByRole('link',
	{ name: 'Ajukan Izin Penyelenggaraan Reklame' }).count() === 1);
await t.scan('Panduan perizinan rincian reklame', true);
await signIn(t, 'warga.demo', 'Siak-Demo-2026');
await t.go('/perizinan?q=reklame', 'Panduan perizinan masuk');
await reklame.click();
st = await t.click(page.getByRole('link',
    { name: 'Ajukan Izin Penyelenggaraan Reklame' }));
await t.check(`the application form opens (${st}, ${t.path()})`,
    st === 200 && t.path() === '/layanan/PTSP-06/ajukan');
await t.scan('Formulir reklame');
if (await page.locator('select[name="wilayah"]').count() > 0)
	await page.selectOption('[name="wilayah"]', '14.08.01.1001');
if (await page.locator('[name="isian.keperluan"]').count() > 0)
	await page.fill('[name="isian.keperluan"]', 'Baliho promosi toko');
await page.fill('[name="isian.lokasi_reklame"]', 'Jl. Sultan Syarif Kasim, depan pasar');
await page.selectOption('[name="isian.jenis_reklame"]', 'Baliho');
await page.fill('[name="isian.ukuran_m2"]', '4.5');
await page.fill('[name="isian.mulai_tayang"]', '2026-12-21');
const files = page.locator('input[type="file"]');
for (let i = 0; i < await files.count(); i++)
	await files.nth(i).setInputFiles({ name: `berkas${i}.pdf`,
	    mimeType: 'application/pdf', buffer: tinyPdf(`Berkas ${i}`) });
st = await t.click(page.getByRole('button', { name: 'Ajukan permohonan' }));
const body = await t.text();
await t.check(`reklame application submitted (${st})`, st === 200 &&
    /Permohonan Anda telah diajukan/.test(body) && /PTSP-06/.test(body),
    body.slice(0, 800));
await t.scan('Permohonan reklame terkirim');
const nomor = (body.match(/DPMPTSP\/PTSP-06\/[0-9]{4}\/[0-9]+/) || [''])[0];
await signOut(t);

// The DPMPTSP officer assesses the retribution (SKRD) on the unit's page.
await signIn(t, 'op.dpmptsp', 'Siak-Demo-2026');
await t.go('/perizinan/kelola', 'Kelola permohonan izin');
await t.check(`the unit page lists ${nomor} with its days left`,
    nomor !== '' && (await t.text()).includes(nomor) &&
    /hari kerja/.test(await t.text()));
await page.getByLabel('Nomor permohonan').fill(nomor);
await page.getByLabel('Zona (reklame)').fill('A');
await page.getByLabel('Lama pemasangan (hari, reklame)').fill('30');
st = await t.click(page.getByRole('button', { name: 'Tetapkan SKRD' }));
await t.check(`SKRD assessed (${st})`, st === 200 &&
    /SKRD telah ditetapkan/.test(await t.text()) &&
    /Rp337\.500/.test(await t.text()));
await t.scan('SKRD ditetapkan');
const skrd = ((await t.text()).match(/SKRD\/[0-9]{4}\/[0-9]{6}/) || [''])[0];
await signOut(t);

// The citizen sees it among their permit applications and opens it to print.
await signIn(t, 'warga.demo', 'Siak-Demo-2026');
await t.go('/perizinan/saya', 'Permohonan izin saya');
await t.check('the citizen sees the SKRD waiting for payment',
    /menunggu pembayaran/.test(await t.text()));
st = await t.click(page.getByRole('link', { name: skrd }));
await t.check(`the SKRD opens (${st})`, st === 200 &&
    /Jatuh tempo/.test(await t.text()));
await t.scan('SKRD untuk dicetak');
await page.setViewportSize({ width: 360, height: 740 });
await page.screenshot({ path: join(shots, 'skrd-360.png'), fullPage: true });
await signOut(t);

// The officer records the payment with its reference.
await signIn(t, 'op.dpmptsp', 'Siak-Demo-2026');
await t.go('/perizinan/kelola', 'Kelola permohonan izin lagi');
await page.getByLabel('Nomor SKRD').fill(skrd);
await page.getByLabel('Referensi pembayaran').fill('BRK-2026-0001');
st = await t.click(page.getByRole('button', { name: 'Catat pembayaran' }));
await t.check(`payment recorded (${st})`, st === 200 &&
    /Pembayaran telah dicatat/.test(await t.text()) &&
    / lunas/.test(await t.text()));
await t.scan('Pembayaran dicatat');
await signOut(t);

await t.go('/izin', 'Daftar izin terbit');
await t.check('registry heading', await page.getByRole('heading',
    { name: 'Daftar Izin Terbit' }).count() === 1);
process.exit(await t.end());
