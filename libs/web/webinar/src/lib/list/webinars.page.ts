import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type WebinarSession } from '@bina-pustaka/shared-contracts';
import { AuthStore, LanguageStore, WEBINAR_SCHEDULER_ROLES, hasAnyRole } from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { WebinarApi } from '@bina-pustaka/web-data-access/webinar';
import { FailureAlertComponent, PaginationComponent } from '@bina-pustaka/web-ui';
import { map } from 'rxjs';
import { WEBINAR_LIST_TABS, type WebinarListTab } from '../webinar-keys';
import { endText, scheduleText } from '../shared/schedule';
import { WebinarStatusComponent } from '../shared/status-badge.component';

const PAGE_SIZE = 12;

/** Webinar: the sessions the reader may join or manage, to come and past; "Jadwalkan" for trainers. */
@Component({
  selector: 'bp-webinars-page',
  imports: [RouterLink, TranslocoDirective, FailureAlertComponent, PaginationComponent, WebinarStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './webinars.page.html',
  styleUrl: './webinars.page.css',
})
export class WebinarsPage {
  private readonly api = inject(WebinarApi);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguageStore).current;

  protected readonly maySchedule = computed(() => hasAnyRole(this.auth.roles(), WEBINAR_SCHEDULER_ROLES));
  protected readonly tabs = computed(() =>
    WEBINAR_LIST_TABS.filter((tab) => tab !== 'sesi-saya' || this.maySchedule()),
  );
  protected readonly newLink = appLink(APP_PATHS.newWebinar);
  protected readonly tab = toSignal(
    this.route.queryParamMap.pipe(
      map((params): WebinarListTab => {
        const value = params.get('tab');
        return (WEBINAR_LIST_TABS as readonly string[]).includes(value ?? '')
          ? (value as WebinarListTab)
          : 'akan-datang';
      }),
    ),
    { requireSync: true },
  );
  protected readonly page = signal(1);
  private readonly list = pagedList(
    () => ({ tab: this.tab(), page: this.page() }),
    ({ tab, page }) =>
      this.api.list({
        when: tab === 'selesai' ? 'past' : 'upcoming',
        mine: tab === 'sesi-saya' ? true : undefined,
        page,
        pageSize: PAGE_SIZE,
      }),
  );
  protected readonly result = this.list.page;
  protected readonly failure = this.list.failure;
  protected readonly loading = this.list.loading;

  constructor() {
    // Another tab starts on its first page.
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(() => this.page.set(1));
  }

  protected link(session: WebinarSession): string {
    return appLink(APP_PATHS.webinar, { webinarId: session.id });
  }

  protected schedule(session: WebinarSession): string {
    return scheduleText(session, this.language());
  }

  protected end(session: WebinarSession): string {
    return endText(session, this.language());
  }

  protected goTo(page: number): void {
    this.page.set(page);
  }

  protected tabLink(tab: WebinarListTab): Record<string, string | null> {
    return { tab: tab === 'akan-datang' ? null : tab };
  }

  protected retry(): void {
    this.list.reload();
  }
}
