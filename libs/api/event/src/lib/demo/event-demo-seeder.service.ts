import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IdentityDemoSeederService, UserDirectoryService } from '@bina-pustaka/api-identity';
import { DataSource, type EntityManager } from 'typeorm';
import { EventCheckInScanEntity, EventRegistrationEntity } from '../entities/event-registration.entity';
import {
  EventDayEntity,
  EventEntity,
  EventOrganiserEntity,
  EventPartnerEntity,
  EventPersonEntity,
  EventSeriesEntity,
} from '../entities/event.entity';
import { eventSlug } from '../organising/event-slug';
import { EventCodes } from '../shared/event-codes';
import {
  DEMO_BOOK_LAUNCH,
  DEMO_DATA_PURPOSE,
  DEMO_EXHIBITION_VISITORS,
  DEMO_LITERACY_CLASS,
  DEMO_PAST_EXHIBITION,
  DEMO_READING_CLUB,
  type DemoEvent,
  type DemoEventDay,
} from './event-demo-data';

const DAY_MS = 24 * 3600_000;
const WIB_OFFSET_HOURS = 7;
const account = (name: string) => `${name}@perpustakaan.test`;

/** Today's date in Jakarta, as midnight UTC of that date (for counting whole days). */
function jakartaToday(now: Date): number {
  const jakarta = new Date(now.getTime() + WIB_OFFSET_HOURS * 3600_000);
  return Date.UTC(jakarta.getUTCFullYear(), jakarta.getUTCMonth(), jakarta.getUTCDate());
}

/** A WIB clock time ("09:00") on the day `inDays` from today in Jakarta. */
function wib(inDays: number, clock: string, now = new Date()): Date {
  const [hours, minutes] = clock.split(':').map(Number);
  return new Date(jakartaToday(now) + inDays * DAY_MS + ((hours - WIB_OFFSET_HOURS) * 60 + minutes) * 60_000);
}

/** The next `count` second Saturdays at least two days away, as days from today (the reading club's schedule). */
function secondSaturdays(count: number, now = new Date()): number[] {
  const today = new Date(jakartaToday(now));
  const found: number[] = [];
  for (let month = 0; found.length < count; month++) {
    const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + month, 1));
    const secondSaturday = 1 + ((6 - first.getUTCDay() + 7) % 7) + 7;
    const inDays = (Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), secondSaturday) - today.getTime()) / DAY_MS;
    if (inDays >= 2) found.push(inDays);
  }
  return found;
}

/**
 * The demo library's events, published by the coordinator: a book launch with a local
 * author and two partners, an information-literacy class with two facilitating librarians,
 * the reading club's next two meetings, and last month's book exhibition with its
 * check-ins. Seeded with the demo people, so only into an empty database.
 */
