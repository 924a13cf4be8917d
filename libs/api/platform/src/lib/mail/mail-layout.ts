export interface MailContent {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** An inline image after the paragraphs (a ticket's QR code), attached by the sender with this `cid`. */
  image?: { cid: string; alt: string };
  closing: string[];
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** Plain text and simple, accessible HTML from the same content. */
export function renderMail(content: MailContent): { subject: string; text: string; html: string } {
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    ...content.closing,
  ].join('\n');

  const html = `<!doctype html>
<html><body style="font-family:Arial,Helvetica,sans-serif;color:#1f2933;line-height:1.5;max-width:560px;margin:auto;padding:24px">
<p style="font-size:18px;font-weight:bold;color:#0b5d57">Bina Pustaka</p>
<p>${escapeHtml(content.greeting)}</p>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${content.image ? `<p><img src="cid:${escapeHtml(content.image.cid)}" alt="${escapeHtml(content.image.alt)}" width="240" height="240"></p>` : ''}
${
  content.action
    ? `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:#0b5d57;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>
<p style="font-size:13px;color:#52606d">${escapeHtml(content.action.url)}</p>`
    : ''
}
<p>${content.closing.map(escapeHtml).join('<br>')}</p>
</body></html>`;

  return { subject: content.subject, text, html };
}
