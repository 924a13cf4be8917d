import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DESKTOP, MEDIA_FLAGS, PHONE, addresses, openBrowser, screenshot, type Browser } from './support/browser';
import { expectAccessible, signIn } from './support/session';

// Two browsers encode and decode live video: slower than other journeys on a busy 2-core machine.
jest.setTimeout(120_000);

const RUN = Date.now().toString(36).slice(-5).toUpperCase();
const TITLE = `Kurasi Koleksi Digital ${RUN}`;
const TRAINER = 'Dr. Siti Rahmawati, M.Hum.';
const LEARNER = 'Dewi Lestari';

/** Date and time now in WIB, as the form's inputs take them. */
function nowInWib(): { date: string; time: string } {
  const iso = new Date(Date.now() + 7 * 3_600_000).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** The room exposes `window.bpWebinar` when this is set (see libs/web/webinar/README.md). */
async function openRoomBrowser(viewport = DESKTOP): Promise<Browser> {
  const browser = await openBrowser(viewport, MEDIA_FLAGS);
  await browser.context.addInitScript(() => localStorage.setItem('bp-webinar-debug', '1'));
  return browser;
}

interface Inbound {
  userId: string;
  kind: string;
  bytesReceived: number;
  framesDecoded: number;
}

const inbound = (page: Page) =>
  page.evaluate(() => (window as unknown as { bpWebinar: { inbound(): Promise<Inbound[]> } }).bpWebinar.inbound());

async function waitForPhase(page: Page, phase: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (wanted) => (window as unknown as { bpWebinar?: { phase(): string } }).bpWebinar?.phase() === wanted,
    phase,
    { timeout },
  );
}

/** The user id behind a person's tile. */
async function tileUserId(page: Page, name: string): Promise<string> {
  const tile = page.locator('bp-video-tile', { hasText: name }).first();
  await tile.waitFor();
  return (await tile.getAttribute('data-user-id')) ?? '';
}

/** The person's picture is playing: decoded frames keep coming (slowly, on a busy machine). */
async function expectVideoPlaying(page: Page, userId: string, who: string): Promise<void> {
  const state = () =>
    page.evaluate((id) => {
      const video = document.querySelector<HTMLVideoElement>(`video[data-user-id="${id}"]`);
      return video
        ? {
            frames: video.getVideoPlaybackQuality().totalVideoFrames,
            width: video.videoWidth,
            readyState: video.readyState,
            paused: video.paused,
          }
        : null;
    }, userId);
  const deadline = Date.now() + 30_000;
  let first: Awaited<ReturnType<typeof state>> = null;
  let last: Awaited<ReturnType<typeof state>> = null;
  while (Date.now() < deadline) {
    last = await state();
    if (last && last.frames > 0 && last.width > 0) {
      first ??= last;
      if (last.frames >= first.frames + 5) return;
    }
    await page.waitForTimeout(500);
  }
  throw new Error(
    `${who}: the video of ${userId} does not play (first ${JSON.stringify(first)}, last ${JSON.stringify(last)})`,
  );
}

/**
 * Waits for the first decoded frame of a video track of this person that is not `oldTrackId`
 * (checked every animation frame) and returns the room client's steps since the mark
 * `since` (performance marks), ending with it.
 */
async function firstFrameTimeline(
  page: Page,
  userId: string,
  since: string,
  oldTrackId = '',
): Promise<Record<string, number>> {
  await page.waitForFunction(
    ([id, old]) => {
      const video = document.querySelector<HTMLVideoElement>(`video[data-user-id="${id}"]`);
      const track = (video?.srcObject as MediaStream | null)?.getVideoTracks()[0];
      if (!video || !track || track.id === old) return false;
      const framesAtFirstSight = ((window as { bpFramesAtFirstSight?: Record<string, number> }).bpFramesAtFirstSight ??=
        {});
      const frames = video.getVideoPlaybackQuality().totalVideoFrames;
      if (!(track.id in framesAtFirstSight)) framesAtFirstSight[track.id] = frames === 0 ? 0 : frames - 1;
      if (frames <= framesAtFirstSight[track.id]) return false;
      performance.mark('bp-webinar:first-frame');
      return true;
    },
    [userId, oldTrackId] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  return page.evaluate((start) => {
    const marks = performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('bp-webinar:'));
    const origin = [...marks].reverse().find((mark) => mark.name === `bp-webinar:${start}`)?.startTime ?? 0;
    const steps: Record<string, number> = {};
    for (const mark of marks) {
      if (mark.startTime >= origin) steps[mark.name.slice('bp-webinar:'.length)] = Math.round(mark.startTime - origin);
    }
    return steps;
  }, since);
}

