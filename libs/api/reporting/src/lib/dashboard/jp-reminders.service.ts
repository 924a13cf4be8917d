import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, MailQueueService, renderMail, translate, type AppConfig } from '@bina-pustaka/api-platform';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { JpStandingService, type JpStanding } from '@bina-pustaka/api-learning';
import { NotificationsService } from '@bina-pustaka/api-notifications';
import {
  APP_PATHS,
  appLink,
  appUrl,
  type JpBelowTarget,
  type JpRemindersResult,
  type Page,
} from '@bina-pustaka/shared-contracts';
import type { JpBelowTargetQuery } from '@bina-pustaka/shared-contracts/schemas';
import { toWibParts } from '@bina-pustaka/shared-util';
import { DataSource } from 'typeorm';

const formatJp = (jp: number) => jp.toLocaleString('id-ID', { maximumFractionDigits: 2 });

/**
 * The librarians below the yearly JP target (the list behind the dashboard's JP figure), and
 * the one-click reminder to them: in the app and by email, at most once per person per WIB
 * day. A reminder is claimed in jp_reminders by the statement that decides to send it, so
 * pressing twice, or two coordinators at once, never reminds anyone twice that day.
 */
@Injectable()
export class JpRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: UserDirectoryService,
    private readonly standing: JpStandingService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailQueueService,
  ) {}

  /** One page of those below target in the year, fewest JP first, with the day each was last reminded. */
  async belowTarget(
    query: JpBelowTargetQuery,
    institutionId: string | null,
    now = new Date(),
  ): Promise<Page<JpBelowTarget>> {
    const below = await this.below(institutionId, query.year ?? Number(toWibParts(now).date.slice(0, 4)));
    const page = below.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    const ids = page.map((person) => person.userId);
    const [people, reminded] = await Promise.all([
      this.directory.byIds(ids),
      this.dataSource.query<{ userId: string; day: string }[]>(
        `SELECT user_id AS "userId", max(sent_on)::text AS day FROM jp_reminders WHERE user_id = ANY($1::uuid[]) GROUP BY 1`,
        [ids],
      ),
    ]);
    const remindedOn = new Map(reminded.map((row) => [row.userId, row.day]));
    return {
      items: page.flatMap(({ userId, jp }) => {
        const person = people.get(userId);
        if (!person) return [];
        const { fullName, nip } = person;
        return [
          {
            userId,
            fullName,
            nip,
            institutionId: person.institutionId,
            jp,
            remindedOn: remindedOn.get(userId) ?? null,
          },
        ];
      }),
      total: below.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** Reminds this year's librarians below target who were not reminded today. */
  async remind(institutionId: string | null, sentBy: string, now = new Date()): Promise<JpRemindersResult> {
    const today = toWibParts(now).date;
    const year = Number(today.slice(0, 4));
    const below = await this.below(institutionId, year);
    const claimed: { userId: string }[] = await this.dataSource.query(
      `INSERT INTO jp_reminders (user_id, sent_on, sent_by)
       SELECT id, $2::date, $3 FROM unnest($1::uuid[]) AS due (id)
       ON CONFLICT ON CONSTRAINT pk_jp_reminders_once_a_day DO NOTHING
       RETURNING user_id AS "userId"`,
      [below.map((person) => person.userId), today, sentBy],
    );
    const jpOf = new Map(below.map((person) => [person.userId, person.jp]));
    await this.deliver(
      claimed.map(({ userId }) => ({ userId, jp: jpOf.get(userId) ?? 0 })),
      year,
    );
    return { reminded: claimed.length, alreadyReminded: below.length - claimed.length };
  }

  private async below(institutionId: string | null, year: number): Promise<JpStanding[]> {
    const target = this.config.learning.jpTargetPerYear;
    const standing = await this.standing.standing(await this.directory.librarianIds(institutionId), year);
    return standing.filter((person) => person.jp < target);
  }

  private async deliver(people: JpStanding[], year: number): Promise<void> {
    if (people.length === 0) return;
    const target = String(this.config.learning.jpTargetPerYear);
    const link = appLink(APP_PATHS.myLearning);
    await this.notifications.notifyMany(
      people.map(({ userId, jp }) => ({
        userId,
        kind: 'jp-reminder' as const,
        params: { jp: String(jp), target, year: String(year) },
        link,
      })),
    );
    const directory = await this.directory.byIds(people.map((person) => person.userId));
    const locale = 'id';
    await this.mail.enqueueMany(
      people.flatMap(({ userId, jp }) => {
        const person = directory.get(userId);
        if (!person) return [];
        return [
          {
            to: person.email,
            ...renderMail({
              subject: translate(locale, 'reporting.jpReminderSubject', { year: String(year) }),
              greeting: translate(locale, 'reporting.jpReminderGreeting', { name: person.fullName }),
              paragraphs: [
                translate(locale, 'reporting.jpReminderBody', { jp: formatJp(jp), target, year: String(year) }),
              ],
              action: {
                label: translate(locale, 'reporting.jpReminderAction'),
                url: appUrl(this.config.http.publicUrl, APP_PATHS.myLearning),
              },
              closing: ['Salam,', 'Bina Pustaka'],
            }),
          },
        ];
      }),
    );
  }
}
