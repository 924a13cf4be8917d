import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserDirectoryService } from '@bina-pustaka/api-identity';
import { AppError } from '@bina-pustaka/api-platform';
import {
  SURVEY_MIN_GROUP_ANONYMOUS,
  type SpeakerEvaluation,
  type SurveyQuestion,
} from '@bina-pustaka/shared-contracts';
import { DataSource, In } from 'typeorm';
import { SurveyEntity } from '../entities/survey.entity';
import { round } from './ikm';

interface QuestionTally {
  surveyId: string;
  questionId: string;
  answered: number;
  total: number | null;
}

interface Reach {
  sessions: number;
  responses: number;
  anonymous: number;
}

/**
 * A speaker's (_narasumber_) evaluations rolled up over every survey and session that asked
 * about them: the per-speaker blocks' answers, matched by question id across surveys (those
 * made from one template keep their ids), the text of the newest survey. The score puts
 * every Likert and rating answer on 0..100 ((point - 1) / (points - 1) x 100) and averages
 * them, so a 4-point, a 5-point and a 1..10 question count alike.
 */
@Injectable()
export class SpeakerEvaluationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: UserDirectoryService,
  ) {}

  async evaluation(speakerId: string): Promise<SpeakerEvaluation> {
    const person = (await this.directory.byIds([speakerId])).get(speakerId);
    if (!person) throw new AppError(404, 'survey.speakerNotFound');
    const [[reach], tallies]: [Reach[], QuestionTally[]] = await Promise.all([
      this.dataSource.query(
        `SELECT count(DISTINCT (r.survey_id, r.course_id, r.webinar_session_id))::int AS sessions,
                count(DISTINCT r.id)::int AS responses,
                count(DISTINCT r.id) FILTER (WHERE s.anonymous)::int AS anonymous
         FROM survey_answers a
         JOIN survey_responses r ON r.id = a.response_id
         JOIN surveys s ON s.id = r.survey_id
         WHERE a.speaker_id = $1`,
        [speakerId],
      ),
      this.dataSource.query(
        `SELECT a.survey_id AS "surveyId", a.question_id AS "questionId", count(*)::int AS answered,
                sum(a.number_value)::float8 AS total
         FROM survey_answers a WHERE a.speaker_id = $1
         GROUP BY 1, 2`,
        [speakerId],
      ),
    ]);
    const surveyIds = [...new Set(tallies.map((tally) => tally.surveyId))];
    const surveys =
      surveyIds.length === 0
        ? []
        : await this.dataSource.getRepository(SurveyEntity).find({
            select: { id: true, definition: true, createdAt: true },
            where: { id: In(surveyIds) },
            order: { createdAt: 'DESC' },
          });
    const tallyOf = new Map(tallies.map((tally) => [`${tally.surveyId}|${tally.questionId}`, tally]));
    // Anonymous evaluations of fewer than five responses show no figure, even pooled with named ones:
    // the difference from the named surveys' own results would give them away.
    const hidden = reach.anonymous > 0 && reach.anonymous < SURVEY_MIN_GROUP_ANONYMOUS;

    const byQuestion = new Map<string, { text: string; answered: number; total: number; numeric: boolean }>();
    let scoreSum = 0;
    let scored = 0;
    // Newest survey first, each in its definition's order: the first text met for an id is the one shown.
    for (const survey of surveys) {
      const asked = survey.definition.sections.filter((section) => section.perSpeaker).flatMap((s) => s.questions);
      for (const question of asked) {
        const tally = tallyOf.get(`${survey.id}|${question.id}`);
        if (!tally) continue;
        const entry = byQuestion.get(question.id) ?? {
          text: question.text,
          answered: 0,
          total: 0,
          numeric: ['likert', 'rating', 'number'].includes(question.kind),
        };
        entry.answered += tally.answered;
        entry.total += tally.total ?? 0;
        byQuestion.set(question.id, entry);
        const top = topPoint(question);
        if (top !== null && tally.total !== null) {
          // sum((v - 1) / (top - 1)) over the answers, from their count and sum.
          scoreSum += (tally.total - tally.answered) / (top - 1);
          scored += tally.answered;
        }
      }
    }
    return {
      speaker: { id: person.id, fullName: person.fullName },
      sessions: reach.sessions,
      responses: reach.responses,
      score: hidden || scored === 0 ? null : round((scoreSum / scored) * 100, 1),
      questions: [...byQuestion.entries()].map(([questionId, entry]) => ({
        questionId,
        text: entry.text,
        answered: entry.answered,
        mean: hidden || !entry.numeric || entry.answered === 0 ? null : round(entry.total / entry.answered, 2),
      })),
    };
  }
}

/** The top of a Likert (its points) or rating (10) scale; null for questions that have none. */
function topPoint(question: SurveyQuestion): number | null {
  if (question.kind === 'likert') return question.scale.points;
  if (question.kind === 'rating') return 10;
  return null;
}
