import type { UserRef } from './learning.types';

export const QUESTION_TYPES = [
  'single-choice',
  'multiple-response',
  'true-false',
  'short-answer',
  'numeric',
  'matching',
  'ordering',
  'essay',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const GRADING_METHODS = ['highest', 'last', 'average'] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];

/** When the learner sees the review of a submitted attempt. */
export const REVIEW_TIMINGS = ['immediately', 'after-close', 'never'] as const;
export type ReviewTiming = (typeof REVIEW_TIMINGS)[number];

export const QUIZ_ROLES = ['none', 'pre-test', 'post-test'] as const;
export type QuizRole = (typeof QUIZ_ROLES)[number];

export const ATTEMPT_STATUSES = ['in-progress', 'submitted'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];

// ---- Authoring: the whole question, key included (trainers only) ----

interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  /** Shown with the review when the learner chose this option. */
  feedback: string | null;
}

interface MatchingPair {
  id: string;
  left: string;
  /** The id the learner picks for the right-hand side (not the pair's id, which would give it away). */
  rightId: string;
  right: string;
}

interface OrderingItem {
  id: string;
  text: string;
}

/** The type-specific part of a question: what is asked and how it is marked. */
export type QuestionBody =
  | { type: 'single-choice'; options: ChoiceOption[] }
  | { type: 'multiple-response'; options: ChoiceOption[]; partialCredit: boolean }
  | { type: 'true-false'; answer: boolean }
  | { type: 'short-answer'; acceptedAnswers: string[] }
  | { type: 'numeric'; answer: number; tolerance: number }
  | { type: 'matching'; pairs: MatchingPair[] }
  /** Items in their correct order. */
  | { type: 'ordering'; items: OrderingItem[] }
  | { type: 'essay'; rubric: string | null };

export interface QuestionFeedback {
  correct: string | null;
  incorrect: string | null;
  general: string | null;
}

export interface Question {
  id: string;
  courseId: string;
  categoryId: string | null;
  prompt: string;
  points: number;
  body: QuestionBody;
  feedback: QuestionFeedback;
  updatedAt: string;
}

export interface QuestionCategory {
  id: string;
  courseId: string;
  name: string;
  questionCount: number;
}

/** The documented import/export format: one file per course bank. */
export interface QuestionBankExport {
  format: 'bina-pustaka.question-bank';
  version: 1;
  categories: string[];
  questions: (Omit<Question, 'id' | 'courseId' | 'categoryId' | 'updatedAt'> & { category: string | null })[];
}

/** What an import added (all of the file, or nothing). */
export interface QuestionBankImportResult {
  imported: number;
}

// ---- Quizzes ----

export type QuizSelection =
  | { mode: 'fixed'; questionIds: string[] }
  | { mode: 'random'; rules: { categoryId: string; count: number }[] };

export interface ReviewPolicy {
  when: ReviewTiming;
  score: boolean;
  correctness: boolean;
  correctAnswers: boolean;
  feedback: boolean;
}

/**
 * Correct answers shown right after submitting, with another attempt to come, hand the key
 * to the next try: the api refuses such settings and the settings form explains why.
 * `attemptsAllowed` null means unlimited.
 */
export function revealsKeyBeforeRetry(review: ReviewPolicy, attemptsAllowed: number | null): boolean {
  return review.when === 'immediately' && review.correctAnswers && (attemptsAllowed === null || attemptsAllowed > 1);
}

export interface Quiz {
  id: string;
  courseId: string;
  moduleId: string;
  title: string;
  description: string;
  published: boolean;
  selection: QuizSelection;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  timeLimitMinutes: number | null;
  opensAt: string | null;
  closesAt: string | null;
  /** null: as many as the learner likes. */
  attemptsAllowed: number | null;
  gradingMethod: GradingMethod;
  /** Percent needed to pass. */
  passingScore: number;
  review: ReviewPolicy;
  role: QuizRole;
  requiredForCompletion: boolean;
}

export interface QuizOverride {
  quizId: string;
  user: UserRef;
  extraMinutes: number;
  extraAttempts: number;
  opensAt: string | null;
  closesAt: string | null;
}

