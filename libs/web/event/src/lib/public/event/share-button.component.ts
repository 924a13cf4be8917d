import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';

/**
 * "Bagikan": the phone's own share sheet (WhatsApp among its choices) where the browser has
 * one, else the link copied for pasting.
 */
@Component({
  selector: 'bp-share-button',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .event-share-note {
      font-size: 0.9rem;
    }
  `,
  template: `
    <ng-container *transloco="let t">
      <button type="button" class="btn btn-secondary" (click)="share()">{{ t('events.page.share') }}</button>
      <span class="event-share-note" role="status">
        @if (note(); as key) {
          {{ t(key) }}
        }
      </span>
    </ng-container>
  `,
})
export class ShareButtonComponent {
  readonly title = input.required<string>();
  private readonly document = inject(DOCUMENT);
  protected readonly note = signal<'events.page.copied' | 'events.page.copyFailed' | null>(null);

  protected async share(): Promise<void> {
    const url = this.document.location.href;
    const navigator = this.document.defaultView?.navigator;
    this.note.set(null);
    if (navigator?.share) {
      try {
        await navigator.share({ title: this.title(), url });
      } catch {
        // Closing the share sheet rejects too: nothing to say.
      }
      return;
    }
    try {
      await navigator?.clipboard.writeText(url);
      this.note.set('events.page.copied');
    } catch {
      this.note.set('events.page.copyFailed');
    }
  }
}
