import { createRequire } from 'node:module';
import { Injectable } from '@nestjs/common';
// Type-only: names the font package so the apps' pruned package.json lists it.
import type {} from '@expo-google-fonts/noto-sans';
import type { FocusGroupDetail } from '@bina-pustaka/shared-contracts';
import { formatDate, formatDateTime } from '@bina-pustaka/shared-util';
import PDFDocument from 'pdfkit';
import sanitizeHtml from 'sanitize-html';

// Node's own resolver, not the bundler's: the fonts are files of npm packages, read at run time.
const nodeRequire = createRequire(__filename);
const FONTS = {
  regular: () => nodeRequire.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  semibold: () => nodeRequire.resolve('@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf'),
};

const ROLE = { facilitator: 'Fasilitator', member: 'Anggota' } as const;
const STATUS = { open: 'Terbuka', 'in-progress': 'Dikerjakan', done: 'Selesai', cancelled: 'Dibatalkan' } as const;

/** Sanitized HTML back to plain text (the PDF draws people's text as text, never as markup). */
function plainText(html: string): string {
  const blocks = html.replace(/<\/(p|li|h[2-4]|blockquote|pre|tr)>/g, '$&\n').replace(/<br\s*\/?>/g, '\n');
  return sanitizeHtml(blocks, { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The group's summary for the library's report, in Indonesian: purpose, people, sessions,
 * findings, action items and each session's notes. Everything people wrote is drawn with
 * pdfkit's text(), so nothing in it is interpreted.
 */
@Injectable()
export class FocusGroupPdfService {
  async render(group: FocusGroupDetail): Promise<Buffer> {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: group.topic, Author: 'Bina Pustaka' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
    doc.registerFont('regular', FONTS.regular());
    doc.registerFont('semibold', FONTS.semibold());
    const heading = (text: string) => doc.moveDown(0.8).font('semibold').fontSize(13).text(text).moveDown(0.3);
    const body = (text: string) => doc.font('regular').fontSize(10.5).text(text, { paragraphGap: 4 });

    doc.font('semibold').fontSize(18).text(group.topic);
    body(`Diskusi Fokus · dibuat ${formatDate(group.createdAt)} oleh ${group.createdBy.fullName}`);
    heading('Tujuan');
    body(group.purpose);

    const members = group.people.filter((person) => person.role === 'member').length;
    heading(`Peserta (${members} anggota)`);
    for (const person of group.people) body(`${person.user.fullName} — ${ROLE[person.role]}`);

    heading('Sesi');
    if (group.sessions.length === 0) body('Belum ada sesi.');
    for (const session of group.sessions) {
      const place = session.mode === 'online' ? 'daring' : (session.location ?? 'luring');
      const state = session.cancelled ? ' (dibatalkan)' : '';
      body(`${formatDateTime(session.startsAt, 'id', session.timeZone)} · ${session.title} · ${place}${state}`);
    }

    heading('Temuan');
    if (group.findings.length === 0) body('Belum ada temuan.');
    for (const finding of group.findings)
      body(`[${finding.tag}] ${finding.challenge} (${finding.raisedByCount} anggota)`);

    heading('Tindak lanjut');
    if (group.actionItems.length === 0) body('Belum ada tindak lanjut.');
    for (const item of group.actionItems) {
      const overdue = item.overdue ? ', lewat tenggat' : '';
      body(
        `${item.what} — ${item.owner.fullName}, tenggat ${formatDate(item.dueOn)}, ${STATUS[item.status]}${overdue}`,
      );
    }

    for (const session of group.sessions.filter((each) => each.notesHtml)) {
      heading(`Notulen: ${session.title}`);
      body(plainText(session.notesHtml));
    }
    doc.end();
    return done;
  }
}
