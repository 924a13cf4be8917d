import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ASSESSMENT_SCOPE, REVIEW_PARTS, SAVE_STATES, SELECTION_MODES } from '@bina-pustaka/web-assessment';
import { AUDIT_SCOPE } from '@bina-pustaka/web-audit';
import { FOCUS_GROUP_SCOPE, PEOPLE_FIELDS, ZONE_KEYS } from '@bina-pustaka/web-focus-group';
import { SURVEY_EXPORT_FORMATS } from '@bina-pustaka/web-data-access/surveys';
import { BUILD_LIST_TABS, IKM_PERIODS_BY, LIKERT_PRESET_KEYS, SURVEY_SCOPE } from '@bina-pustaka/web-survey';
import {
  EVENT_DOOR_SCOPE,
  EVENT_MANAGE_SCOPE,
  EVENTS_SCOPE,
  MANAGE_CONFIRM_WORDS,
  ZONE_ABBREVIATIONS,
} from '@bina-pustaka/web-event';
import { EVENT_CERTIFICATE_ROLES } from '@bina-pustaka/web-data-access/events';
import { FORUM_SCOPE, MODERATION_DIALOGS, MODERATION_NOTICES } from '@bina-pustaka/web-forum';
import {
  CERTIFICATES_SCOPE,
  CERTIFICATE_DIALOG_ACTIONS,
  ISSUE_MODES,
  MANAGE_CERTIFICATE_SECTIONS,
  TEMPLATE_TEXT_FIELDS,
  VERIFICATION_VERDICTS,
} from '@bina-pustaka/web-certificates';
import { INVITATION_STATUSES, LANGUAGES, ROLES, USER_STATUSES } from '@bina-pustaka/web-data-access';
import {
  CERTIFICATE_ORIENTATIONS,
  CERTIFICATE_PLACEHOLDERS,
  CERTIFICATE_QR_POSITIONS,
  CERTIFICATE_ROLES,
  CERTIFICATE_STATUSES,
} from '@bina-pustaka/web-data-access/certificates';
import { GRADING_METHODS, QUESTION_TYPES, QUIZ_ROLES, REVIEW_TIMINGS } from '@bina-pustaka/web-data-access/assessment';
import {
  COURSE_CATEGORIES,
  COURSE_STATUSES,
  ENROLMENT_STATUSES,
  LESSON_KINDS,
  LESSON_PROGRESS_STATES,
  MATERIAL_KINDS,
  SELF_ENROLMENT_MODES,
} from '@bina-pustaka/web-data-access/learning';
import { IDENTITY_SCOPE } from '@bina-pustaka/web-identity';
import {
  CATALOG_ENROLMENT_FILTERS,
  COHORT_MOMENTS,
  EDITOR_SECTIONS,
  ENROLMENT_DIALOG_ACTIONS,
  LEARNING_SCOPE,
  LEDGER_SOURCES,
} from '@bina-pustaka/web-learning';
import {
  AUDIT_ACTIONS,
  AUDIT_BULK_SOURCES,
  AUDIT_EXPORT_REPORTS,
  AUDIT_SUBJECT_TYPES,
  AUDIT_TEMPLATE_CHANGES,
  CERTIFICATE_HOLDER_ROLES,
  CERTIFICATE_SUBJECT_KINDS,
  LEARNING_RECORD_KINDS,
  FORUM_DIGEST_TIME_ZONES,
  INSTITUTION_KINDS,
  EVENT_LIVE_SOCKET_NAMES,
  FORUM_LIVE_SOCKET_NAMES,
  FORUM_MODERATION_ACTIONS,
  FORUM_REPORT_REASONS,
  NOTIFICATION_KINDS,
  THREAD_KINDS,
  ACTION_ITEM_STATUSES,
  FOCUS_GROUP_ROLES,
  FOCUS_GROUP_SESSION_MODES,
  FOCUS_GROUP_STATUSES,
  IKM_ELEMENTS,
  IKM_GRADES,
  SURVEY_AUDIENCES,
  SURVEY_QUESTION_KINDS,
  SURVEY_STATUSES,
  SURVEY_TEMPLATE_KEYS,
  EVENT_FORMATS,
  EVENT_KINDS,
  EVENT_PERSON_ROLES,
  EVENT_REGISTRATION_STATES,
  EVENT_REGISTRATION_STATUSES,
  EVENT_QUESTION_KINDS,
  EVENT_STATUSES,
} from '@bina-pustaka/shared-contracts';
import { UPLOAD_FIELD_WORDS } from '@bina-pustaka/web-ui';
import { NAV_ENTRIES } from '../app/shell/navigation';

