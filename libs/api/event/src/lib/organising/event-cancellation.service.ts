import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import {
  APP_CONFIG,
  AppError,
  MailQueueService,
  renderMail,
  translate,
  type AppConfig,
  type Principal,
} from '@bina-pustaka/api-platform';
import { APP_PATHS, appUrl } from '@bina-pustaka/shared-contracts';
import { formatDateTime } from '@bina-pustaka/shared-util';
import { DataSource } from 'typeorm';
import { EventEntity } from '../entities/event.entity';
import { EventManagersService } from '../shared/event-managers.service';
import { EventWebinarService } from './event-webinar.service';

interface Registrant {
  name: string;
  email: string | null;
  userId: string | null;
}

/**
 * Cancelling a published event: it stays readable (its page says it is cancelled) and
 * everyone still registered (unconfirmed, confirmed, waitlisted) is told by email, after
 * the change is committed; the webinar room the event made is cancelled with it. Cancelling twice changes nothing and sends nothing again.
 */
@Injectable()
export class EventCancellationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly managers: EventManagersService,
    private readonly directory: UserDirectoryService,
    private readonly mail: MailQueueService,
    private readonly webinar: EventWebinarService,
  ) {}

  async cancel(actor: Principal, eventId: string): Promise<void> {
    const cancelled = await this.dataSource.transaction(async (manager) => {
      const row = await this.managers.findManaged(actor, eventId, manager);
      if (row.status === 'cancelled') return null;
      if (row.status === 'draft') throw new AppError(409, 'event.cancelDraft');
      await manager.getRepository(EventEntity).update({ id: eventId }, { status: 'cancelled', updatedAt: new Date() });
      await this.webinar.eventCancelled(row);
      const registrants: Registrant[] = await manager.query(
        `SELECT name, email, user_id AS "userId" FROM event_registrations
          WHERE event_id = $1 AND status IN ('unconfirmed', 'confirmed', 'waitlisted') AND anonymised_at IS NULL`,
        [eventId],
      );
      return { row, registrants };
    });
    if (cancelled) await this.tell(cancelled.row, cancelled.registrants);
  }

  private async tell(event: EventEntity, registrants: Registrant[]): Promise<void> {
    // A member's registration may leave the email to their account.
    const accounts = await this.directory.byIds(registrants.flatMap((r) => (r.email || !r.userId ? [] : [r.userId])));
    const locale = 'id';
    const when = formatDateTime(event.startsAt, locale, event.timeZone);
    const url = appUrl(this.config.http.publicUrl, APP_PATHS.event, { slug: event.slug });
    await this.mail.enqueueMany(
      registrants.flatMap((registrant) => {
        const to = registrant.email ?? (registrant.userId ? accounts.get(registrant.userId)?.email : undefined);
        if (!to) return [];
        return [
          {
            to,
            ...renderMail({
              subject: translate(locale, 'event.cancelledSubject', { title: event.title }),
              greeting: translate(locale, 'event.cancelledGreeting', { name: registrant.name }),
              paragraphs: [
                translate(locale, 'event.cancelledBody', { title: event.title, when }),
                translate(locale, 'event.cancelledApology'),
              ],
              action: { label: translate(locale, 'event.cancelledAction'), url },
              closing: ['Salam hormat,', 'Bina Pustaka'],
            }),
          },
        ];
      }),
    );
  }
}
