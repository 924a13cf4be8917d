import type { AuditEntry } from '@bina-pustaka/shared-contracts';

/** Transloco's translate, as the template's `t` hands it over. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** One line saying what changed, in the reader's language; empty when the action says it all. */
export function detailsLine(entry: AuditEntry, t: Translate): string {
  switch (entry.action) {
    case 'user.role.changed': {
      const { before, after } = entry.details;
      const roles = (list: readonly string[]) => list.map((role) => t('roles.' + role)).join(', ');
      return t('audit.log.details.roles', { before: roles(before), after: roles(after) });
    }
    case 'user.disabled':
    case 'user.enabled':
    case 'user.deleted':
      return '';
    case 'certificate.revoked': {
      const { number, reason } = entry.details;
      return t('audit.log.details.revoked', { number, reason });
    }
    case 'certificate.reissued': {
      const { number, newNumber, reason } = entry.details;
      return t('audit.log.details.reissued', { number, newNumber, reason });
    }
    case 'certificate.template.changed': {
      const { change, name, madeDefault } = entry.details;
      if (name === undefined) return t('audit.log.details.templateBackToDefault');
      const what = t('audit.log.templateChange.' + change);
      return t(madeDefault ? 'audit.log.details.templateMadeDefault' : 'audit.log.details.template', {
        change: what,
        name,
      });
    }
    case 'certificate.bulk_issued': {
      const { role, source, requested, queued, alreadyHeld } = entry.details;
      return t('audit.log.details.bulk', {
        role: t('audit.log.certificateRole.' + role),
        source: t('audit.log.bulkSource.' + source),
        requested,
        queued,
        alreadyHeld,
      });
    }
    case 'export.personal_data': {
      const { report, rows, year } = entry.details;
      const name = t('audit.log.report.' + report);
      return year === undefined
        ? t('audit.log.details.export', { report: name, rows })
        : t('audit.log.details.exportYear', { report: name, rows, year });
    }
    case 'focus-group.person.added':
    case 'focus-group.person.removed': {
      const { role, topic } = entry.details;
      return t('audit.log.details.focusGroup', { role: t('audit.log.focusGroupRole.' + role), topic });
    }
    case 'focus-group.role.changed': {
      const { before, after, topic } = entry.details;
      return t('audit.log.details.focusGroupRole', {
        before: t('audit.log.focusGroupRole.' + before),
        after: t('audit.log.focusGroupRole.' + after),
        topic,
      });
    }
    case 'survey.created': {
      const { audience, templateKey } = entry.details;
      const whom = t('audit.log.surveyAudience.' + audience);
      return templateKey
        ? t('audit.log.details.surveyCopied', {
            audience: whom,
            template: t('audit.log.surveyTemplate.' + templateKey),
          })
        : t('audit.log.details.surveyCreated', { audience: whom });
    }
    case 'survey.status.changed': {
      const { before, after } = entry.details;
      return t('audit.log.details.surveyStatus', {
        before: t('audit.log.surveyStatus.' + before),
        after: t('audit.log.surveyStatus.' + after),
      });
    }
    case 'survey.deleted':
      return '';
  }
}