/**
 * The main translations (the shell and the first screens: `apps/web/src/i18n`) and each
 * feature's lazy scope (`libs/web/<feature>/src/lib/i18n`, its keys read as `<scope>.…`):
 * both languages carry the same keys in each, and every key the code uses exists where
 * that code can reach it. Sources are scanned as text: templates (`t('…')`,
 * `'…' | transloco`, `transloco="…"`), TypeScript (`translate('…')`, route `title: '…'`,
 * and any literal shaped like a key of a known namespace, which catches keys in ternaries
 * and lookup tables). The webinar scope has its own spec (libs/web/webinar).
 */
const WORKSPACE = join(__dirname, '../../../..');
/** Each lazy scope: its name (its keys are `<name>.…`), its files, and the code that runs under it. */
const SCOPES: { name: string; dir: string; code: string }[] = [
  { name: 'home', dir: 'apps/web/src/i18n/home', code: 'apps/web/src/app/home/' },
  { name: 'notifications', dir: 'apps/web/src/i18n/notifications', code: 'apps/web/src/app/notifications/' },
  { name: 'manage', dir: 'apps/web/src/i18n/manage', code: 'apps/web/src/app/manage/' },
  ...[IDENTITY_SCOPE, LEARNING_SCOPE, CERTIFICATES_SCOPE, ASSESSMENT_SCOPE, AUDIT_SCOPE, FORUM_SCOPE].map((name) => ({
    name,
    dir: `libs/web/${name}/src/lib/i18n`,
    code: `libs/web/${name}/src/`,
  })),
  { name: FOCUS_GROUP_SCOPE, dir: 'libs/web/focus-group/src/lib/i18n', code: 'libs/web/focus-group/src/' },
  { name: SURVEY_SCOPE, dir: 'libs/web/survey/src/lib/i18n', code: 'libs/web/survey/src/' },
  ...[
    { name: EVENTS_SCOPE, folder: 'public' },
    { name: EVENT_MANAGE_SCOPE, folder: 'manage' },
    { name: EVENT_DOOR_SCOPE, folder: 'door' },
  ].map(({ name, folder }) => ({
    name,
    dir: `libs/web/event/src/lib/${folder}/i18n`,
    code: `libs/web/event/src/lib/${folder}/`,
  })),
];
const SCOPE_NAMES = SCOPES.map((scope) => scope.name);
const LANGUAGE_CODES = ['id', 'en'] as const;

const SOURCE_ROOTS = [
  'apps/web/src',
  'libs/web/ui/src',
  'libs/web/data-access/src',
  'libs/web/identity/src',
  'libs/web/learning/src',
  'libs/web/certificates/src',
  'libs/web/assessment/src',
  'libs/web/audit/src',
  'libs/web/forum/src',
  'libs/web/focus-group/src',
  'libs/web/survey/src',
  'libs/web/event/src',
];

/**
 * Code of a feature lib that runs outside its scope: the sign-in page (a new visitor's
 * first screen, routed without the identity scope) and the form helpers other features reuse.
 */
const UNSCOPED = ['libs/web/identity/src/lib/sign-in/', 'libs/web/identity/src/lib/forms/'];

