import { FormArray, FormControl, FormGroup, NonNullableFormBuilder } from '@angular/forms';
import {
  EVENT_GUEST_RETENTION_DEFAULT_DAYS,
  type EventDetail,
  type EventFormat,
  type EventKind,
  type EventPersonRole,
  type EventQuestionKind,
  type EventTimeZone,
  type UserRef,
} from '@bina-pustaka/shared-contracts';
import type { EventBody } from '@bina-pustaka/web-data-access/events';
import { fromZoneParts, toZoneParts } from '../event-time';

/** The sentence a new event starts with (UU 27/2022 asks that the purpose be stated); organisers may change it. */
export const DEFAULT_DATA_PURPOSE =
  'Data Anda (nama, email, nomor WhatsApp, dan asal instansi) kami gunakan hanya untuk mengelola ' +
  'pendaftaran, mengirim tiket dan informasi acara, mencatat kehadiran, serta menerbitkan sertifikat.';

const text = (fb: NonNullableFormBuilder, value = '') => fb.control(value);

export function dayGroup(fb: NonNullableFormBuilder, date = '', start = '09:00', end = '12:00') {
  return fb.group({ date: text(fb, date), start: text(fb, start), end: text(fb, end) });
}

export function programmeGroup(fb: NonNullableFormBuilder, day = 0) {
  return fb.group({ day: fb.control(day), startsAt: text(fb), endsAt: text(fb), title: text(fb), by: text(fb) });
}

export function personGroup(fb: NonNullableFormBuilder, role: EventPersonRole = 'speaker') {
  return fb.group({
    role: fb.control<EventPersonRole>(role),
    /** A member picked from the user search; empty for someone without an account. */
    userId: text(fb),
    name: text(fb),
    affiliation: text(fb),
    creditedHours: new FormControl<number | null>(null),
  });
}

export function questionGroup(fb: NonNullableFormBuilder, id: string) {
  return fb.group({
    id: text(fb, id),
    kind: fb.control<EventQuestionKind>('short-text'),
    label: text(fb),
    required: fb.control(false),
    /** single-choice: one option a line. */
    options: text(fb),
  });
}

/** The whole organisers' form; dates and times are typed in the event's zone. */
export function eventForm(fb: NonNullableFormBuilder) {
  return fb.group({
    kind: fb.control<EventKind>('book-launch'),
    format: fb.control<EventFormat>('in-person'),
    title: text(fb),
    summary: text(fb),
    description: text(fb),
    timeZone: fb.control<EventTimeZone>('Asia/Jakarta'),
    days: fb.array([dayGroup(fb)]),
    venue: fb.group({
      name: text(fb),
      address: text(fb),
      city: text(fb),
      latitude: new FormControl<number | null>(null),
      longitude: new FormControl<number | null>(null),
    }),
    capacity: new FormControl<number | null>(null),
    opens: fb.group({ date: text(fb), time: text(fb) }),
    closes: fb.group({ date: text(fb), time: text(fb) }),
    programme: fb.array<ReturnType<typeof programmeGroup>>([]),
    people: fb.array<ReturnType<typeof personGroup>>([]),
    partnerIds: fb.control<string[]>([]),
    organisers: fb.control<UserRef[]>([]),
    questions: fb.array<ReturnType<typeof questionGroup>>([]),
    dataPurpose: text(fb, DEFAULT_DATA_PURPOSE),
    guestDataRetentionDays: fb.control(EVENT_GUEST_RETENTION_DEFAULT_DAYS),
    book: text(fb),
    /** The series a reading-club meeting belongs to (picked in EventSeriesFieldComponent). */
    seriesId: new FormControl<string | null>(null),
    /** Online and hybrid: a session the organiser hosts as the room (null: the api makes one at publishing). */
    webinarSessionId: new FormControl<string | null>(null),
  });
}

export type EventForm = ReturnType<typeof eventForm>;
export type DayForm = ReturnType<typeof dayGroup>;
export type PersonForm = ReturnType<typeof personGroup>;
export type QuestionForm = ReturnType<typeof questionGroup>;
export type ProgrammeForm = ReturnType<typeof programmeGroup>;

