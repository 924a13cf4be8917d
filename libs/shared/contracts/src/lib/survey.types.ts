import type { Page } from './common.types';
import type { UserRef } from './learning.types';

/**
 * Surveys (_survei_, issue 14): coordinators and trainers build questionnaires from
 * sections and questions; librarians answer a course's evaluation (the "survey" completion
 * condition) or a webinar session's; the public answers the satisfaction survey (_Survei
 * Kepuasan Masyarakat_) from a link or a QR poster without signing in. Results per question,
 * the IKM of PermenPANRB 14/2017, CSV and XLSX.
 *
 * A survey's questions live in one versioned definition (sections of questions). Question
 * and option ids are short keys chosen when built (`q1`, `u3`, `ya`) and kept by duplicating,
 * so surveys made from one template can be read together (a trainer's evaluations over all
 * their sessions).
 */
export const SURVEY_STATUSES = ['draft', 'published', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];

/** Who answers: signed-in people (evaluations of courses and webinars, internal surveys) or anyone (public, no sign-in). */
export const SURVEY_AUDIENCES = ['signed-in', 'public'] as const;
export type SurveyAudience = (typeof SURVEY_AUDIENCES)[number];

export const SURVEY_QUESTION_KINDS = [
  'likert',
  'rating',
  'single-choice',
  'multiple-choice',
  'matrix',
  'short-text',
  'long-text',
  'number',
  'date',
] as const;
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number];

/** The seeded templates, by key (a survey duplicated from one keeps its key). */
export const SURVEY_TEMPLATE_KEYS = ['evaluasi-penyelenggaraan', 'evaluasi-narasumber', 'survei-kepuasan'] as const;
export type SurveyTemplateKey = (typeof SURVEY_TEMPLATE_KEYS)[number];

/** The nine service elements (_unsur pelayanan_) of PermenPANRB 14/2017, U1..U9. */
export const IKM_ELEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'] as const;
export type IkmElement = (typeof IKM_ELEMENTS)[number];

/** The quality grade (_mutu pelayanan_) the IKM converts to. */
export const IKM_GRADES = ['A', 'B', 'C', 'D'] as const;
export type IkmGrade = (typeof IKM_GRADES)[number];

/** Anonymous surveys show no figure of a group smaller than this (a person could be recognised). */
export const SURVEY_MIN_GROUP_ANONYMOUS = 5;

/** The option id that means "Lainnya: ..." (free text) in a choice question that allows it. */
export const SURVEY_OTHER_OPTION = 'lainnya';

export const SURVEY_TITLE_MAX = 160;
export const SURVEY_TEXT_MAX = 2_000;
export const SURVEY_SECTIONS_MAX = 30;
export const SURVEY_QUESTIONS_MAX = 150;
export const SURVEY_OPTIONS_MAX = 30;
export const SURVEY_SHORT_ANSWER_MAX = 300;
export const SURVEY_LONG_ANSWER_MAX = 5_000;
/** Question, option and row ids: short keys, unique within their survey (question) or question (option, row). */
export const SURVEY_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** A Likert scale: 4 or 5 points, from the lowest (1) to the highest, each with its words. */
export interface SurveyScale {
  points: 4 | 5;
  /** One label per point, lowest first (e.g. "Tidak puas", "Kurang puas", "Puas", "Sangat puas"). */
  labels: string[];
}

export interface SurveyOption {
  id: string;
  label: string;
}

/** Show a question only when an earlier one was answered with this value. */
export interface SurveyShowWhen {
  questionId: string;
  /** An option id (choice questions: chosen), or a point/number as text ("4"). */
  equals: string;
}

interface SurveyQuestionBase {
  id: string;
  text: string;
  /** A short hint under the question (plain text). */
  help: string | null;
  required: boolean;
  showWhen: SurveyShowWhen | null;
}

export interface LikertQuestion extends SurveyQuestionBase {
  kind: 'likert';
  scale: SurveyScale;
  /** The service element this question measures, for the IKM (satisfaction surveys). */
  ikmElement: IkmElement | null;
}

/** 1 to 10. */
export interface RatingQuestion extends SurveyQuestionBase {
  kind: 'rating';
}

export interface ChoiceQuestion extends SurveyQuestionBase {
  kind: 'single-choice' | 'multiple-choice';
  options: SurveyOption[];
  /** Adds "Lainnya: ..." with free text (option id SURVEY_OTHER_OPTION). */
  allowOther: boolean;
}

