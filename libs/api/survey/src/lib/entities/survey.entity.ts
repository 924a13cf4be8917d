import type { SurveyAudience, SurveyDefinition, SurveyStatus, SurveyTemplateKey } from '@bina-pustaka/shared-contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'surveys' })
export class SurveyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'text' })
  status!: SurveyStatus;

  @Column({ type: 'text' })
  audience!: SurveyAudience;

  @Column({ type: 'boolean' })
  anonymous!: boolean;

  @Column({ type: 'text', nullable: true })
  templateKey!: SurveyTemplateKey | null;

  @Column({ type: 'boolean' })
  isTemplate!: boolean;

  /** Validated by surveyDefinitionSchema before it is stored. */
  @Column({ type: 'jsonb' })
  definition!: SurveyDefinition;

  @Column({ type: 'text', nullable: true })
  publicSlug!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  responseLimit!: number | null;

  @Column({ type: 'integer' })
  responseCount!: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity({ name: 'survey_course_evaluations' })
export class SurveyCourseEvaluationEntity {
  @PrimaryColumn({ type: 'uuid' })
  courseId!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;
}

@Entity({ name: 'survey_webinar_evaluations' })
export class SurveyWebinarEvaluationEntity {
  @PrimaryColumn({ type: 'uuid' })
  webinarSessionId!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @Column({ type: 'boolean' })
  requiredForCertificate!: boolean;
}

/** What was answered. Anonymous surveys: userId null, and only the day. */
@Entity({ name: 'survey_responses' })
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  /** YYYY-MM-DD in Asia/Jakarta. */
  @Column({ type: 'date' })
  submittedOn!: string;

  @Column({ type: 'uuid', nullable: true })
  courseId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  cohortId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  webinarSessionId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  institutionId!: string | null;
}

/** Who has answered, per context (see SurveyRespondentsService); never joined to a response. */
@Entity({ name: 'survey_respondents' })
export class SurveyRespondentEntity {
  @PrimaryColumn({ type: 'uuid' })
  surveyId!: string;

  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  /** '' (standalone), 'course:<id>' or 'webinar:<id>'. */
  @PrimaryColumn({ type: 'text' })
  contextKey!: string;
}

/**
 * survey_answers and survey_public_respondents are written and read with SQL (bulk inserts
 * in the response's transaction, aggregates in results/), so they have no entity; nor has
 * survey_reminders (reminders/ claims its rows in one INSERT ... ON CONFLICT statement).
 */
export const surveyEntities = [
  SurveyEntity,
  SurveyCourseEvaluationEntity,
  SurveyWebinarEvaluationEntity,
  SurveyResponseEntity,
  SurveyRespondentEntity,
];
