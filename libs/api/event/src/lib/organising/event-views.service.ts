import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { renderMarkdown, type Principal } from '@bina-pustaka/api-platform';
import type {
  EventDetail,
  EventPartner,
  EventPerson,
  EventRegistrationCounts,
  EventSummary,
  PublicEvent,
} from '@bina-pustaka/shared-contracts';
import { DataSource } from 'typeorm';
import {
  EventDayEntity,
  EventEntity,
  EventOrganiserEntity,
  EventPartnerEntity,
  EventPersonEntity,
  EventSeriesEntity,
} from '../entities/event.entity';
import { registrationCounts } from '../shared/event-counts';
import { isEventStaff } from '../shared/event-managers.service';
import { registrationState, seatsLeft } from './registration-state';

/** The public address of a cover: named by its content, so it never changes and may be cached for good. */
export const eventCoverUrl = (hash: string) => `/api/event-covers/${hash}`;

/** A card of a list, from the event's row alone. */
export function toEventSummary(row: EventEntity, now = new Date()): EventSummary {
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    format: row.format,
    status: row.status,
    title: row.title,
    summary: row.summary,
    coverUrl: row.coverKey ? eventCoverUrl(row.coverKey) : null,
    timeZone: row.timeZone,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    venueName: row.venue?.name ?? null,
    city: row.venue?.city ?? null,
    registration: registrationState(row, now),
    seatsLeft: seatsLeft(row),
  };
}

/**
 * An event as its public page and its organisers read it, from its row and the rows
 * beside it (days, people, partners, series; for the organisers also who manages it and
 * the registrations' counts). The public page never carries who registered.
 */
@Injectable()
export class EventViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
  ) {}

  async publicEvent(row: EventEntity): Promise<PublicEvent> {
    const { people, ...rest } = await this.full(row);
    // Who has an account and the hours credited to them are the organisers' business.
    return {
      ...rest,
      people: people.map(({ id, role, name, affiliation }) => ({ id, role, name, affiliation })),
    };
  }

  async detail(actor: Principal, row: EventEntity): Promise<EventDetail> {
    const full = await this.full(row);
    const organiserIds = (await this.dataSource.getRepository(EventOrganiserEntity).findBy({ eventId: row.id })).map(
      (organiser) => organiser.userId,
    );
    const users = await this.directory.byIds(organiserIds);
    const staff = isEventStaff(actor.roles);
    const live = row.status === 'published';
    return {
      ...full,
      description: row.description,
      organisers: organiserIds
        .filter((id) => users.has(id))
        .map((id) => ({ id, fullName: users.get(id)?.fullName ?? '' }))
        .sort((a, b) => a.fullName.localeCompare(b.fullName, 'id')),
      webinarSessionId: row.webinarSessionId,
      counts: await this.counts(row.id),
      // Whoever reads this manages the event (the routes check that first).
      may: {
        edit: row.status !== 'cancelled',
        publish: row.status === 'draft',
        cancel: live,
        checkIn: live,
        issueCertificates: staff && live && row.startsAt <= new Date(),
      },
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** As the door's count and the live `event.counts` say them (a cancelled arrival no longer counts). */
  counts(eventId: string): Promise<EventRegistrationCounts> {
    return registrationCounts(this.dataSource, eventId);
  }

  private async full(row: EventEntity): Promise<Omit<PublicEvent, 'people'> & { people: EventPerson[] }> {
    const db = this.dataSource.manager;
    const [days, people, partnerRows, series] = await Promise.all([
      db.getRepository(EventDayEntity).find({ where: { eventId: row.id }, order: { dayNo: 'ASC' } }),
      db.getRepository(EventPersonEntity).find({ where: { eventId: row.id }, order: { position: 'ASC' } }),
      db.getRepository(EventPartnerEntity).find({ where: { eventId: row.id }, order: { position: 'ASC' } }),
      row.seriesId ? db.getRepository(EventSeriesEntity).findOneBy({ id: row.seriesId }) : null,
    ]);
    const partners = await this.directory.partners(partnerRows.map((partner) => partner.institutionId));
    return {
      ...toEventSummary(row),
      descriptionHtml: renderMarkdown(row.description),
      days: days.map((day) => ({ startsAt: day.startsAt.toISOString(), endsAt: day.endsAt.toISOString() })),
      venue: row.venue,
      programme: row.programme,
      people: people.map((person) => ({
        id: person.id,
        role: person.role,
        userId: person.userId,
        name: person.name,
        affiliation: person.affiliation,
        creditedHours: person.creditedHours,
      })),
      partners: partnerRows
        .map((partner) => partners.get(partner.institutionId))
        .filter((partner): partner is EventPartner => partner !== undefined),
      series: series ? { id: series.id, title: series.title } : null,
      capacity: row.capacity,
      registrationOpensAt: row.registrationOpensAt?.toISOString() ?? null,
      registrationClosesAt: row.registrationClosesAt?.toISOString() ?? null,
      questions: row.questions,
      dataPurpose: row.dataPurpose,
      guestDataRetentionDays: row.guestDataRetentionDays,
    };
  }
}
