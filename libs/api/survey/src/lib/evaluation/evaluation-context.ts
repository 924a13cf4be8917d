/**
 * The context keys of survey_respondents for an evaluation: who has answered a course's
 * evaluation is kept apart from who answered the same survey for another course or session.
 */
export const courseContextKey = (courseId: string) => `course:${courseId}`;
export const webinarContextKey = (sessionId: string) => `webinar:${sessionId}`;
