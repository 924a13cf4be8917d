export const WEBINAR_REMINDER_JOB = 'webinar-reminder';

/** How long before the start a reminder goes out. */
export const REMINDER_LEADS = { '24h': 24 * 60 * 60_000, '15m': 15 * 60_000 } as const;
export type ReminderLead = keyof typeof REMINDER_LEADS;

export interface WebinarReminderJob {
  sessionId: string;
  /** The start the reminder was planned for: a rescheduled session ignores the old ones. */
  startsAt: string;
  lead: ReminderLead;
}
