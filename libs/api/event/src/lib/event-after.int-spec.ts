import { auditMigrations } from '@bina-pustaka/api-audit';
import { CertificatesModule, certificatesMigrations, CertificatesWorkerModule } from '@bina-pustaka/api-certificates';
import { pdfLines, renderThreadFromSources, SAMPLE_DESIGN } from '@bina-pustaka/api-certificates/testing';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestInstitution, createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import { Storage } from '@bina-pustaka/api-platform';
import { sheetRows, startTestApp, until, type TestApp } from '@bina-pustaka/api-testing';
import { webinarMigrations } from '@bina-pustaka/api-webinar';
import type {
  ApiErrorBody,
  Certificate,
  CertificateTemplate,
  CertificateVerification,
  EventCertificatesResult,
  EventRegistrationPage,
  JpLedger,
  Role,
} from '@bina-pustaka/shared-contracts';
import { existsSync } from 'node:fs';
import { EventCodes, endEvent, insertEvent, insertPeople, insertAttendee, settledRoom } from '../testing';
import { EventAfterModule } from './event-after.module';
import { EventModule, eventMigrations } from './event.module';

const HYPERLINK = '=HYPERLINK("http://contoh.id/x","klik")';
/** What every certificate of the event prints about its partners, in the page's order. */
const PARTNERS_LINE = 'Bekerja sama dengan: Universitas Sukamaju, Komunitas Literasi Sukamaju Membaca';

/**
 * After an event: the attendance export its managers take away, and certificates by role
 * through the certificate queue, to members and to guests by email, with a literacy
 * programme's facilitators credited in their JP ledger once.
 */