/** Rows, each rated on one Likert scale. */
export interface MatrixQuestion extends SurveyQuestionBase {
  kind: 'matrix';
  rows: SurveyOption[];
  scale: SurveyScale;
}

export interface TextQuestion extends SurveyQuestionBase {
  kind: 'short-text' | 'long-text';
}

export interface NumberQuestion extends SurveyQuestionBase {
  kind: 'number';
  min: number | null;
  max: number | null;
  integer: boolean;
}

export interface DateQuestion extends SurveyQuestionBase {
  kind: 'date';
}

export type SurveyQuestion =
  | LikertQuestion
  | RatingQuestion
  | ChoiceQuestion
  | MatrixQuestion
  | TextQuestion
  | NumberQuestion
  | DateQuestion;

export interface SurveySection {
  id: string;
  title: string;
  /** Intro text shown above the section's questions (plain text). */
  intro: string | null;
  /**
   * Asked once per speaker (_narasumber_) of the course or webinar session the survey is
   * answered for, the speaker's name filled in (the "Evaluasi Narasumber" block).
   */
  perSpeaker: boolean;
  questions: SurveyQuestion[];
}

export interface SurveyDefinition {
  sections: SurveySection[];
}

/** What the viewer may do with a survey. */
export interface SurveyAbilities {
  /** Change wording, settings and (while it has no responses) questions; publish, close. */
  manage: boolean;
  /** Read results and download exports. */
  readResults: boolean;
}

export interface SurveySummary {
  id: string;
  title: string;
  status: SurveyStatus;
  audience: SurveyAudience;
  anonymous: boolean;
  templateKey: SurveyTemplateKey | null;
  isTemplate: boolean;
  responseCount: number;
  opensAt: string | null;
  closesAt: string | null;
  createdBy: UserRef | null;
  updatedAt: string;
}

export type SurveySummaryPage = Page<SurveySummary>;

export interface SurveyDetail extends SurveySummary {
  description: string;
  definition: SurveyDefinition;
  /** Public surveys: the link's key (APP_PATHS.publicSurvey); null for signed-in surveys. */
  publicSlug: string | null;
  /** The most responses it takes (null: no limit). */
  responseLimit: number | null;
  /** Once it has responses, only wording may change (texts, labels, help), so results stay comparable. */
  wordingOnly: boolean;
  /** The courses that ask for it as their evaluation (the "survey" completion condition). */
  courses: { id: string; title: string }[];
  /** The webinar sessions that offer it as their evaluation. */
  webinarSessions: { id: string; title: string; requiredForCertificate: boolean }[];
  may: SurveyAbilities;
}

// ---- Answering ----

/** Where an answer is given: it fills in the speakers and files the response for the filters. */
export interface SurveyContext {
  courseId: string | null;
  webinarSessionId: string | null;
}

/** A per-speaker section, expanded for one speaker of the context. */
export interface SurveyFormSection extends SurveySection {
  /** The speaker this block asks about (perSpeaker sections only). */
  speaker: UserRef | null;
}

/** What a respondent is shown: the survey as they fill it in. */
export interface SurveyForm {
  surveyId: string;
  title: string;
  description: string;
  /** Named surveys say, before the first question, that answers carry the respondent's name. */
  anonymous: boolean;
  audience: SurveyAudience;
  closesAt: string | null;
  sections: SurveyFormSection[];
  /** Whether this person (or, public: this browser) has already answered in this context. */
  answered: boolean;
  /** Why it cannot be answered now (null: it can). */
  closedReason: 'not-open' | 'closed' | 'limit-reached' | null;
}

/**
 * One answer. Which field carries it depends on the question: `number` (likert point 1..n,
 * rating 1..10, number), `choices` (option ids; single choice: exactly one), `text` (short
 * and long text, and the "Lainnya" text with the SURVEY_OTHER_OPTION choice), `rows`
 * (matrix: row id -> point), `date` (YYYY-MM-DD).
 */
export interface SurveyAnswerInput {
  questionId: string;
  /** The speaker a per-speaker section's answer is about. */
  speakerId?: string;
  number?: number;
  choices?: string[];
  text?: string;
  rows?: Record<string, number>;
  date?: string;
}