/** Keys built at run time as `prefix + value`: every value must have its key. */
const DYNAMIC_FAMILIES: Record<string, readonly string[]> = {
  'manage.hints.': NAV_ENTRIES.flatMap((entry) => (entry.area === 'staff' ? [entry.hint] : [])),
  'roles.': ROLES,
  'learning.upload.': UPLOAD_FIELD_WORDS,
  'certificates.upload.': UPLOAD_FIELD_WORDS,
  'identity.partners.upload.': UPLOAD_FIELD_WORDS,
  'identity.partners.kinds.': INSTITUTION_KINDS,
  'language.': LANGUAGES,
  'learning.enrolmentStatus.': ENROLMENT_STATUSES,
  'certificates.enrolmentStatus.': ENROLMENT_STATUSES,
  'notifications.kind.': NOTIFICATION_KINDS,
  'identity.userStatus.': USER_STATUSES,
  'identity.invitationStatus.': INVITATION_STATUSES,
  'learning.courseCategory.': COURSE_CATEGORIES,
  'learning.courseStatus.': COURSE_STATUSES,
  'learning.lessonKind.': LESSON_KINDS,
  'learning.lessonState.': LESSON_PROGRESS_STATES,
  'learning.coursePage.myEnrolmentText.': ENROLMENT_STATUSES,
  'learning.selfEnrolment.': SELF_ENROLMENT_MODES,
  'learning.selfEnrolmentHint.': SELF_ENROLMENT_MODES,
  'learning.materialKind.': MATERIAL_KINDS,
  'learning.catalogEnrolment.': CATALOG_ENROLMENT_FILTERS,
  'learning.ledgerSource.': LEDGER_SOURCES,
  'learning.records.kind.': LEARNING_RECORD_KINDS,
  'learning.records.role.': CERTIFICATE_HOLDER_ROLES,
  'learning.curriculum.kindHint.': LESSON_KINDS,
  'learning.editor.sections.': EDITOR_SECTIONS,
  'learning.cohort.moments.': COHORT_MOMENTS,
  'learning.enrolments.dialog.': ENROLMENT_DIALOG_ACTIONS,
  'learning.enrolments.confirm.': ENROLMENT_DIALOG_ACTIONS,
  'certificates.certificateStatus.': CERTIFICATE_STATUSES,
  'certificates.certificateRole.': CERTIFICATE_ROLES,
  'certificates.verify.subject.': CERTIFICATE_SUBJECT_KINDS,
  'certificates.certificateOrientation.': CERTIFICATE_ORIENTATIONS,
  'certificates.certificateQrPosition.': CERTIFICATE_QR_POSITIONS,
  'certificates.certificatePlaceholder.': CERTIFICATE_PLACEHOLDERS,
  'certificates.certificatesAdmin.sections.': MANAGE_CERTIFICATE_SECTIONS,
  'certificates.certificateList.dialog.': CERTIFICATE_DIALOG_ACTIONS,
  'certificates.certificateList.confirm.': CERTIFICATE_DIALOG_ACTIONS,
  'certificates.certificateList.confirmText.': CERTIFICATE_DIALOG_ACTIONS,
  'certificates.certificateList.reasonHint.': CERTIFICATE_DIALOG_ACTIONS,
  'certificates.issue.modes.': ISSUE_MODES,
  'certificates.issue.modeHints.': ISSUE_MODES,
  'certificates.templateEditor.into.': TEMPLATE_TEXT_FIELDS,
  'certificates.verify.verdict.': VERIFICATION_VERDICTS,
  'certificates.verify.verdictText.': VERIFICATION_VERDICTS,
  'assessment.questionType.': QUESTION_TYPES,
  'assessment.quizRole.': QUIZ_ROLES,
  'assessment.gradingMethod.': GRADING_METHODS,
  'assessment.reviewTiming.': REVIEW_TIMINGS,
  'assessment.attempt.saveState.': SAVE_STATES,
  'assessment.quizzes.selectionModes.': SELECTION_MODES,
  'assessment.quizzes.reviewParts.': REVIEW_PARTS,
  'audit.log.action.': AUDIT_ACTIONS,
  'audit.log.subjectType.': AUDIT_SUBJECT_TYPES,
  'audit.log.templateChange.': AUDIT_TEMPLATE_CHANGES,
  'audit.log.report.': AUDIT_EXPORT_REPORTS,
  'audit.log.bulkSource.': AUDIT_BULK_SOURCES,
  'audit.log.certificateRole.': CERTIFICATE_ROLES,
  'audit.log.focusGroupRole.': FOCUS_GROUP_ROLES,
  'audit.log.surveyStatus.': SURVEY_STATUSES,
  'audit.log.surveyAudience.': SURVEY_AUDIENCES,
  'audit.log.surveyTemplate.': SURVEY_TEMPLATE_KEYS,
  'forum.threadKind.': THREAD_KINDS,
  'forum.threadKindHint.': THREAD_KINDS,
  'forum.report.reasons.': FORUM_REPORT_REASONS,
  'forum.moderation.actions.': FORUM_MODERATION_ACTIONS,
  'forum.moderation.dialog.': MODERATION_DIALOGS,
  'forum.moderation.done.': MODERATION_NOTICES,
  'forum.digestSetting.zones.': FORUM_DIGEST_TIME_ZONES,
  'focusGroup.role.': FOCUS_GROUP_ROLES,
  'notifications.focusGroupRole.': FOCUS_GROUP_ROLES,
  'focusGroup.status.': FOCUS_GROUP_STATUSES,
  'focusGroup.list.tabs.': FOCUS_GROUP_STATUSES,
  'focusGroup.actionStatus.': ACTION_ITEM_STATUSES,
  'focusGroup.mode.': FOCUS_GROUP_SESSION_MODES,
  'focusGroup.modeHint.': FOCUS_GROUP_SESSION_MODES,
  'focusGroup.zone.': ZONE_KEYS,
  'focusGroup.create.': PEOPLE_FIELDS,
  'focusGroup.create.chosen.': PEOPLE_FIELDS,
  'survey.results.export.': SURVEY_EXPORT_FORMATS,
  'survey.results.ikm.by.': IKM_PERIODS_BY,
  'survey.results.ikm.grade.': IKM_GRADES,
  'survey.results.ikm.elementName.': IKM_ELEMENTS,
  'survey.build.status.': SURVEY_STATUSES,
  'survey.build.audience.': SURVEY_AUDIENCES,
  'survey.build.create.audienceHints.': SURVEY_AUDIENCES,
  'survey.build.templates.': SURVEY_TEMPLATE_KEYS,
  'survey.build.list.tabs.': BUILD_LIST_TABS,
  'survey.build.kinds.': SURVEY_QUESTION_KINDS,
  'survey.build.question.ikm.': IKM_ELEMENTS,
  'survey.build.scale.presets.': LIKERT_PRESET_KEYS,
  'events.kind.': EVENT_KINDS,
  'events.format.': EVENT_FORMATS,
  'events.registrationState.': EVENT_REGISTRATION_STATES,
  'events.status.': EVENT_REGISTRATION_STATUSES,
  'events.role.': EVENT_PERSON_ROLES,
  'event-manage.kinds.': EVENT_KINDS,
  'event-manage.formats.': EVENT_FORMATS,
  'event-manage.statuses.': EVENT_STATUSES,
  'event-manage.zones.': ZONE_ABBREVIATIONS,
  'event-manage.personRoles.': EVENT_PERSON_ROLES,
  'event-manage.questionKinds.': EVENT_QUESTION_KINDS,
  'event-manage.registrationStatuses.': EVENT_REGISTRATION_STATUSES,
  'event-manage.certificateRoles.': EVENT_CERTIFICATE_ROLES,
  'event-manage.upload.': UPLOAD_FIELD_WORDS,
  'event-manage.actions.confirm.': MANAGE_CONFIRM_WORDS,
};

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') keys.set(key, value);
    else for (const [child, text] of flatten(value, key)) keys.set(child, text);
  }
  return keys;
}

