import type { CurrentUser } from '@bina-pustaka/shared-contracts';

/** Lesson progress made on this device and not yet sent: one queue per learner. */
export const PROGRESS_QUEUE_PREFIX = 'bp.lesson-progress.';
/** Quiz answers not yet sent: one queue per attempt. */
export const ANSWER_QUEUE_PREFIX = 'bp.quiz-answers.';
/** What was played of each video on this device. */
export const VIDEO_RANGES_PREFIX = 'bp-video:';
/** The door's roster (guests' names) and its scans not yet sent: one of each per event. */
export const EVENT_DOOR_PREFIX = 'bp.event-door.';
/** Who signed in last, so a reload without a connection still knows (never a token). */
const OFFLINE_USER_KEY = 'bp-offline-user';
/** Whose learning this device holds; another person signing in clears it first. */
const DEVICE_OWNER_KEY = 'bp-offline-owner';
const PERSONAL_KEYS = [
  PROGRESS_QUEUE_PREFIX,
  ANSWER_QUEUE_PREFIX,
  VIDEO_RANGES_PREFIX,
  EVENT_DOOR_PREFIX,
  OFFLINE_USER_KEY,
  DEVICE_OWNER_KEY,
];

/** localStorage, or null where it is blocked (private mode, policy): data then lives in memory only. */
export function deviceStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The page's own cache of lesson files and text lessons' images (see OfflineLessons), under stable keys. */
export const LESSON_FILES_CACHE = 'bp-lesson-files';
/**
 * The service worker's data groups (lesson api responses): ngsw names their cache and its
 * tables `…:data:<group>:cache|lru|age`. Their entries are deleted, not the caches: the
 * worker keeps the caches open and would go on using a deleted one.
 */
const WORKER_DATA_CACHE = /:data:/;

export function rememberedUser(storage = deviceStorage()): CurrentUser | null {
  try {
    const value: unknown = JSON.parse(storage?.getItem(OFFLINE_USER_KEY) ?? 'null');
    return value && typeof value === 'object' && typeof (value as CurrentUser).id === 'string'
      ? (value as CurrentUser)
      : null;
  } catch {
    return null;
  }
}

/**
 * Signed in: remember who (for a reload without a connection). When someone else's learning
 * is still on this device (they never signed out), it is cleared first.
 */
export function rememberUser(user: CurrentUser, storage = deviceStorage()): void {
  try {
    const owner = storage?.getItem(DEVICE_OWNER_KEY);
    if (owner && owner !== user.id) void clearOfflineData(storage);
    storage?.setItem(DEVICE_OWNER_KEY, user.id);
    storage?.setItem(OFFLINE_USER_KEY, JSON.stringify(user));
  } catch {
    /* storage blocked: nothing is kept on the device either */
  }
}

/** Whether this learner has lesson progress waiting on this device (checked at start, before loading the outbox). */
export function hasQueuedProgress(userId: string, storage = deviceStorage()): boolean {
  try {
    return storage?.getItem(`${PROGRESS_QUEUE_PREFIX}${userId}`) != null;
  } catch {
    return false;
  }
}

/** The session ended on the server: no offline session any more, but the learning stays for its owner. */
export function forgetUser(storage = deviceStorage()): void {
  try {
    storage?.removeItem(OFFLINE_USER_KEY);
  } catch {
    /* storage blocked */
  }
}

/**
 * Signed out: nothing of this person stays on the device, neither queued progress and
 * answers nor saved lessons and files. Storage is cleared at once; caches before it resolves.
 */
export async function clearOfflineData(storage = deviceStorage()): Promise<void> {
  try {
    const keys = Array.from({ length: storage?.length ?? 0 }, (_, index) => storage?.key(index) ?? '');
    for (const key of keys) {
      if (PERSONAL_KEYS.some((prefix) => key.startsWith(prefix))) storage?.removeItem(key);
    }
  } catch {
    /* storage blocked: nothing was kept */
  }
  if (typeof caches === 'undefined') return;
  try {
    await caches.delete(LESSON_FILES_CACHE);
    for (const name of (await caches.keys()).filter((cacheName) => WORKER_DATA_CACHE.test(cacheName))) {
      const cache = await caches.open(name);
      await Promise.all((await cache.keys()).map((request) => cache.delete(request)));
    }
  } catch {
    /* caches unavailable (not a secure context): nothing was saved there */
  }
}
