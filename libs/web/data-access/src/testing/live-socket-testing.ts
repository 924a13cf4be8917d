import type { WebinarAck } from '@bina-pustaka/shared-contracts';
import type { LiveSocket } from '../lib/live/live-socket';

/** A live namespace's socket as the client sees it: the test pushes what the server would. */
export class FakeLiveSocket implements LiveSocket {
  active = true;
  disconnected = false;
  connects = 0;
  readonly sent: unknown[] = [];
  /** What the api acknowledges every message with. */
  answer: WebinarAck = { ok: true, data: null };
  private readonly listeners = new Map<string, ((payload?: unknown) => void)[]>();

  on(event: string, listener: (...args: never[]) => void): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener as (payload?: unknown) => void]);
  }
  emit(event: string, payload: unknown, ack: (answer: WebinarAck) => void): void {
    this.sent.push({ event, payload });
    ack(this.answer);
  }
  connect(): void {
    this.connects++;
  }
  disconnect(): void {
    this.disconnected = true;
  }
  push(event: string, payload?: unknown): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }
}
