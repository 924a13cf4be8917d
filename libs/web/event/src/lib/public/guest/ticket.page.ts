import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type EventTicket } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { PublicEventsApi } from '@bina-pustaka/web-data-access/events';
import { AlertComponent, DialogComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom, type Observable } from 'rxjs';
import { EventWhenPipe, eventMoment } from '../../shared/event-when';
import { takeFragmentToken } from '../fragment-token';
import { TicketQrComponent } from './ticket-qr.component';

/**
 * /acara/tiket#<token>: a guest's ticket from the email's link (the manage token, kept in
 * memory only): the QR code shown at the door, whether they were checked in, and two
 * actions each asked twice: cancel the registration, and remove their data now.
 */
@Component({
  selector: 'bp-event-ticket-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    FailureAlertComponent,
    DialogComponent,
    EventWhenPipe,
    TicketQrComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './ticket.page.html',
  styleUrl: '../public.css',
})
export class TicketPage {
  private readonly api = inject(PublicEventsApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly listLink = appLink(APP_PATHS.events);
  protected readonly token = takeFragmentToken(inject(ActivatedRoute).snapshot.fragment, inject(Location));
  protected readonly ticket = signal<EventTicket | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  /** A cancel or erase that failed: shown above the ticket, which stays. */
  protected readonly actionFailure = signal<ApiFailure | null>(null);
  protected readonly busy = signal(false);
  protected readonly erased = signal(false);
  protected readonly cancelledNow = signal(false);

  protected readonly eventLink = computed(() => {
    const slug = this.ticket()?.event.slug;
    return slug ? appLink(APP_PATHS.event, { slug }) : null;
  });
  protected readonly calendarUrl = computed(() => {
    const slug = this.ticket()?.event.slug;
    return slug ? this.api.calendarUrl(slug) : null;
  });
  /** "Sabtu, 19 Desember 2026, 09.12 WIB": when they came in, in the event's zone. */
  protected readonly checkedIn = computed(() => {
    const ticket = this.ticket();
    if (!ticket?.checkedInAt) return null;
    return eventMoment(ticket.checkedInAt, this.language(), ticket.event.timeZone);
  });

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

  protected async cancel(dialog: DialogComponent): Promise<void> {
    dialog.close();
    if (await this.act((token) => this.api.cancel(token))) {
      this.cancelledNow.set(true);
      await this.load();
    }
  }

  protected async erase(dialog: DialogComponent): Promise<void> {
    dialog.close();
    if (await this.act((token) => this.api.erase(token))) {
      this.erased.set(true);
      this.ticket.set(null);
    }
  }

  private async act(call: (token: string) => Observable<unknown>): Promise<boolean> {
    if (!this.token) return false;
    this.busy.set(true);
    this.actionFailure.set(null);
    try {
      await firstValueFrom(call(this.token), { defaultValue: null });
      return true;
    } catch (error) {
      this.actionFailure.set(toApiFailure(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
