import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * A new version of the app is ready (or the cached one can no longer run): said politely at
 * the bottom of the screen; reloading is the person's choice, so a lesson is never cut short.
 * Progress and quiz answers wait on the device, so reloading loses nothing.
 */
@Component({
  selector: 'bp-app-update-notice',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <aside class="update-notice" *transloco="let t" [attr.aria-label]="t('appUpdate.label')">
      <p role="status">{{ t(reason() === 'ready' ? 'appUpdate.ready' : 'appUpdate.broken') }}</p>
      <div class="update-actions">
        <button type="button" class="btn btn-primary" (click)="reloadRequested.emit()">
          {{ t('appUpdate.reload') }}
        </button>
        @if (reason() === 'ready') {
          <button type="button" class="btn btn-secondary" (click)="closed.emit()">{{ t('appUpdate.later') }}</button>
        }
      </div>
    </aside>
  `,
  styles: `
    .update-notice {
      position: fixed;
      inset: auto 0.75rem 0.75rem;
      z-index: 20;
      max-width: 32rem;
      margin: 0 auto;
      padding: 0.75rem 1rem;
      background: var(--bp-surface);
      border: 1px solid var(--bp-border);
      border-left: 4px solid var(--bp-primary);
      border-radius: var(--bp-radius);
      box-shadow: 0 4px 16px rgb(0 0 0 / 15%);
    }
    p {
      margin: 0 0 0.5rem;
    }
    .update-actions {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
  `,
})
export class AppUpdateNoticeComponent {
  readonly reason = input.required<'ready' | 'broken'>();
  /** The person chose to reload now. */
  readonly reloadRequested = output<void>();
  /** The person chose later. */
  readonly closed = output<void>();
}
