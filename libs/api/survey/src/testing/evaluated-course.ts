/**
 * "A course with an evaluation survey", as the evaluation int specs build it: a published
 * course with a running cohort, a survey row as the builder would store it, attached over
 * HTTP by the course's trainer, and learners who have done every lesson.
 */
import type { TestApp } from '@bina-pustaka/api-testing';
import type { SignedInUser } from '@bina-pustaka/api-identity/testing';
import { enrolAndComplete, publishedCourse, runningCohort } from '@bina-pustaka/api-learning/testing';
import type { CourseDetail, SurveyDefinition } from '@bina-pustaka/shared-contracts';
import { surveyDefinitionSchema } from '@bina-pustaka/shared-contracts/schemas';
import type { DataSource } from 'typeorm';
import { SurveyEntity } from '../lib/entities/survey.entity';
import { as, type SurveyCast } from './survey-test-bed';

/** One rating question, every default filled in as stored. */
const ONE_RATING = surveyDefinitionSchema.parse({
  sections: [
    { id: 's1', title: 'Penyelenggaraan', questions: [{ id: 'q1', kind: 'rating', text: 'Nilai kegiatan ini' }] },
  ],
}) as SurveyDefinition;

/** A published survey open now with one rating question (the builder is another stage), unless the fields say otherwise. */
export function evaluationSurvey(db: DataSource, fields: Partial<SurveyEntity> = {}): Promise<SurveyEntity> {
  return db.getRepository(SurveyEntity).save({
    title: 'Evaluasi Penyelenggaraan Pelatihan',
    description: '',
    status: 'published',
    audience: 'signed-in',
    anonymous: true,
    templateKey: null,
    isTemplate: false,
    definition: ONE_RATING,
    publicSlug: null,
    opensAt: null,
    closesAt: null,
    responseLimit: null,
    responseCount: 0,
    createdBy: null,
    ...fields,
  });
}

export interface EvaluatedCourseOptions {
  course?: Partial<{ title: string; jp: number }>;
  /** The evaluation survey's fields (made by the cast's trainer unless they say otherwise). */
  survey?: Partial<SurveyEntity>;
  /** Enrolled in the cohort and through every lesson, so only the evaluation keeps them from completing. */
  learners?: SignedInUser[];
}

export interface EvaluatedCourse {
  course: CourseDetail;
  cohortId: string;
  survey: SurveyEntity;
}

/** The course (by the cast's trainer), its cohort (by the coordinator) and its evaluation. */
export async function seedEvaluatedCourse(
  t: TestApp,
  cast: SurveyCast,
  options: EvaluatedCourseOptions = {},
): Promise<EvaluatedCourse> {
  const course = await publishedCourse(t.api, cast.trainer.token, options.course);
  const cohortId = (await runningCohort(t.api, cast.coordinator.token, course.id)).id;
  const survey = await evaluationSurvey(t.db, { createdBy: cast.trainer.id, ...options.survey });
  const attached = await t.api.put(`/api/courses/${course.id}/evaluation`, { surveyId: survey.id }, as(cast.trainer));
  if (attached.status !== 200) {
    throw new Error(`Attaching the evaluation failed: ${attached.status} ${JSON.stringify(attached.body)}`);
  }
  if (options.learners?.length) {
    await enrolAndComplete(t.api, cast.coordinator.token, cohortId, course, options.learners);
  }
  return { course, cohortId, survey };
}
