import {
  createEventSchema,
  eventCheckInsSchema,
  guestRegistrationSchema,
  updateEventSchema,
  whatsappSchema,
} from './event.schemas';

const LAUNCH = {
  kind: 'book-launch',
  format: 'in-person',
  title: 'Peluncuran Buku "Senja di Pelabuhan"',
  days: [{ startsAt: '2026-12-19T09:00:00+07:00', endsAt: '2026-12-19T12:00:00+07:00' }],
  venue: { name: 'Aula Perpustakaan Kota', address: 'Jl. Merdeka No. 1, Bandung' },
  dataPurpose: 'Nama dan email Anda dipakai untuk tiket, pengingat, dan sertifikat acara ini.',
};

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : (result.error?.issues.map((issue) => issue.message) ?? []);

describe('event schemas', () => {
  it('fills in what an organiser leaves out when creating, in WIB by default', () => {
    const event = createEventSchema.parse(LAUNCH);
    expect(event).toMatchObject({ timeZone: 'Asia/Jakarta', capacity: null, programme: [], questions: [] });
    expect(event.guestDataRetentionDays).toBe(365);
    expect(event.venue).toMatchObject({ city: null, latitude: null });
  });

  it('asks a venue of an event held in person, and days that follow one another', () => {
    expect(messages(createEventSchema.safeParse({ ...LAUNCH, venue: null }))).toEqual([
      'validation.eventVenueRequired',
    ]);
    expect(createEventSchema.safeParse({ ...LAUNCH, format: 'online', venue: null }).success).toBe(true);
    const overlapping = [
      LAUNCH.days[0],
      { startsAt: '2026-12-19T11:00:00+07:00', endsAt: '2026-12-19T15:00:00+07:00' },
    ];
    expect(messages(createEventSchema.safeParse({ ...LAUNCH, days: overlapping }))).toEqual([
      'validation.eventDaysOverlap',
    ]);
    const backwards = [{ startsAt: '2026-12-19T12:00:00+07:00', endsAt: '2026-12-19T09:00:00+07:00' }];
    expect(messages(createEventSchema.safeParse({ ...LAUNCH, days: backwards }))).toContain('validation.eventDayOrder');
  });

  it('closes registration before the event ends, after it opens', () => {
    const late = { ...LAUNCH, registrationClosesAt: '2026-12-20T00:00:00+07:00' };
    expect(messages(createEventSchema.safeParse(late))).toEqual(['validation.eventRegistrationAfterEnd']);
    const order = {
      ...LAUNCH,
      registrationOpensAt: '2026-12-10T00:00:00+07:00',
      registrationClosesAt: '2026-12-09T00:00:00+07:00',
    };
    expect(messages(createEventSchema.safeParse(order))).toEqual(['validation.eventRegistrationOrder']);
  });

  it('credits hours only to a facilitating librarian with an account', () => {
    const author = { role: 'author', name: 'Rina Hartati', creditedHours: 3 };
    expect(messages(createEventSchema.safeParse({ ...LAUNCH, people: [author] }))).toEqual([
      'validation.eventCreditedHours',
    ]);
    const facilitator = {
      role: 'facilitator',
      name: 'Nur Aini',
      userId: '00000000-0000-4000-8000-000000000001',
      creditedHours: 3,
    };
    expect(
      createEventSchema.safeParse({ ...LAUNCH, format: 'online', venue: null, people: [facilitator] }).success,
    ).toBe(true);
  });

  it('changes only what a change names (no defaults slip into a PATCH)', () => {
    expect(updateEventSchema.parse({ title: 'Judul baru' })).toEqual({ title: 'Judul baru' });
    expect(messages(updateEventSchema.safeParse({}))).toEqual(['validation.eventNothingToChange']);
    expect(updateEventSchema.safeParse({ slug: 'x' }).success).toBe(false);
  });

  it('writes WhatsApp numbers one way, as +62', () => {
    expect(whatsappSchema.parse('0812-3456-7890')).toBe('+6281234567890');
    expect(whatsappSchema.parse('+62 812 3456 7890')).toBe('+6281234567890');
    expect(whatsappSchema.parse('6281234567890')).toBe('+6281234567890');
    expect(whatsappSchema.safeParse('021-555-1234').success).toBe(false);
  });

  it('registers a guest only with their consent', () => {
    const guest = { name: 'Siti Nurhaliza', email: ' Siti@Contoh.ID ', answers: {} };
    expect(messages(guestRegistrationSchema.safeParse(guest))).toEqual(['validation.eventConsent']);
    expect(guestRegistrationSchema.parse({ ...guest, consent: true }).email).toBe('siti@contoh.id');
  });

  it('takes a check-in by ticket code or by registration, never both', () => {
    const at = '2026-12-19T09:05:00+07:00';
    const scanId = '00000000-0000-4000-8000-000000000002';
    expect(eventCheckInsSchema.safeParse({ checkIns: [{ scanId, at, ticketCode: 'abc_DEF-123' }] }).success).toBe(true);
    const both = { scanId, at, ticketCode: 'abc', registrationId: scanId };
    expect(messages(eventCheckInsSchema.safeParse({ checkIns: [both] }))).toEqual(['validation.eventCheckInTarget']);
    expect(eventCheckInsSchema.safeParse({ checkIns: [] }).success).toBe(false);
  });
});
