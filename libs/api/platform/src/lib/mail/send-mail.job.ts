/** A file sent with a mail (a ticket's QR code shown inline by `cid`, a calendar entry), base64 to travel as JSON. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
  encoding: 'base64';
  /** Set for an image the HTML shows inline (`<img src="cid:...">`). */
  cid?: string;
}

/** One email, already rendered by the domain that sends it. */
export interface SendMailJob {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe for a digest (RFC 8058). */
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
}

export const SEND_MAIL_JOB = 'send-mail';