/** The id of the video track playing in this person's tile. */
const videoTrackId = (page: Page, userId: string) =>
  page.evaluate((id) => {
    const video = document.querySelector<HTMLVideoElement>(`video[data-user-id="${id}"]`);
    return (video?.srcObject as MediaStream | null)?.getVideoTracks()[0]?.id ?? '';
  }, userId);

/** SIGKILLs every mediasoup worker the product started (found by walking /proc from its process group leader). */
function killMediaWorkers(): number[] {
  const parentOf = new Map<number, number>();
  const nameOf = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so read from the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
      nameOf.set(Number(entry), stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      // The process ended while we looked.
    }
  }
  const descendsFromProduct = (pid: number): boolean => {
    for (let at = parentOf.get(pid); at; at = parentOf.get(at)) if (at === addresses().pid) return true;
    return false;
  };
  const workers = [...nameOf]
    .filter(([pid, name]) => name.startsWith('mediasoup-work') && descendsFromProduct(pid))
    .map(([pid]) => pid);
  for (const pid of workers) process.kill(pid, 'SIGKILL');
  return workers;
}

const describeSteps = (steps: Record<string, number>) =>
  Object.entries(steps)
    .map(([step, ms]) => `${step} ${ms}`)
    .join(', ');

/** The person's sound arrives: received audio bytes keep growing. */
async function expectHearing(page: Page, userId: string): Promise<void> {
  const audioBytes = async () =>
    (await inbound(page))
      .filter((stream) => stream.userId === userId && stream.kind === 'audio')
      .reduce((sum, stream) => sum + stream.bytesReceived, 0);
  const deadline = Date.now() + 10_000;
  let before = await audioBytes();
  while (Date.now() < deadline) {
    await page.waitForTimeout(1_000);
    const after = await audioBytes();
    if (before > 0 && after > before + 1_000) return;
    before = after;
  }
  throw new Error(`No audio from ${userId} arrives`);
}

