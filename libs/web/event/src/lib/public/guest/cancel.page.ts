import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type EventTicket } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { PublicEventsApi } from '@bina-pustaka/web-data-access/events';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { EventWhenPipe } from '../../shared/event-when';
import { takeFragmentToken } from '../fragment-token';

/**
 * /acara/batal#<token>: the email's "cancel" link. It shows which registration it is and
 * cancels only when the guest says so (a link preview or a mail scanner opening it changes
 * nothing); the freed seat goes to the next in line.
 */
@Component({
  selector: 'bp-event-cancel-page',
  imports: [RouterLink, TranslocoDirective, AlertComponent, FailureAlertComponent, EventWhenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page guest-page" *transloco="let t">
      <h1>{{ t('events.cancel.title') }}</h1>
      @if (done()) {
        <bp-alert tone="success">{{ t('events.cancel.done') }}</bp-alert>
      } @else if (failure(); as f) {
        @if (f.status === 0 || f.status >= 500) {
          <bp-failure-alert [failure]="f" [retryable]="true" (retry)="ticket() ? cancel() : load()" />
        } @else {
          <bp-alert tone="error">{{ f.message ?? t('events.link.invalid') }}</bp-alert>
        }
      } @else if (!token) {
        <bp-alert tone="error">{{ t('events.link.missing') }}</bp-alert>
      }
      @if (!done() && ticket(); as ticket) {
        <section class="card" aria-labelledby="cancel-event">
          <h2 id="cancel-event">{{ ticket.event.title }}</h2>
          <p>{{ ticket.event.startsAt | bpEventWhen: ticket.event.timeZone : language() : ticket.event.endsAt }}</p>
          <p>{{ t('events.cancel.holder', { name: ticket.holderName }) }}</p>
          @if (ticket.status === 'cancelled') {
            <bp-alert tone="info">{{ t('events.cancel.already') }}</bp-alert>
          } @else {
            <p>{{ t('events.cancel.question') }}</p>
            <button type="button" class="btn btn-danger" [disabled]="busy()" (click)="cancel()">
              {{ t('events.cancel.confirm') }}
            </button>
          }
        </section>
      } @else if (token && !failure() && !done()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }
      <p>
        <a [routerLink]="listLink">{{ t('events.page.allEvents') }}</a>
      </p>
    </div>
  `,
  styleUrl: '../public.css',
})
export class CancelPage {
  private readonly api = inject(PublicEventsApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly listLink = appLink(APP_PATHS.events);
  protected readonly token = takeFragmentToken(inject(ActivatedRoute).snapshot.fragment, inject(Location));
  protected readonly ticket = signal<EventTicket | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);

  constructor() {
    if (this.token) void this.load();
  }

  protected async load(): Promise<void> {
    if (!this.token) return;
    this.failure.set(null);
    try {
      this.ticket.set(await firstValueFrom(this.api.ticket(this.token)));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected async cancel(): Promise<void> {
    if (!this.token) return;
    this.busy.set(true);
    this.failure.set(null);
    try {
      await firstValueFrom(this.api.cancel(this.token));
      this.done.set(true);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.busy.set(false);
    }
  }
}
