/**
 * The context keys of survey_respondents: who has answered a course's or a webinar
 * session's evaluation is kept apart from who answered the same survey for another course
 * or session ('' for a survey answered on its own). Answering writes them, the evaluation
 * gates read them.
 */
export const courseContextKey = (courseId: string) => `course:${courseId}`;
export const webinarContextKey = (sessionId: string) => `webinar:${sessionId}`;