describe('webinar: a live session from scheduling to the attendance ledger', () => {
  const browsers: Browser[] = [];
  let trainer: Page;
  let learner: Page;
  let sessionPath = '';
  let trainerId = '';
  let learnerId = '';
  let openedAt = 0;

  afterAll(async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
  });

  it('a trainer schedules a session starting now and opens its room', async () => {
    const browser = await openRoomBrowser(DESKTOP);
    browsers.push(browser);
    trainer = browser.page;
    await signIn(trainer, 'pelatih.siti@perpustakaan.test');

    await trainer.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Webinar' }).click();
    await trainer.getByRole('heading', { name: 'Webinar', level: 1 }).waitFor();
    await trainer.getByRole('link', { name: 'Jadwalkan webinar' }).click();
    const form = trainer.getByRole('form', { name: 'Jadwalkan webinar' });
    await form.getByLabel('Judul').fill(TITLE);
    await form.getByLabel('Deskripsi').fill('Memilih, menata, dan merawat koleksi digital perpustakaan umum.');
    await form.getByRole('radio', { name: /Siapa saja yang mendaftar/ }).check();
    const start = nowInWib();
    await form.getByLabel('Tanggal').fill(start.date);
    await form.getByLabel('Jam mulai (WIB)').fill(start.time);
    await form.getByLabel('Durasi (menit)').fill('60');
    await form.getByLabel('JP (jam pelajaran)').fill('2');
    await screenshot(trainer, 'webinar-form-desktop');
    await form.getByRole('button', { name: 'Jadwalkan', exact: true }).click();

    await trainer.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    sessionPath = new URL(trainer.url()).pathname;
    await trainer.getByText('Terbuka dengan pendaftaran (0 terdaftar)').waitFor();
    await expectAccessible(trainer);
    await screenshot(trainer, 'webinar-detail-host');

    await trainer.getByRole('button', { name: 'Buka ruang dan masuk' }).click();
    await trainer.waitForURL(/\/ruang$/);
    await waitForPhase(trainer, 'joined');
    openedAt = Date.now();
    trainerId = await tileUserId(trainer, `${TRAINER} (Anda)`);
    // The host's own camera is on; the microphone too.
    await expectVideoPlaying(trainer, trainerId, 'host, own camera');
    const controls = trainer.getByRole('navigation', { name: 'Kontrol ruang' });
    await expect(controls.getByRole('button', { name: 'Mikrofon' }).getAttribute('aria-pressed')).resolves.toBe('true');
  });

  it('a learner on a phone registers, joins, and sees and hears the host', async () => {
    const browser = await openRoomBrowser(PHONE);
    browsers.push(browser);
    learner = browser.page;
    await signIn(learner, 'dewi.lestari@perpustakaan.test');
    await learner.goto(sessionPath);
    await learner.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await learner.getByText('Daftar terlebih dahulu untuk dapat bergabung ke webinar ini.').waitFor();
    await learner.getByRole('button', { name: 'Daftar', exact: true }).click();
    await learner.getByText('Anda sudah terdaftar').waitFor();
    await expectAccessible(learner);
    await screenshot(learner, 'webinar-detail-learner-phone');

    await learner.evaluate(() => performance.mark('bp-webinar:click'));
    await learner.getByRole('link', { name: 'Gabung ke webinar' }).click();
    const steps = await firstFrameTimeline(learner, trainerId, 'click');
    console.log(`webinar journey: join click to the host's first frame (ms): ${describeSteps(steps)}`);
    await expectVideoPlaying(learner, trainerId, 'learner');
    await expectHearing(learner, trainerId);
    // A listener sends nothing until the host lets them speak.
    const controls = learner.getByRole('navigation', { name: 'Kontrol ruang' });
    expect(await controls.getByRole('button', { name: 'Mikrofon' }).isDisabled()).toBe(true);
    await screenshot(learner, 'webinar-room-learner-phone');
  });

  it('the learner raises a hand, the host lets her speak, and both see and hear each other', async () => {
    const learnerControls = learner.getByRole('navigation', { name: 'Kontrol ruang' });
    await learnerControls.getByRole('button', { name: 'Angkat tangan' }).click();
    await learnerControls.getByRole('button', { name: 'Turunkan tangan', pressed: true }).waitFor();

    // The host is told (live region) and finds her first in the queue.
    await trainer.getByText(`${LEARNER} mengangkat tangan.`).first().waitFor();
    await trainer.getByRole('tab', { name: /Peserta/ }).click();
    const hands = trainer.getByRole('region', { name: /Angkat tangan \(1\)/ });
    await hands.getByRole('listitem').filter({ hasText: LEARNER }).waitFor();
    await screenshot(trainer, 'webinar-room-host-hands');
    await hands.getByRole('button', { name: `Izinkan bicara ${LEARNER}` }).click();

    // A small room: her microphone and camera open by themselves (the buttons close them).
    await learner.getByText('Host mempersilakan Anda berbicara. Mikrofon dan kamera Anda menyala.').first().waitFor();
    await learnerControls.getByRole('button', { name: 'Mikrofon', pressed: true }).waitFor();
    await learnerControls.getByRole('button', { name: 'Kamera', pressed: true }).waitFor();
    learnerId = await tileUserId(learner, `${LEARNER} (Anda)`);

    await expectVideoPlaying(trainer, learnerId, 'host');
    await expectHearing(trainer, learnerId);
    await expectVideoPlaying(learner, trainerId, 'learner');
    await expectHearing(learner, trainerId);
    await screenshot(trainer, 'webinar-room-host-desktop');
    await screenshot(learner, 'webinar-room-learner-speaking-phone');
  });

  it('chat reaches the other side, and questions can be asked and upvoted', async () => {
    await learner.getByRole('navigation', { name: 'Kontrol ruang' }).getByRole('button', { name: 'Obrolan' }).click();
    const sheet = learner.getByRole('complementary', { name: 'Obrolan dan peserta' });
    await sheet.getByLabel('Tulis pesan').fill('Selamat siang, Bu Siti!');
    await sheet.getByRole('button', { name: 'Kirim' }).click();
    await sheet.getByRole('log').getByText('Selamat siang, Bu Siti!', { exact: true }).waitFor();
    await screenshot(learner, 'webinar-chat-phone');

    await trainer.getByRole('tab', { name: 'Obrolan' }).click();
    const log = trainer.getByRole('log', { name: 'Pesan obrolan' });
    await log.getByText('Selamat siang, Bu Siti!', { exact: true }).waitFor();
    await trainer.getByLabel('Tulis pesan').fill('Selamat datang, Bu Dewi.');
    await trainer.getByLabel('Tulis pesan').press('Enter');
    await sheet.getByRole('log').getByText('Selamat datang, Bu Dewi.', { exact: true }).waitFor();

    await sheet.getByRole('tab', { name: 'Tanya-Jawab' }).click();
    await sheet.getByLabel('Tulis pertanyaan').fill('Bagaimana memilih format berkas untuk pelestarian?');
    await sheet.getByRole('button', { name: 'Tanyakan' }).click();
    await trainer.getByRole('tab', { name: 'Tanya-Jawab' }).click();
    await trainer.getByText('Bagaimana memilih format berkas untuk pelestarian?', { exact: true }).waitFor();
    await trainer.getByRole('button', { name: `Dukung pertanyaan ${LEARNER}` }).click();
    await trainer.getByRole('button', { name: `Dukung pertanyaan ${LEARNER}`, pressed: true }).waitFor();
    await sheet.getByRole('button', { name: 'Tutup' }).click();
    await expectAccessible(trainer);
  });

  it('the media server under the room is killed (SIGKILL): both see and hear each other again by themselves', async () => {
    const hostTrack = await videoTrackId(learner, trainerId);
    const learnerTrack = await videoTrackId(trainer, learnerId);
    await Promise.all([learner, trainer].map((page) => page.evaluate(() => performance.mark('bp-webinar:killed'))));
    expect(killMediaWorkers().length).toBeGreaterThan(0);
    const [learnerSteps, trainerSteps] = await Promise.all([
      firstFrameTimeline(learner, trainerId, 'killed', hostTrack),
      firstFrameTimeline(trainer, learnerId, 'killed', learnerTrack),
    ]);
    console.log(
      `webinar journey: media workers killed; the learner sees the host again (ms): ${describeSteps(learnerSteps)}; ` +
        `the host sees the learner again (ms): ${describeSteps(trainerSteps)}`,
    );
    await expectVideoPlaying(learner, trainerId, 'learner, after the restart');
    await expectVideoPlaying(trainer, learnerId, 'host, after the restart');
    await expectHearing(learner, trainerId);
    await expectHearing(trainer, learnerId);
  });

  it('the host mutes the learner and stops her camera; she is told and her buttons follow', async () => {
    await trainer.getByRole('tab', { name: /Peserta/ }).click();
    const everyone = trainer.getByRole('region', { name: /^Di ruang/ });
    const person = everyone.getByRole('listitem').filter({ hasText: LEARNER });
    const menu = person.locator('details');
    const openMenu = async () => {
      if (!(await menu.evaluate((details) => (details as HTMLDetailsElement).open))) {
        await person.getByText('Tindakan', { exact: false }).click();
      }
    };
    const learnerControls = learner.getByRole('navigation', { name: 'Kontrol ruang' });

    await openMenu();
    await person.getByRole('button', { name: 'Bisukan', exact: true }).click();
    await learner.getByText('Host membisukan mikrofon Anda.').first().waitFor();
    await learnerControls.getByRole('button', { name: 'Mikrofon', pressed: false }).waitFor();
    await person.getByRole('img', { name: 'Mikrofon mati' }).waitFor();

    await openMenu();
    await person.getByRole('button', { name: 'Matikan video' }).click();
    await learner.getByText('Host mematikan kamera Anda.').first().waitFor();
    await learnerControls.getByRole('button', { name: 'Kamera', pressed: false }).waitFor();
    await person.getByRole('img', { name: 'Kamera mati' }).waitFor();
    // She sends nothing now; her own browser's report still tells the host how her network is.
    await person.getByRole('img', { name: /^Jaringan (baik|cukup|lemah)$/ }).waitFor();
    await screenshot(trainer, 'webinar-room-host-people-desktop');
  });

  it('the host ends the webinar for everyone; the ledger shows both with plausible minutes', async () => {
    const controls = trainer.getByRole('navigation', { name: 'Kontrol ruang' });
    await controls.getByRole('button', { name: 'Akhiri untuk semua' }).click();
    await trainer
      .getByRole('dialog', { name: 'Akhiri webinar untuk semua orang?' })
      .getByRole('button', { name: 'Ya, akhiri' })
      .click();
    await learner.getByRole('heading', { name: 'Webinar telah berakhir' }).waitFor();
    await trainer.getByRole('heading', { name: 'Webinar telah berakhir' }).waitFor();
    const minutesSinceOpen = Math.ceil((Date.now() - openedAt) / 60_000);
    await screenshot(learner, 'webinar-ended-phone');

    await trainer.getByRole('link', { name: 'Kembali ke halaman sesi' }).click();
    await trainer.getByRole('heading', { name: TITLE, level: 1 }).waitFor();
    await trainer.getByRole('link', { name: 'Daftar hadir' }).click();
    const table = trainer.getByRole('table');
    await table.waitFor();
    await trainer.getByText(/^Angka final\./).waitFor();
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) =>
        [...tr.querySelectorAll('th, td')].map((cell) => {
          // On a phone each cell carries its column's name, hidden from screen readers: read what they read.
          const copy = cell.cloneNode(true) as Element;
          copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
          return copy.textContent?.trim() ?? '';
        }),
      ),
    );
    const rowOf = (name: string) => rows.find((cells) => cells[0].startsWith(name));
    for (const [name, role] of [
      [TRAINER, 'Host'],
      [LEARNER, 'Peserta'],
    ]) {
      const row = rowOf(name);
      expect(row).toBeDefined();
      if (!row) continue;
      expect(row[1]).toBe(role);
      expect(row[2]).toMatch(/^\d\d\.\d\d WIB$/);
      expect(row[3]).toMatch(/^\d\d\.\d\d WIB$/);
      expect(Number(row[4])).toBeGreaterThanOrEqual(1);
      const minutes = Number(row[5]);
      expect(minutes).toBeGreaterThanOrEqual(0);
      expect(minutes).toBeLessThanOrEqual(minutesSinceOpen);
      // Of the 60 scheduled minutes (the server counts seconds, so allow the rounding).
      const percent = Number(row[6].replace('%', ''));
      expect(Math.abs(percent - (minutes * 100) / 60)).toBeLessThanOrEqual(2);
    }
    await expectAccessible(trainer);
    await screenshot(trainer, 'webinar-attendance-desktop');

    const download = trainer.waitForEvent('download');
    await trainer.getByRole('button', { name: 'Unduh CSV' }).click();
    const file = await download;
    const csv = await new Promise<string>((resolve, reject) => {
      void file.createReadStream().then((stream) => {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => resolve(text));
        stream.on('error', reject);
      }, reject);
    });
    expect(csv).toContain(LEARNER);
    expect(csv).toContain('dewi.lestari@perpustakaan.test');
  });

  it('a coordinator issues the committee certificate (panitia) from the settled ledger and watches it done', async () => {
    const browser = await openBrowser(DESKTOP);
    browsers.push(browser);
    const coordinator = browser.page;
    await signIn(coordinator, 'koordinator@perpustakaan.test');
    await coordinator.goto(`${sessionPath}/kehadiran`);
    await coordinator.getByText(/^Angka final\./).waitFor();
    // On a phone the ledger reads as one card per person, without sideways scrolling.
    await coordinator.setViewportSize(PHONE);
    expect(await coordinator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'webinar-attendance-phone');
    await coordinator.setViewportSize(DESKTOP);
    await coordinator.getByRole('button', { name: 'Terbitkan sertifikat' }).click();
    const form = coordinator.getByRole('form', { name: 'Terbitkan sertifikat webinar' });
    await form.getByRole('radio', { name: /^Panitia/ }).check();
    await form.getByText('Panitia yang tercatat di sesi ini: 1 orang.').waitFor();
    await expectAccessible(coordinator);
    await screenshot(coordinator, 'webinar-certificates-form-desktop');
    await form.getByRole('button', { name: 'Mulai penerbitan' }).click();

    await coordinator.waitForURL(/\/kelola\/sertifikat\/batch\/[0-9a-f-]{36}$/);
    const progress = coordinator.getByRole('progressbar', { name: 'Progres penerbitan' });
    await progress.waitFor();
    await coordinator.waitForFunction(
      () => {
        const bar = document.querySelector('[role="progressbar"]');
        return !!bar && bar.getAttribute('aria-valuenow') === bar.getAttribute('aria-valuemax');
      },
      undefined,
      { timeout: 30_000 },
    );
    expect(await progress.getAttribute('aria-valuemax')).toBe('1');
  });
});
