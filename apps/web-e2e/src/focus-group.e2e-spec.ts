import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { DESKTOP, PHONE, openBrowser, screenshot, type Browser } from './support/browser';
import { mainNav, openStaffPage } from './support/navigation';
import { expectAccessible, signIn } from './support/session';

/**
 * A coordinator runs a focus group (diskusi fokus) from its creation through a session with
 * its notes, a finding and an action item to the PDF summary; a member, on her phone,
 * finds the group and reads the notes (and may not change them).
 */
const COORDINATOR = 'koordinator@perpustakaan.test';
// A demo learner no other journey changes (the invitation journey resets Budi's password).
const MEMBER = 'fitri.handayani@perpustakaan.test';
const FACILITATOR_NAME = 'Dr. Siti Rahmawati, M.Hum.';
const MEMBER_NAME = 'Fitri Handayani';
/** Unique per run, so the journey can run against a database that already has groups. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const TOPIC = `Layanan perpustakaan keliling ${RUN}`;
const SESSION = `Sesi pertama ${RUN}`;
const NOTE = `Bensin mobil keliling tidak cukup ${RUN}`;
const CHALLENGE = 'Anggaran bahan bakar tidak mencukupi jadwal keliling';
const ACTION = 'Mengajukan tambahan anggaran bahan bakar';

/** Types a few letters of a name into a people picker and picks the person offered. */
async function pick(page: Page, box: Locator, letters: string, name: string): Promise<void> {
  await box.pressSequentially(letters);
  await page.getByRole('option', { name }).click();
}

const section = (page: Page, heading: string | RegExp): Locator =>
  page.locator('section', { has: page.getByRole('heading', { name: heading, level: 2 }) });

