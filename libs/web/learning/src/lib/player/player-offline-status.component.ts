import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { PlayerStore } from './player.store';

/**
 * What the connection means for the learner, above the lesson: offline, which lessons can
 * still be read and that progress waits on the device; quietly, when it has been sent; and
 * plainly, when the server refused a report (e.g. the cohort ended meanwhile).
 */
@Component({
  selector: 'bp-player-offline-status',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      <div class="offline-status" role="status">
        @if (store.offline()) {
          <div class="offline-banner">
            <p class="offline-title">{{ t('learning.player.offlineTitle') }}</p>
            <p>
              {{
                t('learning.player.offlineSaved', { count: store.savedLessonIds().size, total: store.lessons().length })
              }}
            </p>
            @if (store.waitingCount() > 0) {
              <p>{{ t('learning.player.offlineWaiting', { count: store.waitingCount() }) }}</p>
            }
          </div>
        } @else if (sent() > 0) {
          <p class="offline-sent">{{ t('learning.player.progressSent', { count: sent() }) }}</p>
        }
      </div>
      @if (store.outbox.refused(); as refused) {
        <p class="offline-refused" role="alert">
          {{ t('learning.player.progressRefused', { title: titleOf(refused.lessonId) }) }}
          {{ refused.failure.message }}
        </p>
      }
    </ng-container>
  `,
  styles: `
    .offline-status:empty {
      display: contents;
    }
    .offline-banner {
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--bp-info);
      background: var(--bp-info-tint);
      border-radius: var(--bp-radius);
    }
    .offline-banner p {
      margin: 0;
    }
    .offline-banner p + p {
      margin-top: 0.3rem;
      font-size: 0.92rem;
    }
    .offline-title {
      font-weight: 700;
    }
    .offline-sent {
      margin: 0;
      font-size: 0.9rem;
      color: var(--bp-muted);
    }
    .offline-refused {
      margin: 0;
      padding: 0.6rem 0.75rem;
      border-left: 4px solid var(--bp-danger);
      background: var(--bp-danger-tint);
      border-radius: var(--bp-radius);
    }
  `,
})
export class PlayerOfflineStatusComponent {
  protected readonly store = inject(PlayerStore);
  protected readonly sent = computed(() => this.store.outbox.deliveredAfterWait());

  protected titleOf(lessonId: string): string {
    return this.store.lessons().find((lesson) => lesson.id === lessonId)?.title ?? '';
  }
}
