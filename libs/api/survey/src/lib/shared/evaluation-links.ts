import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';

/** A course's or a webinar session's evaluation, as the answer form reads it from the query. */
export type EvaluationContext = { courseId: string } | { webinarSessionId: string };

/**
 * The answer form of an evaluation: the query files the answer under the course or the
 * session (and fills in its speakers). An app path, or a full URL for emails with `publicUrl`.
 */
export function evaluationLink(surveyId: string, context: EvaluationContext, publicUrl = ''): string {
  return `${publicUrl}${appLink(APP_PATHS.answerSurvey, { surveyId })}?${new URLSearchParams(context)}`;
}