function readTree(path: string): Tree {
  return JSON.parse(readFileSync(join(WORKSPACE, path), 'utf8')) as Tree;
}

/** One translation file set: the main one, or a scope with its keys read as `<scope>.…`. */
interface Part {
  name: string;
  keys: Record<(typeof LANGUAGE_CODES)[number], Map<string, string>>;
}

const PARTS: Part[] = [
  {
    name: 'main',
    keys: { id: flatten(readTree('apps/web/src/i18n/id.json')), en: flatten(readTree('apps/web/src/i18n/en.json')) },
  },
  ...SCOPES.map(({ name, dir }) => ({
    name,
    keys: { id: flatten(readTree(`${dir}/id.json`), name), en: flatten(readTree(`${dir}/en.json`), name) },
  })),
];
const all = (language: (typeof LANGUAGE_CODES)[number]) => new Map(PARTS.flatMap((part) => [...part.keys[language]]));
const KEYS = { id: all('id'), en: all('en') };

/** First parts a key may start with: the main namespaces and the scopes. */
const namespaces = new Set([...KEYS.id.keys()].map((key) => key.split('.')[0]));

/**
 * The scopes' own namespaces: a scoped key written without its scope (`'catalog.title'`)
 * is caught too. Only in single quotes: in templates, double quotes hold expressions such
 * as `[class.passed]="attempt.passed"`.
 */
const scopeNamespaces = new Set(SCOPES.flatMap(({ dir }) => Object.keys(readTree(`${dir}/id.json`))));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testing' ? [] : sourceFiles(path);
    return /\.(ts|html)$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

