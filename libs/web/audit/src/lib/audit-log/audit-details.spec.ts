import type { AuditEntry } from '@bina-pustaka/shared-contracts';
import { detailsLine, type Translate } from './audit-details';

/** Shows the key and its params, so each case reads what it was given. */
const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

const entry = (action: AuditEntry['action'], details: object): AuditEntry =>
  ({
    id: 'e1',
    occurredAt: '2026-11-25T07:00:00Z',
    actor: null,
    action,
    subject: { type: 'user', id: 'u1', label: 'Dewi Lestari' },
    details,
    ip: null,
    userAgent: null,
  }) as AuditEntry;

describe('detailsLine', () => {
  it('names the roles before and after a change', () => {
    expect(detailsLine(entry('user.role.changed', { before: ['learner'], after: ['learner', 'trainer'] }), t)).toBe(
      'audit.log.details.roles {"before":"roles.learner","after":"roles.learner, roles.trainer"}',
    );
  });

  it('says nothing more for disabling and enabling', () => {
    expect(detailsLine(entry('user.disabled', {}), t)).toBe('');
    expect(detailsLine(entry('user.enabled', {}), t)).toBe('');
  });

  it('words template changes, a default made on the way, and a course back on the default', () => {
    expect(detailsLine(entry('certificate.template.changed', { change: 'updated', name: 'Templat A' }), t)).toBe(
      'audit.log.details.template {"change":"audit.log.templateChange.updated","name":"Templat A"}',
    );
    expect(
      detailsLine(entry('certificate.template.changed', { change: 'updated', name: 'A', madeDefault: true }), t),
    ).toContain('audit.log.details.templateMadeDefault');
    expect(detailsLine(entry('certificate.template.changed', { change: 'assigned', courseId: 'c1' }), t)).toBe(
      'audit.log.details.templateBackToDefault',
    );
  });

  it('counts a bulk issue and an export, with the year of a JP ledger', () => {
    expect(
      detailsLine(
        entry('certificate.bulk_issued', {
          source: 'csv',
          role: 'panitia',
          subjectKind: 'course',
          subjectId: 'c1',
          requested: 3,
          queued: 2,
          alreadyHeld: 1,
        }),
        t,
      ),
    ).toBe(
      'audit.log.details.bulk {"role":"audit.log.certificateRole.panitia","source":"audit.log.bulkSource.csv","requested":3,"queued":2,"alreadyHeld":1}',
    );
    expect(detailsLine(entry('export.personal_data', { report: 'quiz-results', rows: 12 }), t)).toBe(
      'audit.log.details.export {"report":"audit.log.report.quiz-results","rows":12}',
    );
    expect(detailsLine(entry('export.personal_data', { report: 'jp-ledger', rows: 4, year: 2026 }), t)).toContain(
      'audit.log.details.exportYear',
    );
  });

  it("names the focus group and the person's role there, before and after a change", () => {
    const group = { groupId: 'g1', topic: 'Layanan referensi daring' };
    expect(detailsLine(entry('focus-group.person.added', { ...group, role: 'member' }), t)).toBe(
      'audit.log.details.focusGroup {"role":"audit.log.focusGroupRole.member","topic":"Layanan referensi daring"}',
    );
    expect(detailsLine(entry('focus-group.person.removed', { ...group, role: 'facilitator' }), t)).toContain(
      'audit.log.focusGroupRole.facilitator',
    );
    expect(
      detailsLine(entry('focus-group.role.changed', { ...group, before: 'member', after: 'facilitator' }), t),
    ).toBe(
      'audit.log.details.focusGroupRole {"before":"audit.log.focusGroupRole.member","after":"audit.log.focusGroupRole.facilitator","topic":"Layanan referensi daring"}',
    );
  });

  it('says whom a survey is for, the template it copies, and its status before and after', () => {
    expect(detailsLine(entry('survey.created', { audience: 'public', templateKey: null }), t)).toBe(
      'audit.log.details.surveyCreated {"audience":"audit.log.surveyAudience.public"}',
    );
    expect(detailsLine(entry('survey.created', { audience: 'signed-in', templateKey: 'evaluasi-narasumber' }), t)).toBe(
      'audit.log.details.surveyCopied {"audience":"audit.log.surveyAudience.signed-in","template":"audit.log.surveyTemplate.evaluasi-narasumber"}',
    );
    expect(detailsLine(entry('survey.status.changed', { before: 'closed', after: 'published' }), t)).toBe(
      'audit.log.details.surveyStatus {"before":"audit.log.surveyStatus.closed","after":"audit.log.surveyStatus.published"}',
    );
    expect(detailsLine(entry('survey.deleted', {}), t)).toBe('');
  });
});
