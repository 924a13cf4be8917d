import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  CERTIFICATE_ROLES,
  WEBINAR_AUDIENCE_KINDS,
  WEBINAR_OPEN_AUDIENCES,
  WEBINAR_MEDIA_SOURCES,
  WEBINAR_REMOVAL_REASONS,
  WEBINAR_ROOM_ROLES,
  WEBINAR_STAFF_ROLES,
  WEBINAR_STATUSES,
} from '@bina-pustaka/shared-contracts';
import { NETWORK_QUALITIES } from '@bina-pustaka/web-data-access/webinar';
import { JOIN_STATES } from '../shared/schedule';
import { ROOM_PANELS, WEBINAR_LIST_TABS, ZONE_KEYS } from '../webinar-keys';
import en from './en.json';
import id from './id.json';

/**
 * The webinar scope: both languages carry the same keys and {{params}}, and every key the
 * webinar screens and the room client use exists. Templates use `prefix: 'webinar'`, so
 * `t('room.mic')` is `webinar.room.mic`. Route titles and the nav entry live in the main
 * translations (the shell needs them before this scope loads): checked there too.
 */
const WORKSPACE = join(__dirname, '../../../../../..');
const SOURCES = ['libs/web/webinar/src', 'libs/web/data-access/src/lib/webinar'];
const REASONS = [...WEBINAR_REMOVAL_REASONS, 'left'];

const DYNAMIC: Record<string, readonly string[]> = {
  'status.': WEBINAR_STATUSES,
  'staffRole.': WEBINAR_STAFF_ROLES,
  'staffRoles.': WEBINAR_STAFF_ROLES,
  'roomRole.': WEBINAR_ROOM_ROLES,
  'audience.': WEBINAR_AUDIENCE_KINDS,
  'form.audienceHint.': WEBINAR_OPEN_AUDIENCES,
  'form.addAs.': WEBINAR_STAFF_ROLES,
  'zone.': ZONE_KEYS,
  'zoneShort.': ZONE_KEYS,
  'quality.': NETWORK_QUALITIES,
  'room.network.': NETWORK_QUALITIES,
  'join.': JOIN_STATES,
  'list.tabs.': WEBINAR_LIST_TABS,
  'list.empty.': WEBINAR_LIST_TABS,
  'room.panels.': ROOM_PANELS,
  'room.closed.': REASONS.flatMap((reason) => [`${reason}.title`, `${reason}.text`]),
  'room.notice.blocked.': WEBINAR_MEDIA_SOURCES,
  'room.notice.unavailable.': WEBINAR_MEDIA_SOURCES,
  'room.notice.mutedByHost.': WEBINAR_MEDIA_SOURCES,
  'room.notice.roleChanged.': WEBINAR_ROOM_ROLES,
  'attendance.certificates.roles.': CERTIFICATE_ROLES,
  'attendance.certificates.roleHints.': CERTIFICATE_ROLES,
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

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const idKeys = flatten(id as Tree);
const enKeys = flatten(en as Tree);
const params = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

/** Keys in `t('…')` (templates, prefixed) and room notices (`'room.notice.…'`, `` `room.notice.…${x}` ``). */
function uses(): { key: string; where: string }[] {
  const found: { key: string; where: string }[] = [];
  for (const root of SOURCES) {
    for (const file of files(join(WORKSPACE, root))) {
      const text = readFileSync(file, 'utf8');
      const where = relative(WORKSPACE, file);
      const scoped = file.includes('libs/web/webinar/');
      if (scoped) {
        for (const match of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) found.push({ key: match[1], where });
      }
      for (const match of text.matchAll(/['`](room\.notice\.[\w.]+?)(?:\$\{[^}]+\})?['`]/g)) {
        found.push({ key: match[1], where });
      }
    }
  }
  return found;
}

describe('webinar translations', () => {
  it('id and en have the same keys and the same {{params}}', () => {
    expect([...enKeys.keys()].filter((key) => !idKeys.has(key))).toEqual([]);
    expect([...idKeys.keys()].filter((key) => !enKeys.has(key))).toEqual([]);
    const differing = [...idKeys].filter(([key, text]) => params(text).join() !== params(enKeys.get(key) ?? '').join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it('every key the screens and the room client use exists in both languages', () => {
    const found = uses();
    expect(found.some((use) => use.key === 'room.mic')).toBe(true);
    expect(found.some((use) => use.key === 'room.notice.restarted')).toBe(true);
    const missing: string[] = [];
    for (const { key, where } of found) {
      const keys = key.endsWith('.')
        ? (DYNAMIC[key] ?? [null]).map((value) => (value === null ? null : key + value))
        : [key];
      for (const full of keys) {
        if (full === null) {
          missing.push(`${where}: dynamic prefix "${key}" is not listed`);
          continue;
        }
        if (!idKeys.has(full) || !enKeys.has(full)) missing.push(`${where}: ${full}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('route titles and the nav entry are in the main translations', () => {
    const main = (language: string) =>
      flatten(JSON.parse(readFileSync(join(WORKSPACE, `apps/web/src/i18n/${language}.json`), 'utf8')) as Tree);
    const routes = readFileSync(join(__dirname, '../webinar.routes.ts'), 'utf8');
    const titles = [...routes.matchAll(/title:\s*'([^']+)'/g)].map((match) => match[1]);
    expect(titles.length).toBeGreaterThan(4);
    for (const language of ['id', 'en']) {
      const keys = main(language);
      expect([...titles, 'nav.webinars'].filter((key) => !keys.has(key))).toEqual([]);
    }
  });

  it('speaks to people politely in Indonesian (Anda, never kamu)', () => {
    const informal = [...idKeys].filter(([, text]) => /\b(kamu|kau|lo|gue)\b/i.test(text));
    expect(informal).toEqual([]);
  });
});
