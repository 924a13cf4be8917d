import { signal } from '@angular/core';
import { RoomRequestError, Superseded } from './room-errors';

/** A short message for the live region: a key of the webinar translations and its params. */
export interface RoomNotice {
  id: number;
  key: string;
  params: Record<string, string>;
}

/** The room's announcements (aria-live): a hand, a mute, a permission problem, a refusal. */
export class RoomNotices {
  private readonly latest = signal<RoomNotice | null>(null);
  /** The latest thing to announce; a new id each time, so the same words are read out again. */
  readonly notice = this.latest.asReadonly();
  private lastId = 0;

  announce(key: string, params: Record<string, string> = {}): void {
    this.latest.set({ id: ++this.lastId, key, params });
  }

  /** The server's reason for refusing, in its own words; ours when it gave none or did not answer. */
  refused(error: unknown): void {
    if (error instanceof Superseded) return;
    const message = error instanceof RoomRequestError && error.code !== 'timeout' ? error.message : '';
    if (message) this.announce('room.notice.refused', { message });
    else
      this.announce(
        error instanceof RoomRequestError && error.code === 'timeout' ? 'room.notice.noAnswer' : 'room.notice.failed',
      );
  }
}