describe('after the event', () => {
  let t: TestApp;
  let coordinator: SignedInUser;
  let organiser: SignedInUser;
  let stranger: SignedInUser;
  let member: SignedInUser;
  let facilitator: SignedInUser;
  let speaker: SignedInUser;
  let template: CertificateTemplate;

  beforeAll(async () => {
    t = await startTestApp({
      // EventModule: the registrations list, read beside the export, and the guest's erase link.
      modules: [IdentityModule, LearningModule, NotificationsModule, CertificatesModule, EventModule, EventAfterModule],
      migrations: [
        ...identityMigrations,
        ...learningMigrations,
        ...notificationsMigrations,
        ...webinarMigrations,
        ...certificatesMigrations,
        ...auditMigrations,
        ...eventMigrations,
      ],
      workerModules: [CertificatesWorkerModule.register({ renderThread: renderThreadFromSources() })],
      env: { CERTIFICATE_WORKER_CONCURRENCY: '2' },
    });
    const user = async (roles: Role[], fullName: string) =>
      signIn(t.api, await createTestUser(t.db, { roles, fullName }));
    coordinator = await user(['coordinator'], 'Rina Koordinator');
    organiser = await user(['trainer'], 'Agus Penyelenggara');
    stranger = await user(['trainer'], 'Bayu Lain');
    member = await user(['learner'], 'Dewi Lestari');
    facilitator = await user(['learner'], 'Yuni Fasilitator');
    speaker = await user(['learner'], 'Hendra Narasumber');
    const created = await t.api.post<CertificateTemplate>(
      '/api/certificate-templates',
      { ...SAMPLE_DESIGN, name: 'Sertifikat acara' },
      { token: coordinator.token },
    );
    expect(created.status).toBe(201);
    template = created.body;
  }, 120_000);
  afterAll(() => t?.close());

  /** An event trainer "organiser" organises, with its rows. */
  async function eventWith(kind: 'literacy' | 'book-launch' = 'literacy'): Promise<{ id: string; slug: string }> {
    const slug = `kelas-literasi-${Math.random().toString(36).slice(2, 6)}`;
    const id = await insertEvent(t.db, { slug, createdBy: coordinator.id });
    await endEvent(t.db, id, kind);
    await t.db.query(`INSERT INTO event_organisers (event_id, user_id) VALUES ($1, $2)`, [id, organiser.id]);
    return { id, slug };
  }

  describe('attendance export', () => {
    let event: { id: string; slug: string };
    const arrivedAt = new Date('2026-12-06T02:05:00Z');

    beforeAll(async () => {
      event = await eventWith('book-launch');
      await t.db.query(`UPDATE events SET time_zone = 'Asia/Makassar' WHERE id = $1`, [event.id]);
      await insertAttendee(t.db, event.id, {
        name: HYPERLINK,
        email: 'tamu@contoh.id',
        whatsapp: '+6281234567890',
        affiliation: '@Perpustakaan Desa',
        arrived: { at: arrivedAt, method: 'scan' },
      });
      await insertAttendee(t.db, event.id, { name: 'Belum Datang', email: 'belum@contoh.id' });
      await insertAttendee(t.db, event.id, {
        name: 'Sudah Batal',
        email: 'batal@contoh.id',
        status: 'cancelled',
      });
    });

    it('gives managers those who came as CSV, formula-safe, in Indonesian, with times in the event zone', async () => {
      const csv = await t.api.download(`/api/events/${event.id}/attendance.csv`, { token: organiser.token });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-disposition')).toContain(`kehadiran-${event.slug}.csv`);
      const lines = csv.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n');
      expect(lines).toEqual([
        'Nama,Instansi,Email,WhatsApp,Status pendaftaran,Waktu hadir,Cara presensi,Menit daring',
        `"'=HYPERLINK(""http://contoh.id/x"",""klik"")",'@Perpustakaan Desa,tamu@contoh.id,6281234567890,Terkonfirmasi,"6 Desember 2026, 10.05 WITA",Pindai kode QR,`,
      ]);

      const all = await t.api.download(`/api/events/${event.id}/attendance.csv?all=true`, { token: coordinator.token });
      const names = all.bytes
        .toString('utf8')
        .split('\n')
        .slice(1, -1)
        .map((line) => line.split(',')[0]);
      expect(names).toEqual([`"'=HYPERLINK(""http://contoh.id/x""`, 'Belum Datang']);
    });

    it('writes an XLSX that opens, with the same rows and no formula', async () => {
      const xlsx = await t.api.download(`/api/events/${event.id}/attendance.xlsx`, { token: organiser.token });
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-disposition')).toContain(`kehadiran-${event.slug}.xlsx`);
      const rows = await sheetRows(xlsx.bytes);
      expect(rows[0]).toEqual([
        'Nama',
        'Instansi',
        'Email',
        'WhatsApp',
        'Status pendaftaran',
        'Waktu hadir',
        'Cara presensi',
        'Menit daring',
      ]);
      expect(rows.slice(1)).toEqual([
        [
          `'${HYPERLINK}`,
          "'@Perpustakaan Desa",
          'tamu@contoh.id',
          '6281234567890',
          'Terkonfirmasi',
          '6 Desember 2026, 10.05 WITA',
          'Pindai kode QR',
        ],
      ]);
    });

    it('tells anyone but its managers that the event does not exist', async () => {
      const other = await t.api.get<ApiErrorBody>(`/api/events/${event.id}/attendance.csv`, { token: stranger.token });
      expect([other.status, other.body.message]).toEqual([404, 'Acara ini tidak ditemukan.']);
      const unknown = await t.api.get(`/api/events/00000000-0000-4000-8000-000000000000/attendance.xlsx`, {
        token: coordinator.token,
      });
      expect(unknown.status).toBe(404);
    });
  });

  describe('certificates', () => {
    let event: { id: string; slug: string };
    const issue = (token: string, body: unknown, eventId = event.id) =>
      t.api.post<EventCertificatesResult & ApiErrorBody>(`/api/events/${eventId}/certificates`, body, { token });
    const everyRole = () => ({ templateId: template.id, roles: ['peserta', 'narasumber', 'panitia', 'fasilitator'] });
    const rows = async () =>
      Number((await t.db.query(`SELECT count(*) AS n FROM certificates WHERE subject_id = $1`, [event.id]))[0].n);

    beforeAll(async () => {
      event = await eventWith('literacy');
      const arrived = { at: new Date(Date.now() - 2 * 3600_000), method: 'search' as const };
      await insertAttendee(t.db, event.id, {
        name: 'Siti Tamu',
        email: 'siti.tamu@contoh.id',
        affiliation: 'Taman Baca Melati',
        arrived,
      });
      await insertAttendee(t.db, event.id, { name: 'Dewi', email: member.email, userId: member.id, arrived });
      await insertAttendee(t.db, event.id, { name: 'Tidak Datang', email: 'absen@contoh.id' });
      await insertAttendee(t.db, event.id, {
        name: 'Tamu Tanpa Email',
        arrived: { ...arrived, method: 'walk-in' },
      });
      await insertPeople(t.db, event.id, [
        { role: 'speaker', name: 'Hendra', userId: speaker.id },
        { role: 'author', name: 'Penulis Lokal' },
        { role: 'committee', name: 'Rina', userId: coordinator.id },
        { role: 'facilitator', name: 'Yuni', userId: facilitator.id, creditedHours: 2.5 },
      ]);
      // Its partners, in the order the page shows them (not the order they were added).
      const university = await createTestInstitution(t.db, 'Universitas Sukamaju');
      const community = await createTestInstitution(t.db, 'Komunitas Literasi Sukamaju Membaca');
      for (const [institution, position] of [
        [community, 1],
        [university, 0],
      ] as const) {
        await t.db.query(`INSERT INTO event_partners (event_id, institution_id, position) VALUES ($1, $2, $3)`, [
          event.id,
          institution.id,
          position,
        ]);
      }
    });

    it('are refused before the event ends, to organisers who are not coordinators, and for an unknown template', async () => {
      const early = await eventWith('literacy');
      await t.db.query(`UPDATE events SET ends_at = now() + interval '1 hour' WHERE id = $1`, [early.id]);
      const notYet = await issue(coordinator.token, everyRole(), early.id);
      expect([notYet.status, notYet.body.message]).toEqual([
        409,
        'Sertifikat dapat diterbitkan setelah acara selesai.',
      ]);
      expect((await issue(organiser.token, everyRole())).status).toBe(403);
      const unknown = await issue(coordinator.token, {
        ...everyRole(),
        templateId: '00000000-0000-4000-8000-000000000000',
      });
      expect(unknown.status).toBe(404);
      expect((await issue(coordinator.token, { templateId: template.id, roles: ['moderator'] })).status).toBe(400);
      expect(await rows()).toBe(0);
    });

    it('go to those who came and to the event people, by email to a guest, naming the partners, on the public verify page', async () => {
      const first = await issue(coordinator.token, everyRole());
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        roles: [
          { role: 'peserta', people: 2, skipped: 1, queued: 2, alreadyHeld: 0 },
          { role: 'narasumber', people: 1, skipped: 1, queued: 1, alreadyHeld: 0 },
          { role: 'panitia', people: 1, skipped: 0, queued: 1, alreadyHeld: 0 },
          { role: 'fasilitator', people: 1, skipped: 0, queued: 1, alreadyHeld: 0 },
        ],
        creditedFacilitators: 1,
      });

      const mail = await t.mailbox.waitFor('siti.tamu@contoh.id', () => true, 30_000);
      expect(mail.attachments).toHaveLength(1);
      expect(mail.attachments[0].contentType).toBe('application/pdf');
      const printed = await pdfLines(mail.attachments[0].content);
      expect(printed).toContain('Siti Tamu');
      expect(printed).toContain(PARTNERS_LINE);
      const [guest]: { code: string; holder_id: string | null }[] = await t.db.query(
        `SELECT code, holder_id FROM certificates WHERE subject_id = $1 AND holder_email = 'siti.tamu@contoh.id'`,
        [event.id],
      );
      expect(guest.holder_id).toBeNull();
      const verified = await t.api.get<CertificateVerification>(`/api/public/certificates/${guest.code}`);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({
        status: 'valid',
        holderName: 'Siti Tamu',
        role: 'peserta',
        subjectKind: 'event',
        jp: 0,
      });
      expect(verified.body.coOrganisers).toEqual(['Universitas Sukamaju', 'Komunitas Literasi Sukamaju Membaca']);
      expect(mail.text).toContain(`/verifikasi/${guest.code}`);
    });

    it("land in a member's own certificates", async () => {
      const mine = await until(
        async () => (await t.api.get<Certificate[]>('/api/me/certificates', { token: member.token })).body,
        (list) => list.some((certificate) => certificate.status === 'issued'),
        "the member's certificate",
        30_000,
      );
      expect(mine).toMatchObject([
        {
          role: 'peserta',
          holder: { id: member.id, fullName: 'Dewi Lestari' },
          subject: { kind: 'event', id: event.id },
        },
      ]);
    });

    it('are not given twice, and credit the facilitator once', async () => {
      const before = await rows();
      expect(before).toBe(5);
      const again = await issue(coordinator.token, everyRole());
      expect(again.status).toBe(201);
      expect(again.body.roles.map((role) => [role.queued, role.alreadyHeld])).toEqual([
        [0, 2],
        [0, 1],
        [0, 1],
        [0, 1],
      ]);
      expect(again.body.creditedFacilitators).toBe(0);
      expect(await rows()).toBe(before);

      const ledger = await t.api.get<JpLedger>('/api/me/jp-ledger', { token: facilitator.token });
      expect(ledger.body.entries).toEqual([
        expect.objectContaining({ source: 'event', sourceId: event.id, jp: 2.5, title: expect.any(String) }),
      ]);
      const fasilitator = await until(
        async () => (await t.api.get<Certificate[]>('/api/me/certificates', { token: facilitator.token })).body,
        (list) => list.some((certificate) => certificate.status === 'issued'),
        "the facilitator's certificate",
        30_000,
      );
      expect(fasilitator.map((certificate) => certificate.role)).toEqual(['fasilitator']);
    });

    it('forget a guest who erases their registration: still verifiable, naming no one, the PDF gone', async () => {
      const [registration]: { id: string }[] = await t.db.query(
        `SELECT id FROM event_registrations WHERE event_id = $1 AND email = 'siti.tamu@contoh.id'`,
        [event.id],
      );
      const [before]: { id: string; code: string; batch_id: string }[] = await t.db.query(
        `SELECT id, code, batch_id FROM certificates WHERE subject_id = $1 AND holder_email = 'siti.tamu@contoh.id'`,
        [event.id],
      );
      const pdf = t.app.get(Storage).localPath(`certificates/${before.id}.pdf`);
      expect(existsSync(pdf)).toBe(true);

      // The attendees were put straight into the table: count their seats as confirming would have.
      await t.db.query(
        `UPDATE events SET confirmed_count = (SELECT count(*) FROM event_registrations
                                               WHERE event_id = $1 AND status = 'confirmed') WHERE id = $1`,
        [event.id],
      );
      const token = t.app.get(EventCodes).linkToken('manage', registration.id);
      expect((await t.api.post('/api/public/event-registrations/erase', { token })).status).toBe(204);

      const [after] = await t.db.query(
        `SELECT holder_name AS "name", holder_email AS "email", holder_institution AS "institution", status
           FROM certificates WHERE id = $1`,
        [before.id],
      );
      expect(after).toEqual({
        name: 'Tamu',
        email: `guest-${before.id}@tamu-terhapus.invalid`,
        institution: null,
        status: 'issued',
      });
      expect(existsSync(pdf)).toBe(false);
      const verified = await t.api.get<CertificateVerification>(`/api/public/certificates/${before.code}`);
      expect(verified.body).toMatchObject({ status: 'valid', holderName: 'Tamu', role: 'peserta' });
      expect(JSON.stringify(verified.body)).not.toMatch(/Siti|siti\.tamu|Melati/);
      // The batch's ZIP still opens, without the erased guest's file.
      const zip = await t.api.download(`/api/certificate-batches/${before.batch_id}/zip`, { token: coordinator.token });
      expect(zip.status).toBe(200);
      expect(zip.bytes.toString('latin1')).not.toContain('Siti');
      // The member's certificate of the same event is theirs, untouched.
      const [memberCertificate] = await t.db.query(
        `SELECT holder_name AS "name" FROM certificates WHERE subject_id = $1 AND holder_id = $2`,
        [event.id, member.id],
      );
      expect(memberCertificate).toEqual({ name: 'Dewi Lestari' });
    });

    it('keep naming the partners when one is reissued', async () => {
      const mine = async () => (await t.api.get<Certificate[]>('/api/me/certificates', { token: member.token })).body;
      const [first] = await mine();
      const reissued = await t.api.post(
        `/api/certificates/${first.id}/reissue`,
        { reason: 'Nama dicetak ulang.' },
        { token: coordinator.token },
      );
      expect(reissued.status).toBe(201);
      const [second] = await until(mine, ([newest]) => newest.status === 'issued', 'the reissued certificate');
      expect(second.version).toBe(2);
      const pdf = await t.api.download(second.pdfUrl as string);
      expect(await pdfLines(pdf.bytes)).toContain(PARTNERS_LINE);
    });
  });
  describe('online attendance from the webinar ledger', () => {
    let event: { id: string; slug: string };
    let stayed: SignedInUser;
    let leftEarly: SignedInUser;

    beforeAll(async () => {
      stayed = await signIn(t.api, await createTestUser(t.db, { fullName: 'Wati Daring' }));
      leftEarly = await signIn(t.api, await createTestUser(t.db, { fullName: 'Joko Sebentar' }));
      event = await eventWith('book-launch');
      await insertAttendee(t.db, event.id, { name: 'Wati Daring', userId: stayed.id, email: stayed.email });
      await insertAttendee(t.db, event.id, { name: 'Joko Sebentar', userId: leftEarly.id, email: leftEarly.email });
      await insertAttendee(t.db, event.id, { name: 'Tidak Masuk Ruang', email: 'absen.daring@contoh.id' });
      await settledRoom(t.db, event.id, [
        { userId: stayed.id, minutes: 54, percent: 90 },
        { userId: leftEarly.id, minutes: 30, percent: 50 },
      ]);
    });

    it('lists and exports the minutes each member spent in the room, who came in counting as arrived', async () => {
      const list = await t.api.get<EventRegistrationPage>(`/api/events/${event.id}/registrations`, {
        token: organiser.token,
      });
      expect(list.body.items.map((r) => [r.name, r.onlineMinutes])).toEqual([
        ['Wati Daring', 54],
        ['Joko Sebentar', 30],
        // A guest has no account the ledger knows (guests join with a signed link later).
        ['Tidak Masuk Ruang', null],
      ]);
      const csv = await t.api.download(`/api/events/${event.id}/attendance.csv`, { token: organiser.token });
      const lines = csv.bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n');
      expect(lines.slice(1).map((line) => [line.split(',')[0], line.split(',').at(-1)])).toEqual([
        ['Wati Daring', '54'],
        ['Joko Sebentar', '30'],
      ]);
    });

    it('gives the peserta certificate to members who stayed long enough (80% unless the request says)', async () => {
      const request = { templateId: template.id, roles: ['peserta'] };
      const first = await t.api.post<EventCertificatesResult>(`/api/events/${event.id}/certificates`, request, {
        token: coordinator.token,
      });
      expect(first.body.roles).toEqual([{ role: 'peserta', people: 1, skipped: 0, queued: 1, alreadyHeld: 0 }]);
      const holders = await t.db.query(`SELECT holder_id FROM certificates WHERE subject_id = $1`, [event.id]);
      expect(holders).toEqual([{ holder_id: stayed.id }]);

      const lower = await t.api.post<EventCertificatesResult>(
        `/api/events/${event.id}/certificates`,
        { ...request, minOnlinePercent: 50 },
        { token: coordinator.token },
      );
      expect(lower.body.roles).toEqual([{ role: 'peserta', people: 2, skipped: 0, queued: 1, alreadyHeld: 1 }]);
      const tooHigh = await t.api.post(
        `/api/events/${event.id}/certificates`,
        { ...request, minOnlinePercent: 101 },
        { token: coordinator.token },
      );
      expect(tooHigh.status).toBe(400);
    });
  });
});