export interface SurveySubmission {
  answers: SurveyAnswerInput[];
  context?: Partial<SurveyContext>;
}

/** A public submission: the browser's own random id (one response per browser) and a honeypot left empty by people. */
export interface PublicSurveySubmission extends SurveySubmission {
  browserId: string;
  website?: string;
}

export interface SurveySubmitted {
  message: string;
}

/** The evaluation step of a course or webinar session, as the learner sees it. */
export interface SurveyStep {
  surveyId: string;
  title: string;
  answered: boolean;
  /** Must be answered before the course completes (or before the session's certificate). */
  required: boolean;
}

// ---- Results ----

export interface SurveyResultsFilter {
  courseId?: string;
  cohortId?: string;
  webinarSessionId?: string;
  institutionId?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  speakerId?: string;
}

export interface SurveyCount {
  /** Option id, point ("1".."10") or row id. */
  key: string;
  label: string;
  count: number;
}

export interface SurveyQuestionResult {
  questionId: string;
  kind: SurveyQuestionKind;
  text: string;
  sectionTitle: string;
  /** The speaker of a per-speaker section's block (null: not per speaker). */
  speaker: UserRef | null;
  answered: number;
  /** Choices and points: how many chose each (likert, rating, choices). */
  counts: SurveyCount[];
  /** Likert, rating, number: the mean (null when none answered). */
  mean: number | null;
  /** Matrix: per row, its counts and mean. */
  rows: { rowId: string; label: string; counts: SurveyCount[]; mean: number | null }[];
  /** Text answers and "Lainnya" texts, newest first for named surveys, shuffled for anonymous ones. */
  texts: string[];
}

export interface SurveyResults {
  surveyId: string;
  title: string;
  anonymous: boolean;
  responseCount: number;
  /** An anonymous survey's group smaller than SURVEY_MIN_GROUP_ANONYMOUS: no figures at all. */
  suppressed: boolean;
  questions: SurveyQuestionResult[];
}

export interface IkmElementResult {
  element: IkmElement;
  questionText: string;
  answered: number;
  /** Mean on the 1..4 scale (_NRR per unsur_). */
  mean: number | null;
}

export interface IkmPeriodResult {
  /** YYYY-MM (month) or YYYY (year). */
  period: string;
  responseCount: number;
  elements: IkmElementResult[];
  /** Weighted mean of the elements' means (each weight 1/9), 1..4 (null: too few). */
  weightedMean: number | null;
  /** The index, 25..100 (weightedMean x 25). */
  ikm: number | null;
  grade: IkmGrade | null;
}

export interface IkmReport {
  surveyId: string;
  periods: IkmPeriodResult[];
  overall: IkmPeriodResult;
}

/** Trainer evaluations rolled up per speaker over every survey and session they were evaluated in. */
export interface SpeakerEvaluation {
  speaker: UserRef;
  sessions: number;
  responses: number;
  /** Mean of their Likert and rating answers as a percentage of each scale's top (0..100). */
  score: number | null;
  questions: { questionId: string; text: string; mean: number | null; answered: number }[];
}

/** One group's reaction to a course (its evaluation survey): a cohort, or the whole course. */
export interface CourseReactionGroup {
  /** null: the course as a whole (`overall`), or responses filed under no cohort. */
  cohortId: string | null;
  /** The cohort's name; '' when there is none (the whole course, or no cohort). */
  cohortName: string;
  /** Responses to the course's evaluation survey in this group. */
  respondents: number;
  /**
   * 0..100, to one decimal: each response's score is the mean of point / points x 100 over
   * its Likert and matrix answers (speaker blocks included; on a 4-point scale 4 -> 100,
   * 1 -> 25, the IKM's 25..100 conversion), and the group's the mean of its responses'
   * scores. null when no response has such an answer, or the group is hidden.
   */
  reactionScore: number | null;
  /** An anonymous survey's group smaller than SURVEY_MIN_GROUP_ANONYMOUS: no score shown. */
  hidden: boolean;
}

/** Reaction (Kirkpatrick level 1: the evaluation survey) of a course, per cohort, beside its learning gain. */
export interface CourseReaction {
  courseId: string;
  /** The course's evaluation survey; null when it asks for none (then no cohorts). */
  surveyId: string | null;
  surveyTitle: string | null;
  cohorts: CourseReactionGroup[];
  overall: CourseReactionGroup;
}
