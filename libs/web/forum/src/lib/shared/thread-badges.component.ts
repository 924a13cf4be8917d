import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/** What a thread's list row and its page share: its kind and state. */
export interface BadgedThread {
  kind: 'discussion' | 'question';
  pinned: boolean;
  locked: boolean;
  /** A question with a chosen answer. */
  answered: boolean;
  /** Waiting for a moderator's approval (seen by its author and moderators only). */
  held?: boolean;
}

/** "Pertanyaan", "Terjawab", "Disematkan", "Dikunci", "Menunggu persetujuan": words, not only colours. */
@Component({
  selector: 'bp-thread-badges',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="tags thread-badges" *transloco="let t">
      @if (thread().pinned) {
        <li class="badge badge-pinned">{{ t('forum.badge.pinned') }}</li>
      }
      @if (thread().kind === 'question') {
        <li class="badge badge-question">{{ t('forum.badge.question') }}</li>
        @if (thread().answered) {
          <li class="badge badge-answered">{{ t('forum.badge.answered') }}</li>
        }
      }
      @if (thread().locked) {
        <li class="badge badge-muted">{{ t('forum.badge.locked') }}</li>
      }
      @if (thread().held) {
        <li class="badge badge-muted">{{ t('forum.badge.held') }}</li>
      }
    </ul>
  `,
})
export class ThreadBadgesComponent {
  readonly thread = input.required<BadgedThread>();
}