describe('focus group: a coordinator runs a group, a member reads it on her phone', () => {
  const browsers: Browser[] = [];
  let coordinator: Page;
  let member: Page;

  beforeAll(async () => {
    const desktop = await openBrowser(DESKTOP);
    const phone = await openBrowser(PHONE);
    browsers.push(desktop, phone);
    coordinator = desktop.page;
    member = phone.page;
  });

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('the coordinator creates a group with a facilitator and a member picked by name', async () => {
    await signIn(coordinator, COORDINATOR);
    // Organising is staff work: Kelola, then the Komunitas group.
    await openStaffPage(coordinator, 'Buat diskusi fokus');
    await coordinator.getByRole('heading', { name: 'Buat diskusi fokus', level: 1 }).waitFor();

    await coordinator.getByLabel('Topik', { exact: true }).fill(TOPIC);
    await coordinator.getByLabel('Tujuan', { exact: true }).fill('Mendengar tantangan layanan keliling di desa.');
    await coordinator.getByRole('checkbox', { name: /^Izinkan anggota menulis sebagai anonim/ }).check();
    await pick(coordinator, coordinator.getByRole('combobox', { name: 'Fasilitator' }), 'Siti', FACILITATOR_NAME);
    await pick(coordinator, coordinator.getByRole('combobox', { name: 'Anggota yang diundang' }), 'Fitri', MEMBER_NAME);
    await coordinator.getByRole('list', { name: 'Anggota terpilih' }).getByText(MEMBER_NAME).waitFor();
    await expectAccessible(coordinator);
    await coordinator.getByRole('button', { name: 'Buat diskusi fokus' }).click();

    await coordinator.getByRole('heading', { name: TOPIC, level: 1 }).waitFor();
    expect(coordinator.url()).toMatch(/\/diskusi-fokus\/[0-9a-f-]{36}$/);
    const people = section(coordinator, /^Peserta/);
    await people.locator('.person-name', { hasText: FACILITATOR_NAME }).waitFor();
    await people.locator('.person-name', { hasText: MEMBER_NAME }).waitFor();
  });

  it('plans an in-person session and writes its notes', async () => {
    const sessions = section(coordinator, 'Sesi');
    await sessions.getByRole('button', { name: 'Tambah sesi' }).click();
    await sessions.getByLabel('Judul sesi').fill(SESSION);
    // The date stays the form's default (a week ahead), at 09.00 WIB.
    await sessions.getByRole('radio', { name: /^Tatap muka/ }).check();
    await sessions.getByLabel('Tempat').fill('Ruang Baca Lantai 2');
    await sessions.getByRole('button', { name: 'Simpan sesi' }).click();
    const row = sessions.locator('li', { hasText: SESSION });
    await row.getByText('Tatap muka di Ruang Baca Lantai 2').waitFor();
    await row.getByText(/09\.00 WIB/).waitFor();

    await row.getByRole('button', { name: /^Tulis notulen/ }).click();
    await row
      .getByLabel(`Notulen sesi ${SESSION}`)
      .fill(`## Ringkasan\n\n- ${NOTE}\n- Jadwal bergeser saat musim hujan`);
    await row.getByRole('button', { name: 'Simpan notulen' }).click();
    await row.getByRole('heading', { name: 'Ringkasan' }).waitFor();
    await row.getByText(NOTE).waitFor();
    await expectAccessible(coordinator);
  });

  it('records a finding and an action item with its owner', async () => {
    const findings = section(coordinator, 'Temuan');
    await findings.getByRole('button', { name: 'Tambah temuan' }).click();
    await findings.getByLabel('Tantangan yang disampaikan').fill(CHALLENGE);
    await findings.getByLabel('Label', { exact: true }).fill('anggaran');
    await findings.getByLabel('Jumlah anggota yang menyampaikan').fill('3');
    await findings.getByRole('button', { name: 'Simpan temuan' }).click();
    await findings.getByText('disampaikan oleh 3 anggota').waitFor();

    const actions = section(coordinator, 'Tindak lanjut');
    await actions.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    await actions.getByLabel('Yang akan dilakukan').fill(ACTION);
    await pick(coordinator, actions.getByRole('combobox', { name: 'Penanggung jawab' }), 'Fitri', MEMBER_NAME);
    await actions.getByLabel('Tenggat').fill('2030-01-31');
    await actions.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    const item = actions.locator('li', { hasText: ACTION });
    await item.getByText(`${MEMBER_NAME} · tenggat 31 Januari 2030`).waitFor();
    await item.getByLabel('Status').selectOption('in-progress');
    await expect(item.getByLabel('Status').inputValue()).resolves.toBe('in-progress');
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'diskusi-fokus-desktop');
  });

  it('downloads the group’s summary as a PDF', async () => {
    const download = coordinator.waitForEvent('download');
    await coordinator.getByRole('button', { name: 'Unduh ringkasan (PDF)' }).click();
    const pdf = await download;
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
  });

  it('the member finds the group on her phone and reads the notes, without ways to change them', async () => {
    await signIn(member, MEMBER);
    // A member finds their groups in the forum, two taps from anywhere.
    await member.getByRole('button', { name: 'Menu' }).click();
    await mainNav(member).getByRole('link', { name: 'Forum' }).click();
    await member.getByRole('heading', { name: 'Diskusi fokus Anda', level: 2 }).waitFor();
    await member.getByRole('link', { name: 'Buka halaman diskusi fokus' }).click();
    await member.getByRole('heading', { name: 'Diskusi Fokus', level: 1 }).waitFor();
    await expectAccessible(member);
    await member.getByRole('link', { name: TOPIC }).click();
    await member.getByRole('heading', { name: TOPIC, level: 1 }).waitFor();
    await member.getByText(NOTE).waitFor();
    await member.getByText(CHALLENGE).waitFor();
    await member.getByText(ACTION).waitFor();
    expect(await member.getByRole('button', { name: 'Tambah sesi' }).count()).toBe(0);
    expect(await member.getByRole('button', { name: /^Tulis notulen|^Ubah notulen/ }).count()).toBe(0);
    await expectAccessible(member);
    await screenshot(member, 'diskusi-fokus-anggota-phone');

    // The group's private forum is one tap away.
    await member.getByRole('link', { name: 'Topik diskusi kelompok' }).click();
    await member.getByRole('link', { name: 'Topik baru' }).waitFor();
  });
});
