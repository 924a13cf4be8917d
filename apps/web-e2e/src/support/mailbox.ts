import { addresses } from './browser';

interface Mail {
  to: string[];
  subject: string;
  text: string;
}

/** Reads the development mailbox of the running product until a mail to `to` arrives. */
export async function waitForMail(
  to: string,
  match: (mail: Mail) => boolean = () => true,
  timeoutMs = 15_000,
): Promise<Mail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mails = (await (await fetch(`${addresses().mailboxUrl}/messages.json`)).json()) as Mail[];
    const found = mails.find((mail) => mail.to.includes(to) && match(mail));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No mail to ${to} within ${timeoutMs} ms`);
}

/** The address a mail's button leads to, e.g. the /undangan#token=… link. */
export function linkTo(mail: Mail, path: string): string {
  const match = new RegExp(`https?://\\S+${path}#token=[A-Za-z0-9_-]+`).exec(mail.text);
  if (!match) throw new Error(`No ${path} link in "${mail.subject}"`);
  return match[0];
}
