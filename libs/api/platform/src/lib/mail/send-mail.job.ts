/**
 * A file sent with a mail. Small ones travel in the job, base64 (a ticket's QR code shown
 * inline by `cid`, a calendar entry); a stored file (a guest's certificate PDF) travels as its
 * storage key and is read when the mail is sent, so the job in Redis never holds its bytes.
 */
export type MailAttachment = {
  filename: string;
  contentType: string;
  /** Set for an image the HTML shows inline (`<img src="cid:...">`). */
  cid?: string;
} & ({ content: string; encoding: 'base64' } | { storageKey: string });

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
