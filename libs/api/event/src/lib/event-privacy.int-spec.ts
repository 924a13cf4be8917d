import { startTestApp, type TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import { RetentionRegistryService } from '@bina-pustaka/api-platform';
import { EVENT_TEST_APP, EventCodes, insertEvent, insertRegistration } from '../testing';
import { EventRetentionModule } from './event.module';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Row {
  name: string;
  email: string | null;
  whatsapp: string | null;
  affiliation: string | null;
  answers: Record<string, string>;
  anonymised: boolean;
  status: string;
}

/** A member's registrations in their download and deletion; guests' data blanked after each event's retention. */
describe('events: personal data and guest retention', () => {
  let t: TestApp;
  let codes: EventCodes;

  const row = async (id: string): Promise<Row> =>
    (
      await t.db.query(
        `SELECT name, email, whatsapp, affiliation, answers, anonymised_at IS NOT NULL AS anonymised, status
         FROM event_registrations WHERE id = $1`,
        [id],
      )
    )[0];
  const person = {
    name: 'Siti Nurhaliza',
    whatsapp: '+6281234567890',
    affiliation: 'Komunitas Baca Cimahi',
    answers: { asal: 'Cimahi' },
  };

  /** A guest's issued certificate of an event, straight into the table (as the after stage's issue leaves it). */
  const guestCertificate = async (eventId: string, email: string): Promise<string> =>
    (
      await t.db.query(
        `INSERT INTO certificates (code, number, number_series, holder_id, subject_kind, subject_id, role, version, status,
                                   holder_name, holder_institution, holder_email, subject_title, jp, issuer_name, design,
                                   image_keys, awarded_at, issued_at)
         VALUES (upper(substr(md5(random()::text), 1, 12)), md5(random()::text), 'test', NULL, 'event', $1, 'peserta', 1,
                 'issued', 'Siti Nurhaliza', 'Komunitas Baca Cimahi', $2, 'Peluncuran Buku', 0, 'Perpustakaan Kota',
                 '{}', '{}', now(), now())
         RETURNING id`,
        [eventId, email],
      )
    )[0].id;
  const certificateHolder = async (id: string) =>
    (
      await t.db.query(
        `SELECT holder_name AS "name", holder_institution AS "institution", holder_email AS "email", status
           FROM certificates WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await startTestApp({ ...EVENT_TEST_APP, modules: [...EVENT_TEST_APP.modules, EventRetentionModule] });
    codes = t.app.get(EventCodes);
  });
  afterAll(() => t.close());

  it("anonymises the guests of events past their retention, and nobody else's data", async () => {
    const now = new Date();
    const past = (days: number) => new Date(now.getTime() - days * DAY_MS);
    // Ended 40 days ago with 30 days kept: due. Ended 20 days ago with 30 kept, or 40 ago with 365: not yet.
    const due = await insertEvent(t.db, {
      days: [{ startsAt: past(41), endsAt: past(40) }],
      guestDataRetentionDays: 30,
    });
    const recent = await insertEvent(t.db, {
      days: [{ startsAt: past(21), endsAt: past(20) }],
      guestDataRetentionDays: 30,
    });
    const keptLonger = await insertEvent(t.db, { days: [{ startsAt: past(41), endsAt: past(40) }] });
    const member = await createTestUser(t.db, { fullName: 'Dewi Lestari' });

    const oldGuest = await insertRegistration(t.db, codes, due, { ...person, email: 'siti@contoh.id' });
    const oldCancelled = await insertRegistration(t.db, codes, due, { ...person, status: 'cancelled' });
    const oldMember = await insertRegistration(t.db, codes, due, { ...person, userId: member.id });
    const recentGuest = await insertRegistration(t.db, codes, recent, { ...person, email: 'siti@contoh.id' });
    const keptGuest = await insertRegistration(t.db, codes, keptLonger, { ...person, email: 'siti@contoh.id' });
    const dueCertificate = await guestCertificate(due, 'siti@contoh.id');
    const keptCertificate = await guestCertificate(keptLonger, 'siti@contoh.id');

    const removed = await t.app.get(RetentionRegistryService).purge(now);
    expect(removed).toEqual({ 'guest registrations of past events (anonymised)': 2 });

    const blank = { name: 'Tamu', email: null, whatsapp: null, affiliation: null, answers: {}, anonymised: true };
    expect(await row(oldGuest.id)).toEqual({ ...blank, status: 'confirmed' });
    expect(await row(oldCancelled.id)).toEqual({ ...blank, status: 'cancelled' });
    for (const kept of [oldMember, recentGuest, keptGuest]) {
      expect(await row(kept.id)).toMatchObject({
        name: 'Siti Nurhaliza',
        whatsapp: '+6281234567890',
        anonymised: false,
      });
    }
    // The guest's certificate of that event stays verifiable, naming no one; of the other, untouched.
    expect(await certificateHolder(dueCertificate)).toEqual({
      name: 'Tamu',
      institution: null,
      email: `guest-${dueCertificate}@tamu-terhapus.invalid`,
      status: 'issued',
    });
    expect(await certificateHolder(keptCertificate)).toEqual({
      name: 'Siti Nurhaliza',
      institution: 'Komunitas Baca Cimahi',
      email: 'siti@contoh.id',
      status: 'issued',
    });
    // The rows stay for the counts; a second run finds nothing more.
    expect(await t.db.query(`SELECT count(*)::int AS n FROM event_registrations WHERE event_id = $1`, [due])).toEqual([
      { n: 3 },
    ]);
    expect(await t.app.get(RetentionRegistryService).purge(now)).toEqual({
      'guest registrations of past events (anonymised)': 0,
    });
  });

  it("puts a member's registrations in their download, and anonymises them when the account is deleted", async () => {
    const dewi: SignedInUser = await signIn(t.api, await createTestUser(t.db, { fullName: 'Dewi Lestari' }));
    const event = await insertEvent(t.db);
    const other = await insertEvent(t.db);
    const mine = await insertRegistration(t.db, codes, event, {
      ...person,
      name: 'Dewi Lestari',
      email: dewi.email,
      userId: dewi.id,
    });
    const someoneElse = await insertRegistration(t.db, codes, other, person);
    await t.db.query(`UPDATE event_registrations SET checked_in_at = now(), check_in_method = 'scan' WHERE id = $1`, [
      mine.id,
    ]);

    const download = await t.api.get<{ events: { registrations: Record<string, unknown>[] } }>('/api/me/data', {
      token: dewi.token,
    });
    expect(download.status).toBe(200);
    expect(download.body.events.registrations).toEqual([
      expect.objectContaining({
        eventTitle: 'Peluncuran Buku "Senja di Pelabuhan"',
        name: 'Dewi Lestari',
        email: dewi.email,
        whatsapp: '+6281234567890',
        answers: { asal: 'Cimahi' },
        status: 'confirmed',
        checkInMethod: 'scan',
        checkedInAt: expect.any(String),
      }),
    ]);

    const deletion = await t.api.post(
      '/api/me/deletion',
      { password: dewi.password, confirmation: 'HAPUS' },
      { token: dewi.token },
    );
    expect(deletion.status).toBeLessThan(300);
    expect(await row(mine.id)).toEqual({
      name: 'Tamu',
      email: null,
      whatsapp: null,
      affiliation: null,
      answers: {},
      anonymised: true,
      status: 'confirmed',
    });
    const [{ userId }] = await t.db.query(`SELECT user_id AS "userId" FROM event_registrations WHERE id = $1`, [
      mine.id,
    ]);
    expect(userId).toBeNull();
    expect(await row(someoneElse.id)).toMatchObject({ name: 'Siti Nurhaliza', anonymised: false });
  });
});
