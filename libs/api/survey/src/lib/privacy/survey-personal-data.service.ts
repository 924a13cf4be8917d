import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistryService, type PersonalDataSource } from '@bina-pustaka/api-platform';
import type { SurveyDefinition, SurveyQuestion } from '@bina-pustaka/shared-contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { SpeakerEvaluationService } from '../results/speaker-evaluation.service';
import { choiceLabel, dateLabel } from '../results/survey-questions';

interface NamedAnswer {
  responseId: string;
  surveyTitle: string;
  definition: SurveyDefinition;
  day: string;
  questionId: string;
  speakerId: string | null;
  rowId: string;
  number: number | null;
  choices: string[] | null;
  text: string | null;
  date: string | null;
}

/**
 * A person's part in surveys: the responses they gave to named surveys (title, day, each
 * answer as question -> answer in words), which surveys they have answered (the gate's
 * record, per course or webinar session), the evaluations they were reminded of (how many
 * times, the last day), the surveys they created and, when they were
 * evaluated as a speaker, their roll-up (figures hidden as for anyone reading it).
 *
 * Their answers to anonymous surveys are not in the download and cannot be: an anonymous
 * response keeps no user, and who answered is kept apart from what was answered, so nothing
 * here (or anywhere) can find which anonymous answers were theirs. That is the promise the
 * survey made them.
 *
 * Erasing: the "who has answered" and "who was reminded" rows go. Named responses stay in their surveys' results
 * without the person (user_id NULL), as an anonymous response would be: the library's counts
 * and means, and the IKM it reports, do not change after the fact. Their institution stays
 * on the response for the same reason (the results' institution filter counts it); with the
 * person gone it names a library, not someone. Texts they wrote stay as answers to the survey.
 */
@Injectable()
export class SurveyPersonalDataService implements PersonalDataSource, OnModuleInit {
  readonly section = 'surveys';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistryService,
    private readonly directory: UserDirectoryService,
    private readonly speakers: SpeakerEvaluationService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(userId: string): Promise<unknown> {
    const [answers, answered, reminded, created, evaluated]: [
      NamedAnswer[],
      { surveyTitle: string; context: string }[],
      { surveyTitle: string; context: string; sentCount: number; lastSentOn: string }[],
      unknown[],
      { count: number }[],
    ] = await Promise.all([
      this.dataSource.query(
        `SELECT r.id AS "responseId", s.title AS "surveyTitle", s.definition,
                to_char(r.submitted_on, 'YYYY-MM-DD') AS day, a.question_id AS "questionId",
                a.speaker_id AS "speakerId", a.row_id AS "rowId", a.number_value::float8 AS number,
                a.choices, a.text_value AS text, to_char(a.date_value, 'YYYY-MM-DD') AS date
         FROM survey_responses r
         JOIN surveys s ON s.id = r.survey_id
         JOIN survey_answers a ON a.response_id = r.id
         WHERE r.user_id = $1
         ORDER BY r.submitted_on, r.id`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT s.title AS "surveyTitle", p.context_key AS "context"
         FROM survey_respondents p JOIN surveys s ON s.id = p.survey_id
         WHERE p.user_id = $1 ORDER BY s.title, p.context_key`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT s.title AS "surveyTitle", r.context_key AS "context", r.sent_count AS "sentCount",
                to_char(r.last_sent_on, 'YYYY-MM-DD') AS "lastSentOn"
         FROM survey_reminders r JOIN surveys s ON s.id = r.survey_id
         WHERE r.user_id = $1 ORDER BY s.title, r.context_key`,
        [userId],
      ),
      this.dataSource.query(
        `SELECT id, title, created_at AS "createdAt" FROM surveys WHERE created_by = $1 ORDER BY created_at`,
        [userId],
      ),
      this.dataSource.query(`SELECT count(*)::int AS count FROM survey_answers WHERE speaker_id = $1`, [userId]),
    ]);
    const speakerNames = await this.directory.byIds(answers.flatMap((row) => row.speakerId ?? []));
    const responses = new Map<
      string,
      { survey: string; day: string; answers: { question: string; answer: string }[] }
    >();
    for (const row of answers) {
      const response = responses.get(row.responseId) ?? { survey: row.surveyTitle, day: row.day, answers: [] };
      const question = row.definition.sections
        .flatMap((section) => section.questions)
        .find((q) => q.id === row.questionId);
      const speaker = row.speakerId ? (speakerNames.get(row.speakerId)?.fullName ?? '') : null;
      if (question) {
        response.answers.push({ question: questionWords(question, row, speaker), answer: answerWords(question, row) });
      }
      responses.set(row.responseId, response);
    }
    return {
      responses: [...responses.values()],
      // The gate's record: which survey, and for which course or webinar session (by id).
      answered: answered.map(({ surveyTitle, context }) => ({ survey: surveyTitle, ...contextIds(context) })),
      // The evaluations they were reminded of: how many reminders, and the day of the last one.
      reminded: reminded.map(({ surveyTitle, context, sentCount, lastSentOn }) => ({
        survey: surveyTitle,
        ...contextIds(context),
        reminders: sentCount,
        lastOn: lastSentOn,
      })),
      created,
      asSpeaker: evaluated[0].count > 0 ? await this.speakers.evaluation(userId) : null,
    };
  }

  async erase(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`UPDATE survey_responses SET user_id = NULL WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM survey_respondents WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM survey_reminders WHERE user_id = $1`, [userId]);
  }
}

/** A context key ('course:<id>', 'webinar:<id>', '' standalone) as the ids it names. */
function contextIds(context: string): { courseId: string | null; webinarSessionId: string | null } {
  const [kind, id] = context.split(':');
  return { courseId: kind === 'course' ? id : null, webinarSessionId: kind === 'webinar' ? id : null };
}

function questionWords(question: SurveyQuestion, row: NamedAnswer, speaker: string | null): string {
  const about = speaker !== null ? `Narasumber: ${speaker} - ` : '';
  const matrixRow = question.kind === 'matrix' ? question.rows.find((r) => r.id === row.rowId) : undefined;
  return `${about}${question.text}${matrixRow ? ` - ${matrixRow.label}` : ''}`;
}

function answerWords(question: SurveyQuestion, row: NamedAnswer): string {
  if (row.choices) {
    return row.choices
      .map((choice) => (choice === 'lainnya' && row.text ? `Lainnya: ${row.text}` : choiceLabel(question, choice)))
      .join('; ');
  }
  if (row.date) return dateLabel(row.date);
  if (row.number !== null && (question.kind === 'likert' || question.kind === 'matrix')) {
    return `${row.number} (${question.scale.labels[row.number - 1] ?? ''})`;
  }
  return row.number !== null ? String(row.number) : (row.text ?? '');
}
