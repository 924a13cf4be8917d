import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AnswerValue, AttemptView, LearnerQuizInfo, SavedAnswer } from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { seg } from '../learning/query-params';

/** An enrolled learner: the course's quizzes, attempts, autosaved answers and the review. */
@Injectable({ providedIn: 'root' })
export class QuizTakingApi {
  private readonly http = inject(HttpClient);

  courseQuizzes(courseId: string): Observable<LearnerQuizInfo[]> {
    return this.http.get<LearnerQuizInfo[]>(`/api/learn/courses/${seg(courseId)}/quizzes`);
  }

  quiz(quizId: string): Observable<LearnerQuizInfo> {
    return this.http.get<LearnerQuizInfo>(`/api/learn/quizzes/${seg(quizId)}`);
  }

  /** Starts an attempt, or resumes the one in progress. */
  start(quizId: string): Observable<AttemptView> {
    return this.http.post<AttemptView>(`/api/learn/quizzes/${seg(quizId)}/attempts`, null);
  }

  attempt(attemptId: string): Observable<AttemptView> {
    return this.http.get<AttemptView>(`/api/quiz-attempts/${seg(attemptId)}`);
  }

  /** Idempotent: a save with a lower `seq` than the stored one changes nothing. 409 once finalised. */
  saveAnswer(attemptId: string, questionId: string, answer: AnswerValue, seq: number): Observable<SavedAnswer> {
    return this.http.put<SavedAnswer>(`/api/quiz-attempts/${seg(attemptId)}/answers/${seg(questionId)}`, {
      answer,
      seq,
    });
  }

  submit(attemptId: string): Observable<AttemptView> {
    return this.http.post<AttemptView>(`/api/quiz-attempts/${seg(attemptId)}/submit`, null);
  }
}
