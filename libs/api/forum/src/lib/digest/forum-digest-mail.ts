import { translate } from '@bina-pustaka/api-platform';
import { formatDateTime } from '@bina-pustaka/shared-util';

export interface DigestPost {
  seq: number;
  author: string;
  createdAt: Date;
  /** Plain text (never the post's HTML); shortened here. */
  text: string;
}

export interface DigestThread {
  title: string;
  /** The thread page at its first new post. */
  url: string;
  posts: DigestPost[];
}

export interface DigestMailInput {
  name: string;
  timeZone: string;
  threads: DigestThread[];
  /** The signed page that turns the digest off. */
  unsubscribeUrl: string;
  settingsUrl: string;
}

const LOCALE = 'id';
const EXCERPT_MAX = 300;

/** Everything people wrote (names, titles, posts) is text here: escaped, never markup. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_MAX ? flat : `${flat.slice(0, EXCERPT_MAX - 1).trimEnd()}…`;
};

const t = (key: string, params?: Record<string, string | number>) => translate(LOCALE, `forum.digest.${key}`, params);

/** The digest as plain text and simple HTML, grouped by thread, in Bahasa Indonesia. */
export function renderDigestMail(input: DigestMailInput): { subject: string; text: string; html: string } {
  const count = input.threads.reduce((sum, thread) => sum + thread.posts.length, 0);
  const subject = t('subject', { count });
  const byline = (post: DigestPost) =>
    t('byline', { author: post.author, when: formatDateTime(post.createdAt, LOCALE, input.timeZone) });

  const text = [
    t('greeting', { name: input.name }),
    '',
    t('intro'),
    '',
    ...input.threads.flatMap((thread) => [
      `== ${thread.title} ==`,
      ...thread.posts.flatMap((post) => [byline(post), shorten(post.text), '']),
      `${t('open')}: ${thread.url}`,
      '',
    ]),
    t('why'),
    `${t('unsubscribe')}: ${input.unsubscribeUrl}`,
    `${t('settings')}: ${input.settingsUrl}`,
    '',
    'Salam,',
    'Bina Pustaka',
  ].join('\n');

  const threads = input.threads
    .map(
      (thread) => `<h2 style="font-size:16px;margin:24px 0 8px">${escapeHtml(thread.title)}</h2>
${thread.posts
  .map(
    (post) => `<p style="margin:0 0 4px;font-size:13px;color:#52606d">${escapeHtml(byline(post))}</p>
<p style="margin:0 0 12px">${escapeHtml(shorten(post.text))}</p>`,
  )
  .join('\n')}
<p><a href="${escapeHtml(thread.url)}" style="color:#0b5d57">${escapeHtml(t('open'))}</a></p>`,
    )
    .join('\n');

  const html = `<!doctype html>
<html lang="id"><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5;max-width:560px;margin:auto;padding:24px">
<p style="font-size:18px;font-weight:bold;color:#0b5d57">Bina Pustaka</p>
<p>${escapeHtml(t('greeting', { name: input.name }))}</p>
<p>${escapeHtml(t('intro'))}</p>
${threads}
<hr style="border:none;border-top:1px solid #d9e2ec;margin:24px 0">
<p style="font-size:13px;color:#52606d">${escapeHtml(t('why'))}
<a href="${escapeHtml(input.unsubscribeUrl)}" style="color:#0b5d57">${escapeHtml(t('unsubscribe'))}</a> ·
<a href="${escapeHtml(input.settingsUrl)}" style="color:#0b5d57">${escapeHtml(t('settings'))}</a></p>
<p>Salam,<br>Bina Pustaka</p>
</body></html>`;

  return { subject, text, html };
}