/** Puts a saved event into the form, its times in its own zone. */
export function fillEventForm(form: EventForm, fb: NonNullableFormBuilder, event: EventDetail): void {
  const zone = event.timeZone;
  const moment = (value: string | null) => (value ? toZoneParts(value, zone) : { date: '', time: '' });
  refill(
    form.controls.days,
    event.days.map((day) => {
      const start = toZoneParts(day.startsAt, zone);
      return dayGroup(fb, start.date, start.time, toZoneParts(day.endsAt, zone).time);
    }),
  );
  refill(
    form.controls.programme,
    event.programme.map((item) => programmeGroup(fb, item.day)),
  );
  refill(
    form.controls.people,
    event.people.map((person) => personGroup(fb, person.role)),
  );
  refill(
    form.controls.questions,
    event.questions.map((question) => questionGroup(fb, question.id)),
  );
  form.setValue({
    kind: event.kind,
    format: event.format,
    title: event.title,
    summary: event.summary,
    description: event.description,
    timeZone: zone,
    days: form.controls.days.getRawValue(),
    venue: {
      name: event.venue?.name ?? '',
      address: event.venue?.address ?? '',
      city: event.venue?.city ?? '',
      latitude: event.venue?.latitude ?? null,
      longitude: event.venue?.longitude ?? null,
    },
    capacity: event.capacity,
    opens: moment(event.registrationOpensAt),
    closes: moment(event.registrationClosesAt),
    programme: event.programme.map((item) => ({ ...item, endsAt: item.endsAt ?? '', by: item.by ?? '' })),
    people: event.people.map((person) => ({
      role: person.role,
      userId: person.userId ?? '',
      name: person.name,
      affiliation: person.affiliation ?? '',
      creditedHours: person.creditedHours,
    })),
    partnerIds: event.partners.map((partner) => partner.id),
    organisers: event.organisers,
    questions: event.questions.map((question) => ({
      ...question,
      options: question.options.join('\n'),
    })),
    dataPurpose: event.dataPurpose,
    guestDataRetentionDays: event.guestDataRetentionDays,
    // The detail names the book only where the api sends it (a reading-club meeting).
    book: 'book' in event && typeof event.book === 'string' ? event.book : '',
    seriesId: event.series?.id ?? null,
    webinarSessionId: event.webinarSessionId,
  });
  form.markAsPristine();
}

function refill<T extends FormGroup>(array: FormArray<T>, groups: T[]): void {
  array.clear();
  for (const group of groups) array.push(group);
}

const orNull = (value: string): string | null => value.trim() || null;

/**
 * The request body, or the fields to mark (api-shaped paths, e.g. `days.0.startsAt`) when a
 * date or time typed is not one. Everything else is the api's to judge.
 */
export function eventBodyOf(form: EventForm): { body: EventBody } | { invalid: string[] } {
  const value = form.getRawValue();
  const zone = value.timeZone;
  const invalid: string[] = [];
  const days = value.days.map((day, index) => {
    const startsAt = fromZoneParts(day.date, day.start, zone);
    const endsAt = fromZoneParts(day.date, day.end, zone);
    if (!startsAt) invalid.push(`days.${index}.startsAt`);
    if (!endsAt) invalid.push(`days.${index}.endsAt`);
    return { startsAt: startsAt ?? '', endsAt: endsAt ?? '' };
  });
  const moment = (part: { date: string; time: string }, path: string): string | null => {
    if (!part.date && !part.time) return null;
    const iso = fromZoneParts(part.date, part.time || '00:00', zone);
    if (!iso) invalid.push(path);
    return iso;
  };
  const registrationOpensAt = moment(value.opens, 'registrationOpensAt');
  const registrationClosesAt = moment(value.closes, 'registrationClosesAt');
  if (invalid.length) return { invalid };
  const venue = value.venue;
  return {
    body: {
      kind: value.kind,
      format: value.format,
      title: value.title.trim(),
      summary: value.summary.trim(),
      description: value.description,
      timeZone: zone,
      days,
      // An online event has no place; an in-person one's is checked by the api.
      venue:
        value.format === 'online'
          ? null
          : {
              name: venue.name.trim(),
              address: venue.address.trim(),
              city: orNull(venue.city),
              latitude: venue.latitude ?? null,
              longitude: venue.longitude ?? null,
            },
      programme: value.programme.map((item) => ({
        day: Number(item.day),
        startsAt: item.startsAt,
        endsAt: item.endsAt || null,
        title: item.title.trim(),
        by: orNull(item.by),
      })),
      people: value.people.map((person) => ({
        role: person.role,
        userId: person.userId || null,
        name: person.name.trim(),
        affiliation: orNull(person.affiliation),
        // Hours are credited only to a facilitating member (the api says so otherwise).
        creditedHours: person.role === 'facilitator' ? (person.creditedHours ?? null) : null,
      })),
      partnerIds: value.partnerIds,
      organiserIds: value.organisers.map((user) => user.id),
      capacity: value.capacity ?? null,
      registrationOpensAt,
      registrationClosesAt,
      questions: value.questions.map((question) => ({
        id: question.id,
        kind: question.kind,
        label: question.label.trim(),
        required: question.required,
        options:
          question.kind === 'single-choice'
            ? question.options
                .split('\n')
                .map((option) => option.trim())
                .filter(Boolean)
            : [],
      })),
      dataPurpose: value.dataPurpose.trim(),
      guestDataRetentionDays: value.guestDataRetentionDays,
      seriesId: value.seriesId,
      // An event in person has no room (a room it had is dropped by the api).
      webinarSessionId: value.format === 'in-person' ? null : value.webinarSessionId,
      book: value.kind === 'reading-club' ? orNull(value.book) : null,
    },
  };
}

/** A question id the api accepts ([a-z0-9-], unique in the event): q1, q2, … the first free. */
export function nextQuestionId(taken: readonly string[]): string {
  let number = 1;
  while (taken.includes(`q${number}`)) number++;
  return `q${number}`;
}
