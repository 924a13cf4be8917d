import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type EventConfirmation } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { PublicEventsApi } from '@bina-pustaka/web-data-access/events';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { takeFragmentToken } from '../fragment-token';

/**
 * /acara/konfirmasi#<token>: the confirmation email's link. Opening it is what makes the
 * seat count (or gives a place in line when the event filled up meanwhile); the api then
 * emails the ticket. The token leaves the address bar at once.
 */
@Component({
  selector: 'bp-event-confirm-page',
  imports: [RouterLink, TranslocoDirective, AlertComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page guest-page" *transloco="let t">
      <h1>{{ t('events.confirm.title') }}</h1>
      @if (result(); as r) {
        @if (r.status === 'waitlisted') {
          <bp-alert tone="info">
            <p>{{ t('events.confirm.waitlisted') }}</p>
            @if (r.waitlistPosition; as position) {
              <p>
                <strong>{{ t('events.register.waitlistPosition', { position }) }}</strong>
              </p>
            }
            <p>{{ t('events.register.waitlistNext') }}</p>
          </bp-alert>
        } @else if (r.status === 'cancelled') {
          <bp-alert tone="error">{{ t('events.confirm.cancelled') }}</bp-alert>
        } @else {
          <bp-alert tone="success">
            <p>{{ t('events.confirm.confirmed') }}</p>
            <p>{{ t('events.confirm.ticketSent') }}</p>
          </bp-alert>
          <p>
            <a class="btn btn-primary" [href]="ticketLink(r.ticketToken)">{{ t('events.confirm.openTicket') }}</a>
          </p>
        }
      } @else if (failure(); as f) {
        @if (f.status === 0 || f.status >= 500) {
          <bp-failure-alert [failure]="f" [retryable]="true" (retry)="confirm()" />
        } @else {
          <bp-alert tone="error">
            <p>{{ f.message ?? t('events.link.invalid') }}</p>
            <p>{{ t('events.confirm.registerAgain') }}</p>
          </bp-alert>
        }
      } @else if (!token) {
        <bp-alert tone="error">{{ t('events.link.missing') }}</bp-alert>
      } @else {
        <p class="muted" role="status">{{ t('events.confirm.working') }}</p>
      }
      <p>
        <a [routerLink]="listLink">{{ t('events.page.allEvents') }}</a>
      </p>
    </div>
  `,
  styleUrl: '../public.css',
})
export class ConfirmPage {
  private readonly api = inject(PublicEventsApi);
  protected readonly listLink = appLink(APP_PATHS.events);
  /** The ticket page, its token in the fragment as the ticket email has it (never sent to a server). */
  protected ticketLink(token: string): string {
    return `${appLink(APP_PATHS.eventTicket)}#${token}`;
  }
  /** Kept in memory only. */
  protected readonly token = takeFragmentToken(inject(ActivatedRoute).snapshot.fragment, inject(Location));
  protected readonly result = signal<EventConfirmation | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);

  constructor() {
    if (this.token) void this.confirm();
  }

  protected async confirm(): Promise<void> {
    if (!this.token) return;
    this.failure.set(null);
    try {
      this.result.set(await firstValueFrom(this.api.confirm(this.token)));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}
