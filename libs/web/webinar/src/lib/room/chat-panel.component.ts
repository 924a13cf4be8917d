import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { WebinarRoomClient } from '@bina-pustaka/web-data-access/webinar-room';
import { formatTime } from '@bina-pustaka/shared-util';

/** The room's chat: a log read out politely, a box to write in; moderators lock it and delete messages. */
@Component({
  selector: 'bp-chat-panel',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="panel-body" *transloco="let t; prefix: 'webinar'">
      @if (room.isModerating()) {
        <label class="checkbox lock-line">
          <input type="checkbox" [checked]="room.chatLocked()" (change)="toggleLock()" />
          <span>{{ t('room.chat.lock') }}</span>
        </label>
      }
      <ol #log class="chat-log" role="log" aria-live="polite" [attr.aria-label]="t('room.chat.log')">
        @for (message of room.chat(); track message.id) {
          <li class="chat-message" [class.chat-mine]="message.userId === myId()">
            <p class="chat-meta">
              <span class="chat-name">{{ message.name }}</span>
              <span class="muted">{{ time(message.sentAt) }}</span>
              @if (room.isModerating()) {
                <button type="button" class="btn btn-link btn-small" (click)="remove(message.id)">
                  {{ t('room.chat.delete')
                  }}<span class="visually-hidden"> {{ message.name }}: {{ message.body }}</span>
                </button>
              }
            </p>
            <p class="chat-body">{{ message.body }}</p>
          </li>
        } @empty {
          <li class="muted">{{ t('room.chat.empty') }}</li>
        }
      </ol>
      @if (locked()) {
        <p class="muted" role="status">{{ t('room.chat.locked') }}</p>
      } @else {
        <form class="compose" (submit)="$event.preventDefault(); send(box.value)">
          <label class="visually-hidden" for="chat-box">{{ t('room.chat.label') }}</label>
          <textarea
            #box
            id="chat-box"
            rows="2"
            maxlength="1000"
            [placeholder]="t('room.chat.placeholder')"
            (keydown.enter)="onEnter($event, box.value)"
          ></textarea>
          <button type="submit" class="btn btn-primary" [disabled]="sending()">{{ t('room.chat.send') }}</button>
        </form>
      }
    </div>
  `,
  styleUrl: './panels.css',
})
export class ChatPanelComponent {
  protected readonly room = inject(WebinarRoomClient);
  private readonly language = inject(LanguageStore).current;
  protected readonly sending = signal(false);
  protected readonly myId = computed(() => this.room.me()?.userId ?? '');
  protected readonly locked = computed(() => this.room.chatLocked() && !this.room.isModerating());
  private readonly log = viewChild<ElementRef<HTMLElement>>('log');
  private readonly box = viewChild<ElementRef<HTMLTextAreaElement>>('box');

  constructor() {
    // Follow the newest message while the reader is at the bottom.
    effect(() => {
      this.room.chat();
      const log = this.log()?.nativeElement;
      if (!log) return;
      const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 80;
      if (atBottom) queueMicrotask(() => (log.scrollTop = log.scrollHeight));
    });
  }

  protected time(value: string): string {
    return formatTime(value, this.language());
  }

  protected onEnter(event: Event, value: string): void {
    if ((event as KeyboardEvent).shiftKey) return;
    event.preventDefault();
    void this.send(value);
  }

  protected async send(value: string): Promise<void> {
    const body = value.trim();
    if (!body || this.sending()) return;
    this.sending.set(true);
    const sent = await this.room.act(() => this.room.sendChat(body));
    this.sending.set(false);
    const box = this.box()?.nativeElement;
    if (sent && box) {
      box.value = '';
      box.focus();
    }
    const log = this.log()?.nativeElement;
    if (log) log.scrollTop = log.scrollHeight;
  }

  protected remove(messageId: string): void {
    void this.room.act(() => this.room.deleteChat(messageId));
  }

  protected toggleLock(): void {
    void this.room.act(() => this.room.lockChat(!this.room.chatLocked()));
  }
}