@Injectable()
export class EventDemoSeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger(EventDemoSeederService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityDemoSeederService,
    private readonly directory: UserDirectoryService,
    private readonly codes: EventCodes,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!(await this.identity.ensureSeeded())) return;
    const names = [
      'koordinator',
      'nur.aini',
      'dewi.lestari',
      'fitri.handayani',
      'budi.santoso',
      'ayu.pratiwi',
      'rizky.ramadhan',
    ];
    const people = await this.directory.byEmails(names.map(account));
    const userId = (name: string) => people.get(account(name))?.id as string;
    const seeded = await this.dataSource.transaction(async (manager) => {
      // Asked twice in one process (identity answers from its memory): the events are there already.
      if (await manager.getRepository(EventEntity).exists()) return false;
      const institutions: { id: string; name: string }[] = await manager.query(
        `SELECT id, name FROM institutions WHERE kind <> 'library'`,
      );
      const partnerIds = (partners: string[]) =>
        partners.map((name) => institutions.find((institution) => institution.name === name)?.id as string);
      const seed = (demo: DemoEvent, extra: Partial<EventEntity> = {}) =>
        this.event(manager, demo, { userId, partnerIds }, extra);

      await seed(DEMO_BOOK_LAUNCH);
      await seed(DEMO_LITERACY_CLASS);
      const club = await manager.getRepository(EventSeriesEntity).save({
        title: DEMO_READING_CLUB.title,
        description: DEMO_READING_CLUB.description,
        schedule: DEMO_READING_CLUB.schedule,
        createdBy: userId('koordinator'),
        createdAt: new Date(),
      });
      const { schedule } = DEMO_READING_CLUB;
      for (const [index, inDays] of secondSaturdays(DEMO_READING_CLUB.books.length).entries()) {
        const book = DEMO_READING_CLUB.books[index];
        await seed(
          {
            kind: 'reading-club',
            title: `${DEMO_READING_CLUB.title}: ${book.split(' (')[0]}`,
            summary: `Pertemuan bulanan membincangkan ${book}.`,
            description: DEMO_READING_CLUB.description,
            day: { inDays, from: schedule.startTime, to: schedule.endTime },
            venue: DEMO_READING_CLUB.venue,
            capacity: DEMO_READING_CLUB.capacity,
            programme: [],
            people: [],
            partners: DEMO_READING_CLUB.partners,
            questions: [],
            organisers: DEMO_READING_CLUB.organisers,
          },
          { seriesId: club.id, book },
        );
      }
      const exhibition = await seed(DEMO_PAST_EXHIBITION);
      await this.visitors(manager, exhibition, userId);
      return true;
    });
    if (!seeded) return;
    this.logger.log(
      'Demo events seeded: a book launch, a literacy class, two reading-club meetings, a past exhibition',
    );
  }

  private async event(
    manager: EntityManager,
    demo: DemoEvent,
    ids: { userId: (name: string) => string; partnerIds: (names: string[]) => string[] },
    extra: Partial<EventEntity>,
  ): Promise<EventEntity> {
    const { startsAt, endsAt } = this.times(demo.day);
    const now = new Date();
    const event = await manager.getRepository(EventEntity).save({
      slug: eventSlug(demo.title),
      kind: demo.kind,
      format: 'in-person' as const,
      status: 'published' as const,
      title: demo.title,
      summary: demo.summary,
      description: demo.description,
      coverKey: null,
      timeZone: 'Asia/Jakarta' as const,
      startsAt,
      endsAt,
      venue: demo.venue,
      programme: demo.programme.map((item) => ({ day: 0, ...item })),
      questions: demo.questions,
      capacity: demo.capacity,
      // Open from three weeks before the day (or from now, for one further away) until it starts.
      registrationOpensAt: new Date(Math.min(startsAt.getTime() - 21 * DAY_MS, now.getTime())),
      registrationClosesAt: startsAt,
      dataPurpose: DEMO_DATA_PURPOSE,
      guestDataRetentionDays: 365,
      webinarSessionId: null,
      seriesId: null,
      book: null,
      confirmedCount: 0,
      createdBy: ids.userId('koordinator'),
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
      ...extra,
    });
    await manager.getRepository(EventDayEntity).insert({ eventId: event.id, dayNo: 0, startsAt, endsAt });
    if (demo.people.length > 0) {
      await manager.getRepository(EventPersonEntity).insert(
        demo.people.map((person, position) => ({
          eventId: event.id,
          position,
          role: person.role,
          userId: person.account ? ids.userId(person.account) : null,
          name: person.name,
          affiliation: person.affiliation,
          creditedHours: person.creditedHours ?? null,
        })),
      );
    }
    await manager
      .getRepository(EventPartnerEntity)
      .insert(
        ids
          .partnerIds(demo.partners)
          .map((institutionId, position) => ({ eventId: event.id, institutionId, position })),
      );
    if (demo.organisers.length > 0) {
      await manager
        .getRepository(EventOrganiserEntity)
        .insert(demo.organisers.map((name) => ({ eventId: event.id, userId: ids.userId(name) })));
    }
    return event;
  }

  /** The exhibition's visitors: each confirmed with a ticket; those who came were scanned in by the coordinator. */
  private async visitors(manager: EntityManager, event: EventEntity, userId: (name: string) => string): Promise<void> {
    const staff = userId('koordinator');
    for (const [index, visitor] of DEMO_EXHIBITION_VISITORS.entries()) {
      const id = randomUUID();
      const registeredAt = new Date(event.startsAt.getTime() - (10 - index) * DAY_MS);
      const arrivedAt = visitor.came ? new Date(event.startsAt.getTime() + (15 + 7 * index) * 60_000) : null;
      await manager.getRepository(EventRegistrationEntity).insert({
        id,
        eventId: event.id,
        userId: visitor.account ? userId(visitor.account) : null,
        name: visitor.name,
        email: visitor.email ?? account(visitor.account as string),
        status: 'confirmed',
        registeredAt,
        consentedAt: registeredAt,
        confirmedAt: registeredAt,
        ticketCodeHash: this.codes.registrationTicketCode(event.id, id).hash,
        checkedInAt: arrivedAt,
        checkedInBy: arrivedAt ? staff : null,
        checkInMethod: arrivedAt ? 'scan' : null,
      });
      if (arrivedAt) {
        await manager.getRepository(EventCheckInScanEntity).insert({
          scanId: randomUUID(),
          eventId: event.id,
          registrationId: id,
          outcome: 'checked-in',
          scannedAt: arrivedAt,
          receivedAt: arrivedAt,
          scannedBy: staff,
        });
      }
    }
    await manager.update(EventEntity, event.id, { confirmedCount: DEMO_EXHIBITION_VISITORS.length });
  }

  private times(day: DemoEventDay): { startsAt: Date; endsAt: Date } {
    return { startsAt: wib(day.inDays, day.from), endsAt: wib(day.inDays, day.to) };
  }
}
