import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  PublicSurveySubmission,
  SurveyContext,
  SurveyForm,
  SurveyStep,
  SurveySubmission,
  SurveySubmitted,
} from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { seg, toParams } from '../learning/query-params';

/**
 * Answering surveys: a signed-in person's form (an evaluation in the context of a course or
 * a webinar session, or a standalone survey), the public form behind a link or QR poster
 * (no sign-in), and the evaluation step a course player or webinar page offers.
 */
@Injectable({ providedIn: 'root' })
export class SurveyAnswerApi {
  private readonly http = inject(HttpClient);

  /** The form as this person fills it in; managers may preview a draft. */
  form(surveyId: string, context: Partial<SurveyContext> = {}): Observable<SurveyForm> {
    return this.http.get<SurveyForm>(`/api/surveys/${seg(surveyId)}/form`, { params: toParams(context) });
  }

  submit(surveyId: string, submission: SurveySubmission): Observable<SurveySubmitted> {
    return this.http.post<SurveySubmitted>(`/api/surveys/${seg(surveyId)}/responses`, submission);
  }

  publicForm(slug: string): Observable<SurveyForm> {
    return this.http.get<SurveyForm>(`/api/public/surveys/${seg(slug)}`);
  }

  publicSubmit(slug: string, submission: PublicSurveySubmission): Observable<SurveySubmitted> {
    return this.http.post<SurveySubmitted>(`/api/public/surveys/${seg(slug)}/responses`, submission);
  }

  /** The course's evaluation as its learner sees it (404 when the course asks for none). */
  courseEvaluation(courseId: string): Observable<SurveyStep> {
    return this.http.get<SurveyStep>(`/api/courses/${seg(courseId)}/evaluation`);
  }

  /** The webinar session's evaluation for someone who attended or registered (404 when none). */
  webinarEvaluation(sessionId: string): Observable<SurveyStep> {
    return this.http.get<SurveyStep>(`/api/webinars/${seg(sessionId)}/evaluation`);
  }
}
