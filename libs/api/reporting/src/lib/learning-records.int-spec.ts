import { inflateSync } from 'node:zlib';
import { auditMigrations } from '@bina-pustaka/api-audit';
import { CertificatesModule, certificatesMigrations, CertificatesWorkerModule } from '@bina-pustaka/api-certificates';
import { renderThreadFromSources, SAMPLE_DESIGN } from '@bina-pustaka/api-certificates/testing';
import { EventAfterModule, EventModule, eventMigrations } from '@bina-pustaka/api-event';
import { endEvent, insertAttendee, insertEvent, insertPeople } from '@bina-pustaka/api-event/testing';
import { IdentityModule, identityMigrations } from '@bina-pustaka/api-identity';
import { createTestInstitution, createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { LearningModule, learningMigrations } from '@bina-pustaka/api-learning';
import { enrolAndComplete, publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import { NotificationsModule, notificationsMigrations } from '@bina-pustaka/api-notifications';
import {
  csvCells,
  ESCAPED_FORMULA_TEXT,
  FORMULA_TEXT,
  formulaCells,
  sheetRows,
  startTestApp,
  until,
  type TestApp,
} from '@bina-pustaka/api-testing';
import { webinarMigrations } from '@bina-pustaka/api-webinar';
import type {
  ApiErrorBody,
  CertificateTemplate,
  LearnerDirectoryPage,
  LearningRecord,
} from '@bina-pustaka/shared-contracts';
import { formatCertificateCode } from '@bina-pustaka/shared-util';
import { PDFDocument } from 'pdf-lib';
import { ReportingModule, reportingMigrations } from './reporting.module';

const NIP = '198703152010012003';
const WEBINAR_DAY = new Date('2025-11-20T02:00:00Z'); // 20 November 2025, 09.00 WIB

/**
 * The text a PDF shows, line by line: each page's content stream inflated, and the strings
 * of its text operators (pdfkit writes them as hex of the font's WinAnsi codes, split
 * where it kerns) joined back.
 */
function pdfText(bytes: Buffer): string {
  const lines: string[] = [];
  for (const [, raw] of bytes.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(raw, 'latin1')).toString('latin1');
    } catch {
      continue; // not a content stream (fonts, images)
    }
    for (const [, pieces] of content.matchAll(/\[(.*?)\]\s*TJ/g)) {
      lines.push(
        [...pieces.matchAll(/<([0-9a-f]*)>/gi)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''),
      );
    }
  }
  return lines.join('\n');
}

/**
 * Learning records (issue 16) over HTTP against the real database: a librarian's courses,
 * webinars and events, JP by year and certificates, reconciled with plain SQL; the CSV and
 * XLSX read back; the transcript PDF read for its text; and who may read whose record.
 */
