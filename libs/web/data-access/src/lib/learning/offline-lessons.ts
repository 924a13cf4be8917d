import { Injectable } from '@angular/core';
import type { LearnerLesson, LessonKind, StoredFile } from '@bina-pustaka/shared-contracts';
import { LESSON_FILES_CACHE } from '../offline/offline-data';
import { lessonUrl } from './learner-api.service';
import { bodyImages, withImageSources } from './lesson-images';
import { seg } from './query-params';

/** A lesson's file is saved for offline reading when the lesson opens, up to this size; larger ones on request. */
export const AUTO_SAVE_FILE_BYTES = 5 * 1024 * 1024;

/** What the outline knows of a lesson. */
export interface OutlineLesson {
  id: string;
  kind: LessonKind;
}

/**
 * Which lessons this device can show without a connection. The service worker keeps the
 * lesson responses (ngsw-config.json, data group "lessons"); a lesson's file and the images
 * inside a text lesson are kept here, in the page's own cache, under the file's address
 * without its signature: signed links change every hour and name their viewer, the file
 * behind one never changes. Videos and outside links need a connection and are never
 * saved. Signing out deletes all of it (clearOfflineData).
 */
@Injectable({ providedIn: 'root' })
export class OfflineLessons {
  private persistAsked = false;

  /** The ids of the lessons that can be read offline now. */
  async savedIds(lessons: readonly OutlineLesson[]): Promise<Set<string>> {
    const saved = await Promise.all(lessons.map((lesson) => this.isSaved(lesson)));
    return new Set(lessons.filter((_, index) => saved[index]).map((lesson) => lesson.id));
  }

  async isSaved(lesson: OutlineLesson): Promise<boolean> {
    if (lesson.kind !== 'text' && lesson.kind !== 'file') return false;
    const response = await this.match(lessonUrl(lesson.id));
    if (!response) return false;
    try {
      const data = (await response.json()) as LearnerLesson;
      if (lesson.kind === 'text') return this.hasImages(data.lesson.bodyHtml ?? '');
      return data.lesson.file ? this.hasFile(data.lesson.file.id) : false;
    } catch {
      return false;
    }
  }

  async hasFile(fileId: string): Promise<boolean> {
    return (await this.fileResponse(fileId)) !== null;
  }

  /** Whether every image inside a text lesson's body is on this device. */
  async hasImages(bodyHtml: string): Promise<boolean> {
    const saved = await Promise.all(bodyImages(bodyHtml).map((image) => this.hasFile(image.id)));
    return saved.every(Boolean);
  }

  /** Keeps the images of a text lesson's body not yet on this device; false when one could not be kept. */
  async saveImages(bodyHtml: string): Promise<boolean> {
    let all = true;
    for (const image of bodyImages(bodyHtml)) {
      if (!(await this.hasFile(image.id)) && !(await this.saveFile(image))) all = false;
    }
    return all;
  }

  /**
   * The body with its saved images shown from this device (object URLs, so no signed link
   * is needed offline); `release` frees them once the lesson is no longer shown.
   */
  async withSavedImages(bodyHtml: string): Promise<{ html: string; release: () => void }> {
    const urls = new Map<string, string>();
    for (const image of bodyImages(bodyHtml)) {
      // A copy that cannot be read is skipped: the signed link still shows the image online.
      const blob = await this.fileBlob(image.id).catch(() => null);
      if (blob) urls.set(image.id, URL.createObjectURL(blob));
    }
    return {
      html: withImageSources(bodyHtml, (fileId) => urls.get(fileId)),
      release: () => urls.forEach((url) => URL.revokeObjectURL(url)),
    };
  }

  /** Downloads the file once and keeps it; false when it could not be fetched or kept. */
  async saveFile(file: Pick<StoredFile, 'id' | 'url'>): Promise<boolean> {
    const cache = await this.filesCache();
    if (!cache) return false;
    try {
      const response = await fetch(file.url, { credentials: 'same-origin' });
      if (response.status !== 200) return false;
      await cache.put(fileKey(file.id), response);
      this.askToPersist();
      return true;
    } catch {
      return false;
    }
  }

  /** The saved file's bytes, or null when it is not on this device. */
  async fileBlob(fileId: string): Promise<Blob | null> {
    const response = await this.fileResponse(fileId);
    return response ? response.blob() : null;
  }

  private async fileResponse(fileId: string): Promise<Response | null> {
    const cache = await this.filesCache();
    return (await cache?.match(fileKey(fileId)).catch(() => undefined)) ?? null;
  }

  private async filesCache(): Promise<Cache | null> {
    if (typeof caches === 'undefined') return null;
    return caches.open(LESSON_FILES_CACHE).catch(() => null);
  }

  /** Any cache of this origin: the service worker's data group included (its name is ngsw's business). */
  private async match(url: string): Promise<Response | null> {
    if (typeof caches === 'undefined') return null;
    return (await caches.match(url, { ignoreVary: true }).catch(() => undefined)) ?? null;
  }

  /** Saved lessons should survive the browser tidying up storage (Chromium decides without asking). */
  private askToPersist(): void {
    if (this.persistAsked) return;
    this.persistAsked = true;
    void navigator.storage?.persist?.().catch(() => false);
  }
}

/** The address of a file without its signature: the same whoever signed it and whenever. */
const fileKey = (fileId: string) => `/api/files/${seg(fileId)}/content`;
