/**
 * What the answering int specs share: surveys put straight in the database (as the
 * builder would store them; by default the one that asks every kind of question) and the
 * counts of the four tables a response writes.
 */
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SurveyEntity } from '../lib/entities/survey.entity';
import { everyKindDefinition } from './survey-definitions';

/** A published survey open now, unless the fields say otherwise. */
export async function insertSurvey(db: DataSource, fields: Partial<SurveyEntity> = {}): Promise<SurveyEntity> {
  return db.getRepository(SurveyEntity).save({
    title: 'Evaluasi Penyelenggaraan Pelatihan',
    description: 'Bantu kami memperbaiki pelatihan berikutnya.',
    status: 'published',
    audience: 'signed-in',
    anonymous: false,
    templateKey: null,
    isTemplate: false,
    definition: everyKindDefinition(),
    publicSlug: fields.audience === 'public' ? `skm-${randomBytes(4).toString('hex')}` : null,
    opensAt: null,
    closesAt: null,
    responseLimit: null,
    createdBy: null,
    ...fields,
  });
}

/** Rows of the tables a response writes, and the survey's count. */
export async function responseRows(db: DataSource, surveyId: string) {
  const [row]: Record<string, number>[] = await db.query(
    `SELECT (SELECT count(*)::int FROM survey_responses WHERE survey_id = $1) AS responses,
            (SELECT count(*)::int FROM survey_answers WHERE survey_id = $1) AS answers,
            (SELECT count(*)::int FROM survey_respondents WHERE survey_id = $1) AS respondents,
            (SELECT count(*)::int FROM survey_public_respondents WHERE survey_id = $1) AS "publicRespondents",
            (SELECT response_count FROM surveys WHERE id = $1) AS counted`,
    [surveyId],
  );
  return row;
}
