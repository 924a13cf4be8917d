/** One email, already rendered by the domain that sends it. */
export interface SendMailJob {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export const SEND_MAIL_JOB = 'send-mail';
