import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  MailQueueService,
  QueueWorkerHost,
  renderMail,
  translate,
  QUEUES,
  type AppConfig,
} from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { CourseAudienceService } from '@bina-pustaka/api-learning';
import { NotificationsService } from '@bina-pustaka/api-notifications';
import { APP_PATHS, appLink, appUrl } from '@bina-pustaka/shared-contracts';
import { formatDateTime } from '@bina-pustaka/shared-util';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  WebinarRegistrationEntity,
  WebinarSessionEntity,
  WebinarStaffEntity,
} from '../entities/webinar-session.entity';
import type { WebinarReminderJob } from './webinar-reminder.job';

/**
 * Reminds a session's audience and staff before it starts, in the app and by email.
 * A reminder of a start time that has since moved, or of a cancelled session, is dropped.
 */
@Processor(QUEUES.webinars)
export class WebinarReminderProcessor extends QueueWorkerHost {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audience: CourseAudienceService,
    private readonly directory: UserDirectoryService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailQueueService,
  ) {
    super();
  }

  async process(job: Job<WebinarReminderJob>): Promise<void> {
    const { sessionId, startsAt, lead } = job.data;
    const session = await this.dataSource.getRepository(WebinarSessionEntity).findOneBy({ id: sessionId });
    if (!session || session.status !== 'scheduled' || session.startsAt.toISOString() !== startsAt) return;
    const recipients = await this.directory.byIds(await this.recipientIds(session));
    const locale = 'id';
    const when = formatDateTime(session.startsAt, locale, session.timeZone);
    const link = appLink(APP_PATHS.webinar, { webinarId: session.id });
    const url = appUrl(this.config.http.publicUrl, APP_PATHS.webinar, { webinarId: session.id });
    for (const person of recipients.values()) {
      if (person.status !== 'active') continue;
      await this.notifications.notify(person.id, {
        kind: 'webinar-reminder',
        params: { title: session.title, when, lead },
        link,
      });
      await this.mail.enqueue({
        to: person.email,
        ...renderMail({
          subject: translate(locale, `webinar.reminderSubject.${lead}`, { title: session.title }),
          greeting: translate(locale, 'webinar.reminderGreeting', { name: person.fullName }),
          paragraphs: [translate(locale, 'webinar.reminderBody', { title: session.title, when })],
          action: { label: translate(locale, 'webinar.reminderAction'), url },
          closing: ['Salam,', 'Bina Pustaka'],
        }),
      });
    }
  }

  private async recipientIds(session: WebinarSessionEntity): Promise<string[]> {
    const staff = await this.dataSource.getRepository(WebinarStaffEntity).findBy({ sessionId: session.id });
    let audience: string[];
    if (session.audience === 'cohort' && session.cohortId) {
      audience = await this.audience.memberIds({ cohortId: session.cohortId });
    } else if (session.audience === 'course' && session.courseId) {
      audience = await this.audience.memberIds({ courseId: session.courseId });
    } else {
      // 'registered' and 'invited': those who registered, or were invited.
      const registrations = await this.dataSource
        .getRepository(WebinarRegistrationEntity)
        .findBy({ sessionId: session.id });
      audience = registrations.map((registration) => registration.userId);
    }
    return [...new Set([...staff.map((member) => member.userId), ...audience])];
  }
}
