import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { WebinarPeer } from '@bina-pustaka/shared-contracts';
import type { NetworkQuality } from '@bina-pustaka/web-data-access/webinar';
import { WebinarRoomClient } from '@bina-pustaka/web-data-access/webinar-room';
import { DialogComponent } from '@bina-pustaka/web-ui';
import { QualityDotComponent } from './quality-dot.component';
import { RoomIconComponent } from './room-icon.component';

const ROLE_ORDER = { host: 0, presenter: 1, moderator: 2, attendee: 3 } as const;
const ASSIGNABLE = ['presenter', 'moderator', 'attendee'] as const;

/**
 * Who is here: the lobby (admit or deny), raised hands in order (let speak, lower), and
 * everyone with their microphone, camera and network; the host's controls per person.
 */
@Component({
  selector: 'bp-people-panel',
  imports: [TranslocoDirective, DialogComponent, QualityDotComponent, RoomIconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './people-panel.component.html',
  styleUrl: './panels.css',
})
export class PeoplePanelComponent {
  protected readonly room = inject(WebinarRoomClient);
  /** Network quality per user id (mine included). */
  readonly quality = input<Record<string, NetworkQuality | null>>({});
  protected readonly assignable = ASSIGNABLE;
  protected readonly removing = signal<WebinarPeer | null>(null);
  private readonly removeDialog = viewChild<DialogComponent>('confirmRemove');

  protected readonly everyone = computed(() => {
    const me = this.room.me();
    const list = [...(me ? [me] : []), ...this.room.peers()];
    return list.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'id'));
  });
  protected readonly handQueue = computed(() => {
    const byId = new Map(this.everyone().map((peer) => [peer.userId, peer]));
    return this.room
      .hands()
      .map((userId) => byId.get(userId))
      .filter((peer): peer is WebinarPeer => !!peer);
  });
  /** userId -> what they send: microphone open, camera on. */
  protected readonly media = computed(() => {
    const state = new Map<string, { mic: boolean; camera: boolean }>();
    for (const producer of this.room.producers()) {
      const entry = state.get(producer.userId) ?? { mic: false, camera: false };
      if (producer.source === 'mic') entry.mic ||= !producer.paused;
      if (producer.source === 'camera') entry.camera ||= !producer.paused;
      state.set(producer.userId, entry);
    }
    const me = this.room.me();
    if (me) state.set(me.userId, { mic: this.room.local().mic, camera: this.room.local().camera });
    return state;
  });

  protected isMe(peer: WebinarPeer): boolean {
    return peer.userId === this.room.me()?.userId;
  }

  protected admit(userId: string): void {
    void this.room.act(() => this.room.admit(userId));
  }

  protected deny(userId: string): void {
    void this.room.act(() => this.room.deny(userId));
  }

  protected lowerHand(userId: string): void {
    void this.room.act(() => this.room.lowerHand(this.isMeId(userId) ? undefined : userId));
  }

  private isMeId(userId: string): boolean {
    return userId === this.room.me()?.userId;
  }

  protected allowSpeak(peer: WebinarPeer, allowed: boolean): void {
    void this.room.act(async () => {
      await this.room.allowSpeak(peer.userId, allowed);
      if (allowed && this.room.hands().includes(peer.userId)) await this.room.lowerHand(peer.userId);
    });
  }

  protected mute(peer: WebinarPeer): void {
    void this.room.act(() => this.room.mute(peer.userId));
  }

  protected muteAll(): void {
    void this.room.act(() => this.room.mute());
  }

  protected stopVideo(peer: WebinarPeer): void {
    void this.room.act(() => this.room.stopVideo(peer.userId));
  }

  protected setRole(peer: WebinarPeer, role: string): void {
    void this.room.act(() => this.room.setRole(peer.userId, role as (typeof ASSIGNABLE)[number]));
  }

  protected askRemove(peer: WebinarPeer): void {
    this.removing.set(peer);
    this.removeDialog()?.open();
  }

  protected async remove(): Promise<void> {
    const peer = this.removing();
    if (!peer) return;
    if (await this.room.act(() => this.room.remove(peer.userId))) this.removeDialog()?.close();
  }
}
