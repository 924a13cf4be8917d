import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, renderMail, translate, type AppConfig, type SendMailJob } from '@bina-pustaka/api-platform';
import { APP_PATHS, appUrl, type EventTicket } from '@bina-pustaka/shared-contracts';
import type { EntityManager } from 'typeorm';
import type { EventRegistrationEntity } from '../entities/event-registration.entity';
import { EventDayEntity, type EventEntity } from '../entities/event.entity';
import { EventCodes } from '../shared/event-codes';
import { eventWhen } from './event-when';
import { ticketCalendar, type CalendarDay } from './ticket-calendar';
import { ticketQrPath, ticketQrPng } from './ticket-qr';

/** Event emails are written in Indonesian: a guest has no account to keep a language in. */
const LOCALE = 'id';
const QR_CID = 'tiket-qr@bina-pustaka';

export type TicketMailKind = 'confirmed' | 'promoted';

/**
 * Tickets: the code a confirmed registration gets (only its hash is stored; the code itself
 * is derived again when shown), the ticket page's answer, and the ticket email with the QR
 * code inline and the event as an iCal attachment.
 */
@Injectable()
export class EventTicketsService {
  constructor(
    private readonly codes: EventCodes,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The hash to store when a registration is confirmed. */
  codeHash(eventId: string, registrationId: string): Buffer {
    return this.codes.registrationTicketCode(eventId, registrationId).hash;
  }

  /** A waitlisted registration's place in line (1 = next), by arrival; null for any other status. */
  async waitlistPosition(manager: EntityManager, registration: EventRegistrationEntity): Promise<number | null> {
    if (registration.status !== 'waitlisted') return null;
    const [{ ahead }]: { ahead: number }[] = await manager.query(
      `SELECT count(*)::int AS ahead FROM event_registrations
        WHERE event_id = $1 AND status = 'waitlisted' AND arrival < $2`,
      [registration.eventId, registration.arrival],
    );
    return ahead + 1;
  }

  async view(manager: EntityManager, event: EventEntity, registration: EventRegistrationEntity): Promise<EventTicket> {
    const ticketCode =
      registration.status === 'confirmed' ? this.codes.registrationTicketCode(event.id, registration.id).code : null;
    return {
      event: {
        slug: event.slug,
        title: event.title,
        timeZone: event.timeZone,
        startsAt: event.startsAt.toISOString(),
        endsAt: event.endsAt.toISOString(),
        venueName: event.venue?.name ?? null,
        format: event.format,
      },
      holderName: registration.name,
      status: registration.status,
      waitlistPosition: await this.waitlistPosition(manager, registration),
      ticketCode,
      ticketQr: ticketCode ? ticketQrPath(ticketCode) : null,
      checkedInAt: registration.checkedInAt?.toISOString() ?? null,
      joinUrl: this.joinUrl(event, registration),
    };
  }

  /**
   * Online and hybrid: a confirmed member's way into the room, the webinar page of the event's
   * session (they join there with their account; the webinar part lets them in as its audience).
   */
  private joinUrl(event: EventEntity, registration: EventRegistrationEntity): string | null {
    const online = event.status === 'published' && event.format !== 'in-person' && event.webinarSessionId;
    if (!online || registration.status !== 'confirmed' || !registration.userId) return null;
    return appUrl(this.config.http.publicUrl, APP_PATHS.webinar, { webinarId: online });
  }

  /** `/acara/tiket#<manage token>` and `/acara/batal#<manage token>`: the links every email of a registration carries. */
  links(registrationId: string): { ticketUrl: string; cancelUrl: string } {
    const token = this.codes.linkToken('manage', registrationId);
    return {
      ticketUrl: `${appUrl(this.config.http.publicUrl, APP_PATHS.eventTicket)}#${token}`,
      cancelUrl: `${appUrl(this.config.http.publicUrl, APP_PATHS.eventCancel)}#${token}`,
    };
  }

  /** The event's days (the first-start-to-last-end span when none are listed). */
  async days(manager: EntityManager, event: EventEntity): Promise<CalendarDay[]> {
    const days = await manager.find(EventDayEntity, { where: { eventId: event.id }, order: { dayNo: 'ASC' } });
    return days.length > 0 ? days : [{ startsAt: event.startsAt, endsAt: event.endsAt }];
  }

  /** The lines every event email starts with: when and where. */
  async whenAndWhere(manager: EntityManager, event: EventEntity): Promise<string[]> {
    const when = translate(LOCALE, 'eventMail.when', {
      when: eventWhen(await this.days(manager, event), event.timeZone),
    });
    const venue = event.venue
      ? translate(LOCALE, 'eventMail.where', {
          venue: [event.venue.name, event.venue.address, event.venue.city].filter(Boolean).join(', '),
        })
      : null;
    return [
      when,
      ...(venue ? [venue] : []),
      ...(event.format !== 'in-person' ? [translate(LOCALE, 'eventMail.online')] : []),
    ];
  }

  /** The ticket email of a confirmed registration (to its email; none for a walk-in without one). */
  async ticketMail(
    manager: EntityManager,
    event: EventEntity,
    registration: EventRegistrationEntity,
    kind: TicketMailKind,
  ): Promise<SendMailJob | null> {
    if (!registration.email) return null;
    const { code } = this.codes.registrationTicketCode(event.id, registration.id);
    const { ticketUrl, cancelUrl } = this.links(registration.id);
    const title = event.title;
    const calendar = ticketCalendar(
      event,
      await this.days(manager, event),
      registration.id,
      ticketUrl,
      new URL(this.config.http.publicUrl).hostname,
    );
    const mail = renderMail({
      subject: translate(LOCALE, kind === 'promoted' ? 'eventMail.promotedSubject' : 'eventMail.ticketSubject', {
        title,
      }),
      greeting: translate(LOCALE, 'eventMail.greeting', { name: registration.name }),
      paragraphs: [
        translate(LOCALE, kind === 'promoted' ? 'eventMail.promotedBody' : 'eventMail.ticketBody', { title }),
        ...(await this.whenAndWhere(manager, event)),
        translate(LOCALE, 'eventMail.ticketShow'),
      ],
      image: { cid: QR_CID, alt: translate(LOCALE, 'eventMail.qrAlt') },
      action: { label: translate(LOCALE, 'eventMail.ticketAction'), url: ticketUrl },
      closing: [
        translate(LOCALE, 'eventMail.cancelLink', { url: cancelUrl }),
        '',
        translate(LOCALE, 'eventMail.closing'),
        'Bina Pustaka',
      ],
    });
    return {
      to: registration.email,
      ...mail,
      attachments: [
        {
          filename: 'tiket-qr.png',
          contentType: 'image/png',
          content: (await ticketQrPng(code)).toString('base64'),
          encoding: 'base64',
          cid: QR_CID,
        },
        {
          filename: 'acara.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: Buffer.from(calendar).toString('base64'),
          encoding: 'base64',
        },
      ],
    };
  }
}
