import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REVIEW_PARTS, SAVE_STATES, SELECTION_MODES } from '@bina-pustaka/web-assessment';
import {
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
import {
  CATALOG_ENROLMENT_FILTERS,
  COHORT_MOMENTS,
  EDITOR_SECTIONS,
  ENROLMENT_DIALOG_ACTIONS,
  LEDGER_SOURCES,
} from '@bina-pustaka/web-learning';
import { NOTIFICATION_KINDS } from '@bina-pustaka/shared-contracts';
import en from './en.json';
import id from './id.json';

/**
 * Both languages carry the same keys, and every key the code uses exists. Sources are
 * scanned as text: templates (`t('…')`, `'…' | transloco`, `transloco="…"`), TypeScript
 * (`translate('…')`, route `title: '…'`, and any literal shaped like a key of a known
 * namespace, which catches keys in ternaries and lookup tables).
 */
const WORKSPACE = join(__dirname, '../../../..');
const SOURCE_ROOTS = [
  'apps/web/src',
  'libs/web/ui/src',
  'libs/web/data-access/src',
  'libs/web/identity/src',
  'libs/web/learning/src',
  'libs/web/certificates/src',
  'libs/web/assessment/src',
];

/** Keys built at run time as `prefix + value`: every value must have its key. */
const DYNAMIC_FAMILIES: Record<string, readonly string[]> = {
  'roles.': ROLES,
  'userStatus.': USER_STATUSES,
  'invitationStatus.': INVITATION_STATUSES,
  'language.': LANGUAGES,
  'courseCategory.': COURSE_CATEGORIES,
  'courseStatus.': COURSE_STATUSES,
  'lessonKind.': LESSON_KINDS,
  'lessonState.': LESSON_PROGRESS_STATES,
  'enrolmentStatus.': ENROLMENT_STATUSES,
  'coursePage.myEnrolmentText.': ENROLMENT_STATUSES,
  'selfEnrolment.': SELF_ENROLMENT_MODES,
  'selfEnrolmentHint.': SELF_ENROLMENT_MODES,
  'materialKind.': MATERIAL_KINDS,
  'catalogEnrolment.': CATALOG_ENROLMENT_FILTERS,
  'ledgerSource.': LEDGER_SOURCES,
  'curriculum.kindHint.': LESSON_KINDS,
  'editor.sections.': EDITOR_SECTIONS,
  'cohort.moments.': COHORT_MOMENTS,
  'enrolments.dialog.': ENROLMENT_DIALOG_ACTIONS,
  'enrolments.confirm.': ENROLMENT_DIALOG_ACTIONS,
  'certificateStatus.': CERTIFICATE_STATUSES,
  'notificationKind.': NOTIFICATION_KINDS,
  'certificateRole.': CERTIFICATE_ROLES,
  'certificateOrientation.': CERTIFICATE_ORIENTATIONS,
  'certificateQrPosition.': CERTIFICATE_QR_POSITIONS,
  'certificatePlaceholder.': CERTIFICATE_PLACEHOLDERS,
  'certificatesAdmin.sections.': MANAGE_CERTIFICATE_SECTIONS,
  'certificateList.dialog.': CERTIFICATE_DIALOG_ACTIONS,
  'certificateList.confirm.': CERTIFICATE_DIALOG_ACTIONS,
  'certificateList.confirmText.': CERTIFICATE_DIALOG_ACTIONS,
  'certificateList.reasonHint.': CERTIFICATE_DIALOG_ACTIONS,
  'issue.modes.': ISSUE_MODES,
  'issue.modeHints.': ISSUE_MODES,
  'templateEditor.into.': TEMPLATE_TEXT_FIELDS,
  'verify.verdict.': VERIFICATION_VERDICTS,
  'verify.verdictText.': VERIFICATION_VERDICTS,
  'questionType.': QUESTION_TYPES,
  'quizRole.': QUIZ_ROLES,
  'gradingMethod.': GRADING_METHODS,
  'reviewTiming.': REVIEW_TIMINGS,
  'attempt.saveState.': SAVE_STATES,
  'quizzes.selectionModes.': SELECTION_MODES,
  'quizzes.reviewParts.': REVIEW_PARTS,
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

const idKeys = flatten(id as Tree);
const enKeys = flatten(en as Tree);
const namespaces = new Set([...idKeys.keys()].map((key) => key.split('.')[0]));

interface Use {
  key: string;
  where: string;
}

function usedKeys(): Use[] {
  const uses: Use[] = [];
  for (const root of SOURCE_ROOTS) {
    for (const file of sourceFiles(join(WORKSPACE, root))) {
      const text = withoutComments(readFileSync(file, 'utf8'));
      const where = relative(WORKSPACE, file);
      const isRoutes = file.endsWith('.routes.ts');
      for (const pattern of EXPLICIT_PATTERNS) {
        if (pattern.source.startsWith('\\btitle') && !isRoutes) continue;
        for (const match of text.matchAll(pattern)) uses.push({ key: match[1], where });
      }
      for (const match of text.matchAll(KEY_SHAPED_LITERAL)) {
        if (namespaces.has(match[1].split('.')[0])) uses.push({ key: match[1], where });
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

describe('translations', () => {
  it('id and en have exactly the same keys', () => {
    expect([...enKeys.keys()].filter((key) => !idKeys.has(key))).toEqual([]);
    expect([...idKeys.keys()].filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('id and en use the same {{params}} in each message', () => {
    const differing = [...idKeys].filter(
      ([key, text]) => paramsOf(text).join() !== paramsOf(enKeys.get(key) ?? '').join(),
    );
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('every key used in the code exists in both languages', () => {
    const uses = usedKeys();
    // The scan itself must work: it finds the sign-in button's key.
    expect(uses.some((use) => use.key === 'signIn.submit')).toBe(true);

    const missing: string[] = [];
    for (const { key, where } of uses) {
      if (key.endsWith('.')) {
        const values = DYNAMIC_FAMILIES[key];
        if (!values) {
          missing.push(`${where}: dynamic key prefix "${key}" is not listed in DYNAMIC_FAMILIES`);
          continue;
        }
        for (const value of values) {
          for (const [language, keys] of [
            ['id', idKeys],
            ['en', enKeys],
          ] as const) {
            if (!keys.has(key + value)) missing.push(`${where}: ${key}${value} (${language})`);
          }
        }
        continue;
      }
      for (const [language, keys] of [
        ['id', idKeys],
        ['en', enKeys],
      ] as const) {
        if (!keys.has(key)) missing.push(`${where}: ${key} (${language})`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
