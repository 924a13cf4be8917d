import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, EVENT_KINDS, appLink, type EventKind, type EventSummary } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { PublicEventsApi, type PublicEventQuery } from '@bina-pustaka/web-data-access/events';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { map } from 'rxjs';
import { EventWhenPipe } from '../../shared/event-when';
import { SeatsBadgeComponent } from './seats-badge.component';

const PAGE_SIZE = 12;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * /acara: the library's upcoming events as cards. The filters live in the address bar, so a
 * link shared in WhatsApp ("pameran buku bulan ini") opens with them.
 */
@Component({
  selector: 'bp-events-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    PaginationComponent,
    FailureAlertComponent,
    EventWhenPipe,
    SeatsBadgeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './events.page.html',
  styleUrl: '../public.css',
})
export class EventsPage {
  private readonly api = inject(PublicEventsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly language = inject(LanguageStore).current;
  protected readonly kinds = EVENT_KINDS;

  protected readonly query = toSignal(
    this.route.queryParamMap.pipe(
      map((params): PublicEventQuery => {
        const kind = params.get('kind');
        const day = (name: string) => {
          const value = params.get(name);
          return value && DAY.test(value) ? value : undefined;
        };
        const page = Number(params.get('page'));
        return {
          kind: (EVENT_KINDS as readonly string[]).includes(kind ?? '') ? (kind as EventKind) : undefined,
          from: day('from'),
          to: day('to'),
          page: Number.isInteger(page) && page > 0 ? page : 1,
          pageSize: PAGE_SIZE,
        };
      }),
    ),
    { requireSync: true },
  );
  protected readonly filtered = computed(() => {
    const { kind, from, to } = this.query();
    return !!(kind || from || to);
  });
  private readonly list = pagedList(
    () => this.query(),
    (query) => this.api.list(query),
  );
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;

  protected eventLink(event: EventSummary): string {
    return appLink(APP_PATHS.event, { slug: event.slug });
  }

  protected filter(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim() || null;
    let [from, to] = [text('from'), text('to')];
    // A range written backwards is still the range the person meant.
    if (from && to && to < from) [from, to] = [to, from];
    void this.router.navigate([], { relativeTo: this.route, queryParams: { kind: text('kind'), from, to } });
  }

  protected clear(form: HTMLFormElement): void {
    form.reset();
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected goTo(page: number): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { page }, queryParamsHandling: 'merge' });
  }

  protected retry(): void {
    this.list.reload();
  }
}