const EXPLICIT_PATTERNS = [
  /\bt\(\s*['"]([^'"]+)['"]/g,
  /\btranslate\(\s*['"]([^'"]+)['"]/g,
  /\bselectTranslate\(\s*['"]([^'"]+)['"]/g,
  /['"]([^'"]+)['"]\s*\|\s*transloco\b/g,
  /(?<!\*)\btransloco="([^"]+)"/g,
  /\[transloco\]="'([^']+)'"/g,
  /\btitle:\s*['"]([^'"]+)['"]/g,
];
const KEY_SHAPED_LITERAL = /['"]([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)['"]/g;
/**
 * Key-shaped names that are not keys: the forum's and events' socket messages and events
 * ('post.created') and the audit log's actions ('survey.created', named like a scope).
 */
const NOT_KEYS = new Set<string>([...FORUM_LIVE_SOCKET_NAMES, ...EVENT_LIVE_SOCKET_NAMES, ...AUDIT_ACTIONS]);

interface Use {
  key: string;
  where: string;
  /** The scope loaded where this code runs, if any. */
  scope: string | undefined;
}

function usedKeys(): Use[] {
  const uses: Use[] = [];
  for (const root of SOURCE_ROOTS) {
    for (const file of sourceFiles(join(WORKSPACE, root))) {
      const text = withoutComments(readFileSync(file, 'utf8'));
      const where = relative(WORKSPACE, file);
      const scope = UNSCOPED.some((dir) => where.startsWith(dir))
        ? undefined
        : SCOPES.find(({ code }) => where.startsWith(code))?.name;
      const isRoutes = file.endsWith('.routes.ts');
      for (const pattern of EXPLICIT_PATTERNS) {
        if (pattern.source.startsWith('\\btitle') && !isRoutes) continue;
        for (const match of text.matchAll(pattern)) uses.push({ key: match[1], where, scope });
      }
      for (const match of text.matchAll(KEY_SHAPED_LITERAL)) {
        if (NOT_KEYS.has(match[1])) continue;
        const first = match[1].split('.')[0];
        if (namespaces.has(first) || (match[0].startsWith("'") && scopeNamespaces.has(first))) {
          uses.push({ key: match[1], where, scope });
        }
      }
    }
  }
  return uses;
}

/** Comments may quote keys or api field paths ("roles.0") without using them. */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
}

function paramsOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
}

/** Where a key is missing: not in a language, or in a scope the code's page does not load. */
function problemsWith(key: string, use: Use): string[] {
  const problems: string[] = [];
  for (const language of LANGUAGE_CODES) {
    if (!KEYS[language].has(key)) problems.push(`${use.where}: ${key} (${language})`);
  }
  const keyScope = SCOPE_NAMES.find((scope) => key.startsWith(`${scope}.`));
  if (keyScope && keyScope !== use.scope) {
    problems.push(`${use.where}: ${key} is in the ${keyScope} scope, which this code's page does not load`);
  }
  return problems;
}

describe('translations', () => {
  it.each(PARTS.map((part) => [part.name, part] as const))(
    '%s: id and en have exactly the same keys',
    (_name, part) => {
      expect([...part.keys.en.keys()].filter((key) => !part.keys.id.has(key))).toEqual([]);
      expect([...part.keys.id.keys()].filter((key) => !part.keys.en.has(key))).toEqual([]);
    },
  );

  it.each(PARTS.map((part) => [part.name, part] as const))(
    '%s: id and en use the same {{params}} in each message',
    (_name, part) => {
      const differing = [...part.keys.id].filter(
        ([key, text]) => paramsOf(text).join() !== paramsOf(part.keys.en.get(key) ?? '').join(),
      );
      expect(differing.map(([key]) => key)).toEqual([]);
    },
  );

  it('the main translations hold no scope: a feature brings its own words', () => {
    const main = PARTS[0].keys.id;
    expect(SCOPE_NAMES.filter((scope) => [...main.keys()].some((key) => key.startsWith(`${scope}.`)))).toEqual([]);
  });

  it('every key used in the code exists in both languages, where that code runs', () => {
    const uses = usedKeys();
    // The scan itself must work: it finds the sign-in button's key and a scoped key.
    expect(uses.some((use) => use.key === 'signIn.submit')).toBe(true);
    expect(uses.some((use) => use.key === 'learning.catalog.title' && use.scope === LEARNING_SCOPE)).toBe(true);

    const missing: string[] = [];
    for (const use of uses) {
      const { key, where } = use;
      if (key.endsWith('.')) {
        const values = DYNAMIC_FAMILIES[key];
        if (!values) {
          missing.push(`${where}: dynamic key prefix "${key}" is not listed in DYNAMIC_FAMILIES`);
          continue;
        }
        for (const value of values) missing.push(...problemsWith(key + value, use));
        continue;
      }
      missing.push(...problemsWith(key, use));
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
