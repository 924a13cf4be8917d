import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Header lines by lower-case name, unfolded (e.g. `list-unsubscribe`). */
  headers: Record<string, string>;
  /** Attached files (an inline image has its `cid`). */
  attachments: { filename: string; contentType: string; cid: string | null; content: Buffer }[];
  receivedAt: Date;
}

/**
 * A real SMTP server on loopback that keeps what it receives: tests and the development
 * start script point SMTP_URL at it, so mail takes the same road as in production.
 */
export class Mailbox {
  readonly messages: ReceivedMail[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          const to = (Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []).flatMap((group) =>
            group.value.map((address) => (address.address ?? '').toLowerCase()),
          );
          this.messages.push({
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers: Object.fromEntries(
              parsed.headerLines.map(({ key, line }) => [
                key,
                line
                  .slice(line.indexOf(':') + 1)
                  .replace(/\r?\n\s+/g, ' ')
                  .trim(),
              ]),
            ),
            attachments: parsed.attachments.map((file) => ({
              filename: file.filename ?? '',
              contentType: file.contentType,
              cid: file.cid ?? null,
              content: file.content,
            })),
            receivedAt: new Date(),
          });
          this.waiters.forEach((wake) => wake());
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });

  async start(port = 0, host = '127.0.0.1'): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    return (this.server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The first mail to this address (received or yet to come) that matches. */
  async waitFor(
    to: string,
    match: (mail: ReceivedMail) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<ReceivedMail> {
    const find = () => this.messages.find((mail) => mail.to.includes(to.toLowerCase()) && match(mail));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`No mail to ${to} within ${timeoutMs} ms (got ${this.messages.length} other mails)`);
      await new Promise<void>((resolve) => {
        const wake = () => {
          this.waiters.delete(wake);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.waiters.add(wake);
      });
    }
  }
}

/** The one-time link in a mail, e.g. `/undangan#token=…`, and its token. */
export function linkIn(mail: ReceivedMail, path: string): { url: string; token: string } {
  const match = new RegExp(`https?://[^\\s"<]+${path.replace(/[/]/g, '\\/')}#token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match) throw new Error(`No ${path} link in the mail "${mail.subject}"`);
  return { url: match[0], token: match[1] };
}
