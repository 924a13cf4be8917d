import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  EssayToGrade,
  GradingMethod,
  LearningGain,
  Question,
  QuestionBankExport,
  QuestionCategory,
  QuestionFeedback,
  Quiz,
  QuizOverride,
  QuizResults,
  QuizRole,
  QuizSelection,
  ReviewPolicy,
  StaffAttempt,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { jsonErrorBody } from '../certificates/blob-error';
import { seg, toParams } from '../learning/query-params';

/**
 * createQuestionRequestSchema. Option, pair and item ids are optional: sent when editing so
 * saved answers still point at them.
 */
export interface QuestionBodyInput {
  categoryId?: string | null;
  prompt: string;
  points: number;
  body: QuestionBodyDraft;
  feedback: QuestionFeedback;
}

/** A question body as written: ids optional (new options have none yet). */
export type QuestionBodyDraft =
  | { type: 'single-choice'; options: OptionDraft[] }
  | { type: 'multiple-response'; options: OptionDraft[]; partialCredit: boolean }
  | { type: 'true-false'; answer: boolean }
  | { type: 'short-answer'; acceptedAnswers: string[] }
  | { type: 'numeric'; answer: number; tolerance: number }
  | { type: 'matching'; pairs: { id?: string; rightId?: string; left: string; right: string }[] }
  | { type: 'ordering'; items: { id?: string; text: string }[] }
  | { type: 'essay'; rubric: string | null };

export interface OptionDraft {
  id?: string;
  text: string;
  correct: boolean;
  feedback: string | null;
}

/** createQuizRequestSchema (every field given). */
export interface QuizBody {
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
  attemptsAllowed: number | null;
  gradingMethod: GradingMethod;
  passingScore: number;
  review: ReviewPolicy;
  role: QuizRole;
  requiredForCompletion: boolean;
}

/** quizOverrideRequestSchema: ISO date-times with their offset, null to keep the quiz's own. */
export interface QuizOverrideBody {
  extraMinutes: number;
  extraAttempts: number;
  opensAt: string | null;
  closesAt: string | null;
}

/** gradeEssayRequestSchema */
export interface GradeEssayBody {
  points: number;
  comment?: string | null;
}

/** Trainers, coordinators and admins: question banks, quizzes, grading and results. */
@Injectable({ providedIn: 'root' })
export class AssessmentApi {
  private readonly http = inject(HttpClient);

  categories(courseId: string): Observable<QuestionCategory[]> {
    return this.http.get<QuestionCategory[]>(`/api/courses/${seg(courseId)}/question-categories`);
  }

  /** 409 when the name is taken. */
  createCategory(courseId: string, name: string): Observable<QuestionCategory> {
    return this.http.post<QuestionCategory>(`/api/courses/${seg(courseId)}/question-categories`, { name });
  }

  questions(courseId: string, categoryId?: string): Observable<Question[]> {
    return this.http.get<Question[]>(`/api/courses/${seg(courseId)}/questions`, {
      params: toParams({ categoryId }),
    });
  }

  question(questionId: string): Observable<Question> {
    return this.http.get<Question>(`/api/questions/${seg(questionId)}`);
  }

  createQuestion(courseId: string, body: QuestionBodyInput): Observable<Question> {
    return this.http.post<Question>(`/api/courses/${seg(courseId)}/questions`, body);
  }

  /** Regrades submitted attempts that used the question. */
  updateQuestion(questionId: string, body: Partial<QuestionBodyInput>): Observable<Question> {
    return this.http.patch<Question>(`/api/questions/${seg(questionId)}`, body);
  }

  archiveQuestion(questionId: string): Observable<void> {
    return this.http.delete<void>(`/api/questions/${seg(questionId)}`);
  }

  /** The documented JSON format (see QuestionBankExport). */
  exportBank(courseId: string): Observable<QuestionBankExport> {
    return this.http.get<QuestionBankExport>(`/api/courses/${seg(courseId)}/questions/export`);
  }

  /**
   * Adds every question of the file, or none: a 400 names the bad fields
   * (`questions.3.body.options`), any other failure leaves the bank as it was.
   */
  importBank(courseId: string, file: unknown): Observable<{ imported: number }> {
    return this.http.post<{ imported: number }>(`/api/courses/${seg(courseId)}/questions/import`, file);
  }

  quizzes(courseId: string): Observable<Quiz[]> {
    return this.http.get<Quiz[]>(`/api/courses/${seg(courseId)}/quizzes`);
  }

  quiz(quizId: string): Observable<Quiz> {
    return this.http.get<Quiz>(`/api/quizzes/${seg(quizId)}`);
  }

  createQuiz(body: QuizBody): Observable<Quiz> {
    return this.http.post<Quiz>('/api/quizzes', body);
  }

  updateQuiz(quizId: string, body: Partial<Omit<QuizBody, 'moduleId'>>): Observable<Quiz> {
    return this.http.patch<Quiz>(`/api/quizzes/${seg(quizId)}`, body);
  }

  /** 409 once anyone has attempted the quiz (unpublish it instead). */
  deleteQuiz(quizId: string): Observable<void> {
    return this.http.delete<void>(`/api/quizzes/${seg(quizId)}`);
  }

  overrides(quizId: string): Observable<QuizOverride[]> {
    return this.http.get<QuizOverride[]>(`/api/quizzes/${seg(quizId)}/overrides`);
  }

  /** Sets (creates or replaces) one learner's exceptions. */
  setOverride(quizId: string, userId: string, body: QuizOverrideBody): Observable<QuizOverride> {
    return this.http.put<QuizOverride>(`/api/quizzes/${seg(quizId)}/overrides/${seg(userId)}`, body);
  }

  removeOverride(quizId: string, userId: string): Observable<void> {
    return this.http.delete<void>(`/api/quizzes/${seg(quizId)}/overrides/${seg(userId)}`);
  }

  /** Pre-test and post-test averages per cohort of the course. */
  learningGain(courseId: string): Observable<LearningGain> {
    return this.http.get<LearningGain>(`/api/courses/${seg(courseId)}/learning-gain`);
  }

  attempts(quizId: string): Observable<StaffAttempt[]> {
    return this.http.get<StaffAttempt[]>(`/api/quizzes/${seg(quizId)}/attempts`);
  }

  essays(quizId: string): Observable<EssayToGrade[]> {
    return this.http.get<EssayToGrade[]>(`/api/quizzes/${seg(quizId)}/essays`);
  }

  gradeEssay(attemptId: string, questionId: string, body: GradeEssayBody): Observable<StaffAttempt> {
    return this.http.put<StaffAttempt>(`/api/quiz-attempts/${seg(attemptId)}/answers/${seg(questionId)}/grade`, body);
  }

  results(quizId: string): Observable<QuizResults> {
    return this.http.get<QuizResults>(`/api/quizzes/${seg(quizId)}/results`);
  }

  resultsCsv(quizId: string): Observable<Blob> {
    return jsonErrorBody(this.http.get(`/api/quizzes/${seg(quizId)}/results.csv`, { responseType: 'blob' }));
  }
}
