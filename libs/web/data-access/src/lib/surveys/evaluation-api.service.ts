import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { SurveyStep, SurveySummary } from '@bina-pustaka/shared-contracts';
import { catchError, map, of, throwError, type Observable } from 'rxjs';
import { AuthStore } from '../auth.store';
import { seg } from '../learning/query-params';
import { SURVEY_BUILDER_ROLES } from '../roles';
import { SurveyBuildApi } from './survey-build-api.service';

/** A session's evaluation as its managers set it (webinarEvaluationRequestSchema). */
export interface WebinarEvaluationBody {
  surveyId: string;
  requiredForCertificate: boolean;
}

/** A survey one may choose as an evaluation. */
export interface EvaluationChoice {
  id: string;
  title: string;
}

/** The most surveys the choice lists (the api's page limit); the newest changed come first. */
const CHOICES_PAGE_SIZE = 100;

/**
 * Whether a survey may be chosen as an evaluation, as the api's attach check sees it
 * (evaluation-surveys.service `attachable`): a real survey (not a template) for signed-in
 * people, published (drafts cannot be answered yet) and not past its closing time.
 */
export function isEvaluationChoice(survey: SurveySummary, now = Date.now()): boolean {
  return (
    !survey.isTemplate &&
    survey.audience === 'signed-in' &&
    survey.status === 'published' &&
    (survey.closesAt === null || Date.parse(survey.closesAt) > now)
  );
}

/** The choices, with the survey asked for now kept among them even when it could not be chosen again. */
export function evaluationOptions(
  choices: readonly EvaluationChoice[],
  current: SurveyStep | null,
): EvaluationChoice[] {
  if (!current || choices.some((choice) => choice.id === current.surveyId)) return [...choices];
  return [{ id: current.surveyId, title: current.title }, ...choices];
}

/**
 * Choosing the evaluation survey of a course (its editors: required before the course
 * completes) or of a webinar session (its managers: offered when it ends, optionally
 * required for its certificate). The evaluation itself is read through SurveyAnswerApi
 * (`courseEvaluation`, `webinarEvaluation`; `noEvaluationOn404` turns "none" into null).
 */
@Injectable({ providedIn: 'root' })
export class EvaluationApi {
  private readonly http = inject(HttpClient);
  private readonly surveys = inject(SurveyBuildApi);
  private readonly auth = inject(AuthStore);

  /** Whether this person builds surveys (and so may make one to choose). */
  mayBuildSurveys(): boolean {
    return this.auth.hasAnyRole(SURVEY_BUILDER_ROLES);
  }

  /**
   * The surveys this person may choose (trainers: their own; coordinators and admins: all).
   * A session's host who builds no surveys has none to choose (and may not list them).
   */
  choices(): Observable<EvaluationChoice[]> {
    if (!this.mayBuildSurveys()) return of([]);
    return this.surveys
      .list({ status: 'published', templates: false, page: 1, pageSize: CHOICES_PAGE_SIZE })
      .pipe(
        map((page) =>
          page.items.filter((survey) => isEvaluationChoice(survey)).map(({ id, title }) => ({ id, title })),
        ),
      );
  }

  attachToCourse(courseId: string, surveyId: string): Observable<SurveyStep> {
    return this.http.put<SurveyStep>(this.courseUrl(courseId), { surveyId });
  }

  detachFromCourse(courseId: string): Observable<void> {
    return this.http.delete<void>(this.courseUrl(courseId));
  }

  attachToWebinar(sessionId: string, body: WebinarEvaluationBody): Observable<SurveyStep> {
    return this.http.put<SurveyStep>(this.webinarUrl(sessionId), body);
  }

  detachFromWebinar(sessionId: string): Observable<void> {
    return this.http.delete<void>(this.webinarUrl(sessionId));
  }

  private courseUrl(courseId: string): string {
    return `/api/courses/${seg(courseId)}/evaluation`;
  }

  private webinarUrl(sessionId: string): string {
    return `/api/webinars/${seg(sessionId)}/evaluation`;
  }
}

/** An evaluation step read from the api, or null when the course or session asks for none (404). */
export function noEvaluationOn404(call: Observable<SurveyStep>): Observable<SurveyStep | null> {
  return call.pipe(
    catchError((error: unknown) =>
      error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error),
    ),
  );
}