describe('learning records', () => {
  let t: TestApp;
  let dewi: SignedInUser;
  let budi: SignedInUser;
  let coordinatorA: SignedInUser;
  let coordinatorB: SignedInUser;
  let admin: SignedInUser;
  let institutionA: { id: string; name: string };
  let institutionB: { id: string; name: string };

  const as = (person: SignedInUser) => ({ token: person.token });
  const recordOf = (userId: string, person = coordinatorA) =>
    t.api.get<LearningRecord & ApiErrorBody>(`/api/reports/learners/${userId}/record`, as(person));

  beforeAll(async () => {
    t = await startTestApp({
      modules: [
        IdentityModule,
        LearningModule,
        NotificationsModule,
        CertificatesModule,
        EventModule,
        EventAfterModule,
        ReportingModule,
      ],
      migrations: [
        ...identityMigrations,
        ...learningMigrations,
        ...notificationsMigrations,
        ...webinarMigrations,
        ...certificatesMigrations,
        ...auditMigrations,
        ...eventMigrations,
        ...reportingMigrations,
      ],
      workerModules: [CertificatesWorkerModule.register({ renderThread: renderThreadFromSources() })],
      env: { INSTITUTIONS_SEPARATE: 'true', CERTIFICATE_WORKER_CONCURRENCY: '2' },
    });
    const ref = ({ id, name }: { id: string; name: string }) => ({ id, name });
    institutionA = ref(await createTestInstitution(t.db, 'Perpustakaan Kota Sukamaju'));
    institutionB = ref(await createTestInstitution(t.db, 'Perpustakaan Universitas Sukamaju'));
    const person = async (
      fullName: string,
      roles: ('learner' | 'trainer' | 'coordinator' | 'admin')[],
      institutionId: string | null,
      nip: string | null = null,
    ) => signIn(t.api, await createTestUser(t.db, { fullName, roles, institutionId, nip }));
    dewi = await person('Dewi Lestari', ['learner'], institutionA.id, NIP);
    await t.db.query(`UPDATE users SET position = 'Pustakawan Ahli Muda' WHERE id = $1`, [dewi.id]);
    budi = await person('Budi Santoso', ['learner'], institutionB.id);
    coordinatorA = await person('Sri Wahyuni', ['coordinator'], institutionA.id);
    coordinatorB = await person('Rizky Ramadhan', ['coordinator'], institutionB.id);
    admin = await person('Admin Pustaka', ['admin'], null);
    const trainer = await person('Agus Setiawan', ['trainer'], institutionA.id);

    // Two courses, both finished by Dewi; the first one's title is a spreadsheet formula.
    const template = await t.api.post<CertificateTemplate>(
      '/api/certificate-templates',
      { ...SAMPLE_DESIGN, name: 'Sertifikat pelatihan' },
      as(coordinatorA),
    );
    expect(template.status).toBe(201);
    for (const [title, jp] of [
      [FORMULA_TEXT, 6],
      ['Katalogisasi dengan RDA', 4],
    ] as const) {
      const course = await publishedCourse(t.api, trainer.token, { title, jp });
      const cohort = await runningCohort(t.api, coordinatorA.token, course.id);
      await enrolAndComplete(t.api, coordinatorA.token, cohort.id, course, [dewi]);
    }

    // Last year's standalone webinar (its JP in the ledger) and a course's own session (no JP of its own).
    for (const [title, jp] of [
      ['Temu Pustakawan: Literasi Digital', 2],
      ['Sesi Tanya Jawab Katalogisasi', 0],
    ] as const) {
      const [{ id }] = await t.db.query(
        `INSERT INTO webinar_sessions (title, description, audience, starts_at, duration_minutes, time_zone, jp, status, ended_at, attendance_settled_at)
         VALUES ($1, 'Diskusi daring.', 'registered', $2, 90, 'Asia/Jakarta', $3, 'ended', $2::timestamptz + interval '90 minutes', now())
         RETURNING id`,
        [title, WEBINAR_DAY, jp],
      );
      await t.db.query(
        `INSERT INTO webinar_attendance (session_id, user_id, role, first_joined_at, last_left_at, visits, minutes, percent)
         VALUES ($1, $2, 'attendee', $3, $3::timestamptz + interval '85 minutes', 1, 85, 94)`,
        [id, dewi.id, WEBINAR_DAY],
      );
      if (jp > 0) {
        await t.db.query(
          `INSERT INTO jp_ledger_entries (user_id, source, source_id, title, jp, earned_at)
           VALUES ($1, 'webinar', $2, $3, $4, $5::timestamptz + interval '90 minutes')`,
          [dewi.id, id, title, jp, WEBINAR_DAY],
        );
      }
    }

    // A book launch Dewi came to, and a literacy class she facilitated (3 hours credited, a certificate).
    const launch = await insertEvent(t.db, { createdBy: coordinatorA.id });
    await endEvent(t.db, launch, 'book-launch');
    await insertAttendee(t.db, launch, {
      name: 'Dewi Lestari',
      email: dewi.email,
      userId: dewi.id,
      arrived: { at: new Date(), method: 'search' },
    });
    const literacy = await insertEvent(t.db, { createdBy: coordinatorA.id });
    await endEvent(t.db, literacy, 'literacy');
    await t.db.query(`INSERT INTO event_partners (event_id, institution_id, position) VALUES ($1, $2, 0)`, [
      literacy,
      institutionA.id,
    ]);
    await insertPeople(t.db, literacy, [
      { role: 'facilitator', name: 'Dewi Lestari', userId: dewi.id, creditedHours: 3 },
    ]);
    const issued = await t.api.post(
      `/api/events/${literacy}/certificates`,
      { templateId: template.body.id, roles: ['fasilitator'] },
      as(coordinatorA),
    );
    expect(issued.status).toBeLessThan(300);

    await until(
      async () =>
        Number(
          (
            await t.db.query(`SELECT count(*) AS n FROM certificates WHERE holder_id = $1 AND status = 'issued'`, [
              dewi.id,
            ])
          )[0].n,
        ),
      (n) => n === 3,
      "Dewi's three certificates",
      30_000,
    );
  }, 180_000);
  afterAll(() => t?.close());

  it('gathers every domain: what plain SQL counts over the same tables, equal', async () => {
    const { status, body } = await recordOf(dewi.id);
    expect(status).toBe(200);
    expect(body.person).toEqual({
      userId: dewi.id,
      fullName: 'Dewi Lestari',
      nip: NIP,
      position: 'Pustakawan Ahli Muda',
      institution: institutionA,
    });

    const [counts] = await t.db.query(
      `SELECT (SELECT count(*) FROM course_completions WHERE user_id = $1)::int AS courses,
              (SELECT count(*) FROM webinar_attendance WHERE user_id = $1)::int AS webinars,
              (SELECT count(*) FROM event_registrations WHERE user_id = $1 AND checked_in_at IS NOT NULL)::int
                + (SELECT count(*) FROM event_people WHERE user_id = $1)::int AS events,
              (SELECT sum(jp) FROM jp_ledger_entries WHERE user_id = $1)::float AS jp,
              (SELECT count(*) FROM certificates WHERE holder_id = $1 AND status = 'issued')::int AS certificates`,
      [dewi.id],
    );
    const kinds = (kind: string) => body.activities.filter((activity) => activity.kind === kind).length;
    expect({ courses: kinds('course'), webinars: kinds('webinar'), events: kinds('event') }).toEqual({
      courses: counts.courses,
      webinars: counts.webinars,
      events: counts.events,
    });
    expect([counts.courses, counts.webinars, counts.events]).toEqual([2, 2, 2]);
    expect(body.activities.reduce((sum, activity) => sum + activity.jp, 0)).toBe(counts.jp);
    expect(counts.jp).toBe(6 + 4 + 2 + 3);

    const years = await t.db.query(
      `SELECT extract(year FROM earned_at AT TIME ZONE 'Asia/Jakarta')::int AS year, sum(jp)::float AS jp
         FROM jp_ledger_entries WHERE user_id = $1 GROUP BY 1 ORDER BY 1`,
      [dewi.id],
    );
    expect(body.jpByYear).toEqual(years.map((row: { year: number; jp: number }) => ({ ...row, target: 20 })));
    expect(body.jpByYear[0]).toEqual({ year: 2025, jp: 2, target: 20 });

    const certificates = await t.db.query(
      `SELECT subject_kind AS kind, subject_id AS "sourceId", role, number, code FROM certificates
        WHERE holder_id = $1 AND status = 'issued' ORDER BY awarded_at`,
      [dewi.id],
    );
    expect(body.certificates).toHaveLength(counts.certificates);
    expect(
      body.certificates.map(({ kind, sourceId, role, number, code }) => ({ kind, sourceId, role, number, code })),
    ).toEqual(certificates);
    for (const certificate of body.certificates) {
      expect(certificate.verifyUrl).toBe(`${t.config.http.publicUrl}/verifikasi/${certificate.code}`);
      // Each certificate stands beside the activity it was for, with its number.
      expect(body.activities).toContainEqual(
        expect.objectContaining({
          kind: certificate.kind,
          sourceId: certificate.sourceId,
          role: certificate.role,
          certificateNumber: certificate.number,
          certificateCode: certificate.code,
        }),
      );
    }
    expect(body.activities.find((activity) => activity.role === 'fasilitator')).toMatchObject({
      kind: 'event',
      jp: 3,
      organiser: institutionA.name,
    });
    expect(body.activities.find((activity) => activity.title === 'Sesi Tanya Jawab Katalogisasi')).toMatchObject({
      kind: 'webinar',
      role: 'peserta',
      jp: 0,
      startedAt: WEBINAR_DAY.toISOString(),
      certificateNumber: null,
    });
    // Oldest first, as a training record reads.
    const starts = body.activities.map((activity) => activity.startedAt);
    expect(starts).toEqual([...starts].sort());
  });

  it('exports the record as CSV and XLSX that a spreadsheet reads as text, each export audited', async () => {
    const { body: record } = await recordOf(dewi.id);
    const csv = await t.api.get<string>(`/api/reports/learners/${dewi.id}/record.csv`, as(coordinatorA));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain('Rekam jejak pembelajaran Dewi Lestari.csv');
    const cells = csvCells(csv.body);
    expect(cells[0]).toEqual([
      'Nama',
      'NIP',
      'Jabatan',
      'Instansi',
      'Jenis',
      'Peran',
      'Nama pelatihan/kegiatan',
      'Penyelenggara',
      'Tanggal mulai',
      'Tanggal selesai',
      'JP',
      'Nomor sertifikat',
      'Kode verifikasi',
    ]);
    expect(cells).toHaveLength(record.activities.length + 1);
    for (const row of cells.slice(1))
      expect(row.slice(0, 4)).toEqual(['Dewi Lestari', NIP, 'Pustakawan Ahli Muda', institutionA.name]);
    expect(formulaCells(csv.body)).toEqual([]);
    expect(cells.flat()).toContain(ESCAPED_FORMULA_TEXT);
    expect(cells.find((row) => row[6] === 'Temu Pustakawan: Literasi Digital')).toEqual(
      expect.arrayContaining(['Webinar', 'Peserta', '20 November 2025', '2']),
    );

    const xlsx = await t.api.download(`/api/reports/learners/${dewi.id}/record.xlsx`, as(coordinatorA));
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = await sheetRows(xlsx.bytes);
    expect(rows).toHaveLength(record.activities.length + 1);
    expect(rows.flat()).toContain(ESCAPED_FORMULA_TEXT);
    expect(rows.flat()).not.toContain(FORMULA_TEXT);
    // JP stays a number a sheet can add up: the same total as the record's.
    expect(rows.slice(1).reduce((sum, row) => sum + Number(row[10]), 0)).toBe(15);
    expect(rows.slice(1).every((row) => typeof row[10] === 'number')).toBe(true);

    const audited = await t.db.query(
      `SELECT details FROM audit_entries WHERE action = 'export.personal_data' AND subject_id = $1 ORDER BY occurred_at`,
      [dewi.id],
    );
    expect(audited.map((row: { details: unknown }) => row.details)).toEqual([
      { report: 'learning-record', rows: record.activities.length },
      { report: 'learning-record', rows: record.activities.length },
    ]);
  });

  it('gives the learner their own transcript PDF: learning, JP by year, certificates to verify, Indonesian dates', async () => {
    const { body: record } = await recordOf(dewi.id);
    const pdf = await t.api.download('/api/me/transcript.pdf', as(dewi));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain('Transkrip Dewi Lestari.pdf');
    expect((await PDFDocument.load(pdf.bytes)).getPageCount()).toBeGreaterThanOrEqual(1);
    const text = pdfText(pdf.bytes);
    for (const line of [
      'Transkrip Pembelajaran',
      'Dewi Lestari',
      NIP,
      'Pustakawan Ahli Muda',
      institutionA.name,
      'Katalogisasi dengan RDA',
      'Temu Pustakawan: Literasi Digital',
      '20 November 2025',
      'Jam pelajaran (JP) per tahun',
      'Target belum tercapai',
      ...record.certificates.flatMap((certificate) => [certificate.number, formatCertificateCode(certificate.code)]),
    ]) {
      expect(text).toContain(line);
    }
    // The formula is only text on paper; the verify pages are written out for anyone to type.
    expect(text).toContain('=HYPERLINK(');
    expect(text.replace(/\s+/g, '')).toContain(`${t.config.http.publicUrl}/verifikasi/`.replace(/\s+/g, ''));

    // Budi's transcript is his own, with nothing of Dewi's.
    const his = pdfText((await t.api.download('/api/me/transcript.pdf', as(budi))).bytes);
    expect(his).toContain('Budi Santoso');
    expect(his).toContain('Belum ada pelatihan atau kegiatan yang diselesaikan.');
    expect(his).not.toContain('Dewi Lestari');
  });

  it('keeps records to the staff, and a coordinator to their institution when institutions are separate', async () => {
    const path = (userId: string, suffix = '') => `/api/reports/learners/${userId}/record${suffix}`;
    // Learners read no one's record through reports, not even their own; nobody signed in, nothing.
    expect((await recordOf(dewi.id, dewi)).status).toBe(403);
    expect((await recordOf(budi.id, dewi)).status).toBe(403);
    expect((await t.api.get(path(dewi.id))).status).toBe(401);
    expect((await t.api.get('/api/me/transcript.pdf')).status).toBe(401);
    // Another institution's coordinator: as if Dewi did not exist, in every format, with a sentence.
    for (const suffix of ['', '.csv', '.xlsx']) {
      const refused = await t.api.get<ApiErrorBody>(path(dewi.id, suffix), as(coordinatorB));
      expect(refused.status).toBe(404);
      expect(refused.body.message).toBe('Pustakawan ini tidak ditemukan, atau rekam jejaknya bukan wewenang Anda.');
    }
    expect((await recordOf(budi.id, coordinatorA)).status).toBe(404);
    // A coordinator of no institution reads no one's while institutions are separate.
    const unattached = await signIn(t.api, await createTestUser(t.db, { roles: ['coordinator'] }));
    const refused = await recordOf(dewi.id, unattached);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('belum terhubung dengan instansi');
    expect((await recordOf(budi.id, coordinatorB)).status).toBe(200);
    expect((await recordOf(dewi.id, admin)).status).toBe(200);
    expect((await recordOf('00000000-0000-4000-8000-000000000000', admin)).status).toBe(404);
    expect((await recordOf('bukan-id', admin)).status).toBe(400);
    // Refused exports leave no trace in the audit log as exports.
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_entries WHERE action = 'export.personal_data' AND actor_id = $1`,
      [coordinatorB.id],
    );
    expect(n).toBe(0);
  });

  it('finds librarians for a coordinator, with JP this year as the ledger sums it', async () => {
    const search = (query: string, person = coordinatorA) =>
      t.api.get<LearnerDirectoryPage & ApiErrorBody>(`/api/reports/learners?${query}`, as(person));
    const found = await search('q=lestari');
    expect(found.status).toBe(200);
    const [{ jp }] = await t.db.query(
      `SELECT coalesce(sum(jp), 0)::float AS jp FROM jp_ledger_entries
        WHERE user_id = $1 AND extract(year FROM earned_at AT TIME ZONE 'Asia/Jakarta') = $2`,
      [dewi.id, found.body.year],
    );
    expect(found.body).toMatchObject({ total: 1, page: 1, pageSize: 20, target: 20 });
    expect(found.body.items).toEqual([
      {
        userId: dewi.id,
        fullName: 'Dewi Lestari',
        email: dewi.email,
        nip: NIP,
        position: 'Pustakawan Ahli Muda',
        institution: institutionA,
        jpThisYear: jp,
      },
    ]);
    expect(jp).toBe(13);
    // By NIP too; only their own institution's people, whatever they ask for.
    expect((await search(`q=${NIP.slice(0, 8)}`)).body.items.map((item) => item.userId)).toEqual([dewi.id]);
    expect((await search('')).body.items.map((item) => item.userId)).toEqual([dewi.id]);
    const other = await search(`institutionId=${institutionB.id}`);
    expect(other.status).toBe(403);
    expect(other.body.message).toBe(
      'Anda hanya dapat melihat angka dan rekam jejak pustakawan dari instansi Anda sendiri.',
    );
    const everyone = await search('pageSize=100', admin);
    expect(everyone.body.items.map((item) => item.fullName)).toEqual(['Budi Santoso', 'Dewi Lestari']);
    expect((await search(`institutionId=${institutionB.id}`, admin)).body.items.map((item) => item.userId)).toEqual([
      budi.id,
    ]);
    expect((await search('', dewi)).status).toBe(403);
    const tooMany = await search('pageSize=500');
    expect(tooMany.status).toBe(400);
    const badInstitution = await search('institutionId=sukamaju');
    expect(badInstitution.status).toBe(400);
    expect(badInstitution.body.issues?.[0].field).toBe('institutionId');
  });
});
