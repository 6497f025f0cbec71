// antrian.mjs: the MPP queue in a browser (issue 16): a citizen takes a
// ticket at the kiosk by touch (no keyboard), follows it on a phone; the
// hall display, open in another window, shows the call without a
// reload by hand when the counter officer calls it from the counter
// page.  axe-core must be clean on every page.
//
// Usage: node tests/browser/antrian.mjs BASE_URL
import { begin, signIn, signOut } from './lib.mjs';

const t = await begin('antrian');
const page = t.page;

// the kiosk: one touch on a service button
await t.go('/antrian/kiosk/MPP-SIAK', 'Anjungan antrean');
const btn = page.getByRole('button', { name: /DUK-03|Kartu Identitas Anak/ });
const box = await btn.boundingBox();
await t.check('service buttons are at least 44 px high',
    box !== null && box.height >= 44, JSON.stringify(box));
const st = await t.click(btn);
await t.check(`the ticket page (${st})`, st === 201);
const nomor = await page.locator('.antrian-nomor strong').innerText();
await t.check(`a number C-NNN (${nomor})`, /^C-\d{3}$/.test(nomor));
await t.scan('the ticket page');

// follow it on a phone
await t.click(page.getByRole('link', { name: /\/antrian\/tiket\// }));
await t.check('the follow page shows it waiting',
    /Menunggu dipanggil/.test(await t.text()) &&
    (await t.text()).includes(nomor));
await t.scan('the follow page');

// the hall display in a second page
const tv = await t.context.newPage();
await tv.goto(t.base + '/antrian/layar/MPP-SIAK', { waitUntil: 'load' });
await t.check('the display shows no call yet',
    !(await tv.locator('body').innerText()).includes(nomor));

// the officer calls from the counter page
const officer = await t.browser.newContext({ locale: 'id-ID' });
const op = await officer.newPage();
const saved = t.page;
t.page = op;
await signIn({ ...t, page: op, go: async (p, l) => {
	const r = await op.goto(t.base + p, { waitUntil: 'load' });
	return t.check(`GET ${p} (${l})`, r && r.status() === 200);
}, click: async loc => {
	const [r] = await Promise.all([op.waitForNavigation(), loc.click()]);
	return r ? r.status() : 0;
}, text: () => op.locator('body').innerText() }, 'loket.disdukcapil',
    'Siak-Demo-2026');
t.page = saved;
await op.goto(t.base + '/antrian/loket/MPP-SIAK/1', { waitUntil: 'load' });
const [resp] = await Promise.all([op.waitForNavigation(),
    op.getByRole('button', { name: 'Panggil berikutnya' }).click()]);
await t.check('the counter calls the next ticket',
    resp !== null && (await op.locator('body').innerText()).includes(nomor));

// the display follows the event stream and reloads by itself
let shown = false;
for (let i = 0; i < 40 && !shown; i++) {
	await tv.waitForTimeout(250);
	shown = await tv.locator('td.nomor strong', { hasText: nomor })
	    .count().catch(() => 0) > 0;
}
await t.check(`the display shows ${nomor} at counter 1 by itself`, shown);
await officer.close();

// axe on the display and the counter page too
await t.go('/antrian/layar/MPP-SIAK', 'Layar antrean');
await signIn(t, 'loket.disdukcapil', 'Siak-Demo-2026');
await t.go('/antrian/loket/MPP-SIAK/1', 'Loket 1');
await t.go('/antrian/loket', 'Daftar loket petugas');

// the superadmin's settings page: the site's hours saved as they are
await signOut(t);
await signIn(t, 'superadmin', 'Siak-Demo-2026');
await t.go('/admin/antrian', 'Pengaturan antrean');
await t.click(page.getByRole('link', { name: /Mal Pelayanan Publik/ }));
await t.check('the site form with the hours of each day',
    await page.locator('#f-buka1').count() === 1);
await t.scan('the settings page');
const saved2 = await t.click(
    page.getByRole('button', { name: 'Simpan pengaturan lokasi' }));
await t.check(`saved (${saved2})`, saved2 === 200 &&
    /Pengaturan disimpan/.test(await t.text()));
process.exit(await t.end());
