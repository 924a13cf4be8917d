export const SURVEY_REMINDER_JOB = 'survey-reminders';

/** Every day at 02.00 UTC, which is 09.00 WIB: the day's evaluation reminders. */
export const SURVEY_REMINDER_PATTERN = '0 2 * * *';

export interface SurveyReminderJob {
  /** The moment to remind for (ISO); the scheduler's runs leave it out and use their planned time. */
  at?: string;
}
