import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, MailQueueService, renderMail, translate, type AppConfig } from '@bina-pustaka/api-platform';
import type { DirectoryUser } from '@bina-pustaka/api-identity';
import { NotificationsService } from '@bina-pustaka/api-notifications';
import { formatDateTime, toWibParts } from '@bina-pustaka/shared-util';
import { DataSource } from 'typeorm';
import { evaluationLink } from '../shared/evaluation-links';
import { SurveyReminderAudienceService, type DueEvaluation } from './survey-reminder-audience.service';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days after someone became due before the first reminder, and the closing window. */
const FIRST_AFTER_DAYS = 2;
const CLOSING_WINDOW_DAYS = 2;
const MAX_REMINDERS = 3;

/**
 * Reminds those who have not answered a course's or a webinar session's evaluation, in the
 * app and by email, until its deadline. The cadence, per person and survey context:
 * - a first reminder 2 days (WIB calendar days) after the person became due (the session
 *   ended, or they did the course's last required lesson);
 * - then one when the survey closes within the next 2 days, unless they were already
 *   reminded in that window (someone due only then gets this one as their first);
 * - at most 3 in all (a deadline moved later opens a new window, until the third), never
 *   two on the same day, never after the survey closed, never once they have answered.
 * A run serves one day (WIB) of `at`. Each reminder is claimed in survey_reminders in the
 * statement that decides to send it, so two workers or a retried run never send it twice;
 * a run that fails after claiming leaves that day's reminder unsent rather than doubled.
 */
@Injectable()
export class SurveyRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audience: SurveyReminderAudienceService,
    private readonly notifications: NotificationsService,
    private readonly mail: MailQueueService,
  ) {}

  /** Sends the reminders of the day (WIB) of `at`; the number sent. */
  async send(at: Date): Promise<number> {
    const day = toWibParts(at).date;
    let sent = 0;
    for (const evaluation of await this.audience.due(at)) {
      if (evaluation.due.length === 0) continue;
      const claimed = new Set(await this.claim(evaluation, at, day));
      const people = evaluation.due.map((each) => each.person).filter((person) => claimed.has(person.id));
      await this.deliver(evaluation, people);
      sent += people.length;
    }
    return sent;
  }

  /** Claims today's reminder of each due person who has not answered and is owed one; their ids. */
  private async claim(evaluation: DueEvaluation, at: Date, day: string): Promise<string[]> {
    const closesAt = evaluation.closesAt;
    const closingSoon = closesAt !== null && closesAt.getTime() - at.getTime() <= CLOSING_WINDOW_DAYS * DAY_MS;
    const windowOpenedOn = closesAt
      ? toWibParts(new Date(closesAt.getTime() - CLOSING_WINDOW_DAYS * DAY_MS)).date
      : day;
    const due = [...new Map(evaluation.due.map((each) => [each.person.id, each.since])).entries()];
    const rows: { userId: string }[] = await this.dataSource.query(
      `INSERT INTO survey_reminders AS r (survey_id, context_key, user_id, sent_count, last_sent_on)
       SELECT $1, $2, due.user_id, 1, $3::date
         FROM unnest($4::uuid[], $5::timestamptz[]) AS due (user_id, since)
        WHERE NOT EXISTS (SELECT 1 FROM survey_respondents p
                           WHERE p.survey_id = $1 AND p.context_key = $2 AND p.user_id = due.user_id)
          AND ($6::boolean OR (due.since AT TIME ZONE 'Asia/Jakarta')::date + $8::int <= $3::date)
       ON CONFLICT (survey_id, context_key, user_id) DO UPDATE
          SET sent_count = r.sent_count + 1, last_sent_on = EXCLUDED.last_sent_on
        WHERE $6::boolean AND r.sent_count < $9 AND r.last_sent_on < $3::date AND r.last_sent_on < $7::date
       RETURNING r.user_id AS "userId"`,
      [
        evaluation.surveyId,
        evaluation.contextKey,
        day,
        due.map(([userId]) => userId),
        due.map(([, since]) => since),
        closingSoon,
        windowOpenedOn,
        FIRST_AFTER_DAYS,
        MAX_REMINDERS,
      ],
    );
    return rows.map((row) => row.userId);
  }

  private async deliver(evaluation: DueEvaluation, people: DirectoryUser[]): Promise<void> {
    if (people.length === 0) return;
    const { surveyId, surveyTitle: title, subjectTitle: subject, closesAt, context } = evaluation;
    const link = evaluationLink(surveyId, context);
    await this.notifications.notifyMany(
      people.map((person) => ({
        userId: person.id,
        kind: 'survey-reminder' as const,
        params: {
          title,
          ...('courseId' in context ? { courseTitle: subject } : { sessionTitle: subject }),
          ...(closesAt && { closesAt: closesAt.toISOString() }),
        },
        link,
      })),
    );
    const locale = 'id';
    const url = evaluationLink(surveyId, context, this.config.http.publicUrl);
    const paragraphs = [
      translate(locale, 'courseId' in context ? 'survey.reminderCourse' : 'survey.reminderWebinar', { title, subject }),
      ...(closesAt ? [translate(locale, 'survey.reminderDeadline', { when: formatDateTime(closesAt, locale) })] : []),
    ];
    await this.mail.enqueueMany(
      people.map((person) => ({
        to: person.email,
        ...renderMail({
          subject: translate(locale, 'survey.reminderSubject', { title }),
          greeting: translate(locale, 'survey.reminderGreeting', { name: person.fullName }),
          paragraphs,
          action: { label: translate(locale, 'survey.reminderAction'), url },
          closing: ['Salam,', 'Bina Pustaka'],
        }),
      })),
    );
  }
}