// ---- Learners: nothing here carries a key, a correctness flag or a score unless the review allows ----

/** A question as a learner sees it while answering: no key, options in the attempt's order. */
export type LearnerQuestionBody =
  | { type: 'single-choice' | 'multiple-response'; options: { id: string; text: string }[] }
  | { type: 'true-false' }
  | { type: 'short-answer' }
  | { type: 'numeric' }
  | { type: 'matching'; prompts: { id: string; text: string }[]; choices: { id: string; text: string }[] }
  | { type: 'ordering'; items: { id: string; text: string }[] }
  | { type: 'essay' };

export type AnswerValue =
  | { type: 'single-choice'; optionId: string }
  | { type: 'multiple-response'; optionIds: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'short-answer'; text: string }
  | { type: 'numeric'; value: number }
  /** Prompt (pair) id -> chosen right-hand id. */
  | { type: 'matching'; matches: Record<string, string> }
  | { type: 'ordering'; order: string[] }
  | { type: 'essay'; text: string };

export interface AttemptQuestion {
  questionId: string;
  prompt: string;
  points: number;
  body: LearnerQuestionBody;
  answer: AnswerValue | null;
  /** The sequence of the saved answer, so a client knows which of its queued saves arrived. */
  answerSeq: number | null;
  /** Only what the review policy lets the learner see, once it lets them. */
  review?: AnswerReview;
}

export interface AnswerReview {
  correct?: boolean | null;
  points?: number | null;
  correctAnswer?: AnswerValue | null;
  feedback?: string[];
}

export interface LearnerQuizInfo {
  id: string;
  courseId: string;
  title: string;
  description: string;
  timeLimitMinutes: number | null;
  opensAt: string | null;
  closesAt: string | null;
  attemptsAllowed: number | null;
  attemptsUsed: number;
  passingScore: number;
  role: QuizRole;
  requiredForCompletion: boolean;
  inProgressAttemptId: string | null;
  attempts: AttemptSummary[];
}

export interface AttemptSummary {
  id: string;
  number: number;
  status: AttemptStatus;
  startedAt: string;
  submittedAt: string | null;
  /** Present only when the review policy shows scores (always to staff). */
  score?: number | null;
  passed?: boolean | null;
}

export interface AttemptView extends AttemptSummary {
  quizId: string;
  quizTitle: string;
  deadlineAt: string | null;
  /** Server time, so the visible timer does not trust the device clock. */
  serverNow: string;
  /** Whether the review (beyond the learner's own answers) is shown now. */
  reviewShown: boolean;
  questions: AttemptQuestion[];
}

export interface SavedAnswer {
  questionId: string;
  /** The sequence now stored: greater than the one sent when a newer save already arrived. */
  seq: number;
  savedAt: string;
}

// ---- Staff: grading and results ----

export interface StaffAttempt {
  id: string;
  quizId: string;
  learner: UserRef;
  number: number;
  status: AttemptStatus;
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  submittedBy: 'learner' | 'deadline' | null;
  score: number | null;
  passed: boolean | null;
  needsGrading: boolean;
}

export interface EssayToGrade {
  attemptId: string;
  questionId: string;
  learner: UserRef;
  prompt: string;
  rubric: string | null;
  text: string;
  maxPoints: number;
  submittedAt: string;
}

export interface QuizResults {
  quizId: string;
  learners: number;
  attempts: number;
  averageScore: number | null;
  passRate: number | null;
  /** Learners' quiz scores in 10-point bands: [0-10), [10-20) ... [90-100]. */
  distribution: number[];
  questions: QuestionResult[];
}

interface QuestionResult {
  questionId: string;
  prompt: string;
  type: QuestionType;
  answered: number;
  /** Mean fraction of the points earned (0..1): the item's facility. */
  difficulty: number | null;
  /** Upper-minus-lower 27% facility (-1..1). */
  discrimination: number | null;
}

export interface LearningGain {
  courseId: string;
  cohorts: {
    cohortId: string;
    learners: number;
    preAverage: number | null;
    postAverage: number | null;
    gain: number | null;
  }[];
}
