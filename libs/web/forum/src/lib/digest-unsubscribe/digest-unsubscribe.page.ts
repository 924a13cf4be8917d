import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/**
 * Where the digest mail's "stop" link lands, signed in or not: the link's signed token
 * (in the fragment, which no server logs) turns the digest off at once, one click from
 * the mail, and the page says so.
 */
@Component({
  selector: 'bp-digest-unsubscribe-page',
  imports: [RouterLink, TranslocoDirective, AlertComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page" *transloco="let t">
      <h1>{{ t('forum.digestUnsubscribe.title') }}</h1>
      @if (done()) {
        <bp-alert tone="success">{{ t('forum.digestUnsubscribe.done') }}</bp-alert>
        <p>{{ t('forum.digestUnsubscribe.again') }}</p>
      } @else if (failure(); as f) {
        <bp-failure-alert [failure]="f" [retryable]="f.status >= 500 || f.code === 'network'" (retry)="stop()" />
      } @else if (!token) {
        <bp-alert tone="error">{{ t('forum.digestUnsubscribe.noToken') }}</bp-alert>
      } @else {
        <p class="muted" role="status">{{ t('forum.digestUnsubscribe.working') }}</p>
      }
      <p>
        <a [routerLink]="forumLink">{{ t('forum.backToForums') }}</a>
      </p>
    </div>
  `,
})
export class DigestUnsubscribePage {
  private readonly api = inject(ForumApi);
  protected readonly forumLink = appLink(APP_PATHS.forum);
  protected readonly token = takeToken(inject(ActivatedRoute).snapshot.fragment, inject(Location));
  protected readonly done = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  constructor() {
    if (this.token) void this.stop();
  }

  protected async stop(): Promise<void> {
    if (!this.token) return;
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.unsubscribeDigest(this.token));
      this.done.set(true);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}

/** The `#token=…` of the link, then out of the address bar and the history entry. */
function takeToken(fragment: string | null, location: Location): string | null {
  const token = new URLSearchParams(fragment ?? '').get('token');
  if (fragment) location.replaceState(location.path(false));
  return token?.trim() || null;
}
