import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourseParticipationService } from '@bina-pustaka/api-learning';
import { AppError, type Principal } from '@bina-pustaka/api-platform';
import type { Locale, PublicSurveySubmission, SurveySubmission, UserRef } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { SurveyEntity } from '../entities/survey.entity';
import { checkAnswers, type AnswerRow } from './answer-validation';
import { expandSections } from './form-sections';
import { PublicSurveyThrottleService } from './public-survey-throttle.service';
import { SurveyContextsService } from './survey-contexts.service';
import { SurveyFormsService } from './survey-forms.service';
import { closedReason, closedRefusal } from './survey-window';

/** How a response is filed (survey_responses' columns besides the survey and the day). */
interface Filing {
  userId: string | null;
  courseId: string | null;
  cohortId: string | null;
  webinarSessionId: string | null;
  institutionId: string | null;
}

/** Records that this person or browser answered; false when it already had. */
type Respondent = (manager: EntityManager) => Promise<boolean>;

/**
 * Stores a response in one transaction: the respondent recorded apart from what they
 * answered, the response and its answers, then the count on the survey's row (the window
 * and the limit checked by that same UPDATE, so parallel submissions cannot pass a limit;
 * one refused rolls everything back).
 * Neither the answers nor a browser's id are ever logged, and the response's id stays here.
 */
@Injectable()
export class SurveySubmissionsService {
  private readonly logger = new Logger('SurveySubmissions');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contexts: SurveyContextsService,
    private readonly forms: SurveyFormsService,
    private readonly throttle: PublicSurveyThrottleService,
    private readonly participation: CourseParticipationService,
  ) {}

  async submit(actor: Principal, surveyId: string, submission: SurveySubmission, locale: Locale): Promise<void> {
    const { survey } = await this.contexts.open(actor, surveyId);
    // What those who manage surveys may preview, nobody answers here: templates, and public surveys (their link).
    if (survey.isTemplate || survey.audience !== 'signed-in') throw new AppError(404, 'survey.notFound');
    refuseWhenClosed(survey, locale);
    const context = await this.contexts.resolve(actor, survey, submission.context ?? {}, locale);
    const rows = answerRows(survey, context.speakers, submission);
    const respondent: Respondent = async (manager) =>
      inserted(
        await manager.query(
          `INSERT INTO survey_respondents (survey_id, user_id, context_key) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING 1`,
          [survey.id, actor.userId, context.key],
        ),
      );
    await this.store(survey, locale, respondent, 'survey.alreadyAnswered', rows, {
      userId: survey.anonymous ? null : actor.userId,
      courseId: context.courseId,
      cohortId: context.cohortId,
      webinarSessionId: context.webinarSessionId,
      institutionId: actor.user.institution?.id ?? null,
    });
    if (context.key.startsWith('course:') && context.courseId) {
      await this.completeCourse(actor.userId, context.courseId, locale);
    }
  }

  /** Anyone, by the link: one response per browser, a few per address, none from a script that fills the honeypot. */
  async submitPublic(slug: string, submission: PublicSurveySubmission, ip: string, locale: Locale): Promise<void> {
    const survey = await this.forms.publicSurvey(slug);
    await this.throttle.consume(survey.id, ip);
    if (submission.website) throw new AppError(422, 'survey.honeypot');
    if (submission.context?.courseId || submission.context?.webinarSessionId) {
      throw new AppError(422, 'survey.publicNoContext');
    }
    refuseWhenClosed(survey, locale);
    const rows = answerRows(survey, [], submission);
    // The browser's own id never leaves this line: only its hash with the survey is kept.
    const browserHash = createHash('sha256').update(`${survey.id}:${submission.browserId}`).digest();
    const respondent: Respondent = async (manager) =>
      inserted(
        await manager.query(
          `INSERT INTO survey_public_respondents (survey_id, browser_hash) VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING 1`,
          [survey.id, browserHash],
        ),
      );
    await this.store(survey, locale, respondent, 'survey.alreadyAnsweredHere', rows, {
      userId: null,
      courseId: null,
      cohortId: null,
      webinarSessionId: null,
      institutionId: null,
    });
  }

  private async store(
    survey: SurveyEntity,
    locale: Locale,
    respondent: Respondent,
    answeredCode: string,
    rows: AnswerRow[],
    filing: Filing,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (!(await respondent(manager))) throw new AppError(409, answeredCode);
      const [response]: { id: string }[] = await manager.query(
        `INSERT INTO survey_responses
           (survey_id, user_id, submitted_on, course_id, cohort_id, webinar_session_id, institution_id)
         VALUES ($1, $2, (now() AT TIME ZONE 'Asia/Jakarta')::date, $3, $4, $5, $6)
         RETURNING id`,
        [survey.id, filing.userId, filing.courseId, filing.cohortId, filing.webinarSessionId, filing.institutionId],
      );
      if (rows.length > 0) {
        await manager.query(
          `INSERT INTO survey_answers
             (response_id, survey_id, question_id, speaker_id, row_id, number_value, choices, text_value, date_value)
           SELECT $1, $2, a.question_id, a.speaker_id, a.row_id, a.number_value, a.choices, a.text_value, a.date_value
             FROM jsonb_to_recordset($3::jsonb) AS a(question_id text, speaker_id uuid, row_id text,
                  number_value numeric, choices text[], text_value text, date_value date)`,
          [response.id, survey.id, JSON.stringify(rows.map(answerRecord))],
        );
      }
      // Counted last: the survey's row stays locked only from here to the commit, so
      // parallel responses queue for that moment alone, not for their inserts too.
      const counted: unknown[] = await manager.query(
        `WITH counted AS (
           UPDATE surveys SET response_count = response_count + 1
            WHERE id = $1 AND status = 'published'
              AND (opens_at IS NULL OR opens_at <= now()) AND (closes_at IS NULL OR closes_at > now())
              AND (response_limit IS NULL OR response_count < response_limit)
            RETURNING id)
         SELECT id FROM counted`,
        [survey.id],
      );
      if (counted.length === 0) {
        throw closedRefusal(await manager.getRepository(SurveyEntity).findOneByOrFail({ id: survey.id }), locale);
      }
    });
  }

  /**
   * The survey may have been the course's last condition. The response is stored by now,
   * so a failure here is logged rather than answered: the next progress evaluates again.
   */
  private async completeCourse(userId: string, courseId: string, locale: Locale): Promise<void> {
    try {
      await this.participation.reevaluate(userId, courseId, locale);
    } catch (error) {
      this.logger.error({ err: error, userId, courseId }, 'Course completion after a survey response failed');
    }
  }
}

function answerRows(survey: SurveyEntity, speakers: UserRef[], submission: SurveySubmission): AnswerRow[] {
  const check = checkAnswers(expandSections(survey.definition, speakers), submission.answers);
  if (!check.ok) {
    const { code, question, max } = check.problem;
    throw new AppError(422, code, { question, ...(max === undefined ? {} : { max }) });
  }
  return check.rows;
}

/** Said early, before the answers are judged; the counting UPDATE decides for good. */
function refuseWhenClosed(survey: SurveyEntity, locale: Locale): void {
  if (closedReason(survey)) throw closedRefusal(survey, locale);
}

const inserted = (rows: unknown[]) => rows.length > 0;

function answerRecord(row: AnswerRow) {
  return {
    question_id: row.questionId,
    speaker_id: row.speakerId,
    row_id: row.rowId,
    number_value: row.number,
    choices: row.choices,
    text_value: row.text,
    date_value: row.date,
  };
}
