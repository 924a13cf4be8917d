/** One email, already rendered by the domain that sends it. */
export interface SendMailJob {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe for a digest (RFC 8058). */
  headers?: Record<string, string>;
}

export const SEND_MAIL_JOB = 'send-mail';
