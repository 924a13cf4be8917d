import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { APP_PATHS, appLink, type EventSeries, type EventSeriesSchedule } from '@bina-pustaka/shared-contracts';
import type { UiLocale } from '@bina-pustaka/shared-util';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ManageEventsApi } from '@bina-pustaka/web-data-access/events';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { EventWhenPipe } from '../../shared/event-when';
import { ZONE_NAMES, clockText, weekdayName } from '../event-time';

/**
 * A reading club (_klub membaca_): its schedule in words, its meetings with the book of each
 * and how many came, and how many people have joined any meeting.
 */
@Component({
  selector: 'bp-reading-club-page',
  imports: [RouterLink, TranslocoDirective, FailureAlertComponent, EventWhenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reading-club.page.html',
  styleUrl: '../manage.css',
})
export class ReadingClubPage {
  private readonly api = inject(ManageEventsApi);
  private readonly transloco = inject(TranslocoService);
  protected readonly language = inject(LanguageStore).current;
  protected readonly listLink = appLink(APP_PATHS.manageEvents);
  protected readonly series = signal<EventSeries | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  private seriesId = '';

  protected readonly schedule = computed(() => {
    const series = this.series();
    return series
      ? scheduleText(series.schedule, this.language(), (key, params) => this.transloco.translate(key, params))
      : '';
  });
  /** Arrivals by meeting, to show beside each. */
  protected readonly arrived = computed(
    () => new Map((this.series()?.attendance ?? []).map((each) => [each.meetingId, each.arrived])),
  );

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        this.seriesId = params.get('seriesId') ?? '';
        void this.load();
      });
  }

  protected meetingLink(eventId: string): string {
    return appLink(APP_PATHS.manageEvent, { eventId });
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      this.series.set(await firstValueFrom(this.api.series(this.seriesId)));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}

/** "Setiap Sabtu kedua, 09.00–11.00 WIB" / "Every second Saturday, 09:00–11:00 WIB". */
export function scheduleText(
  schedule: EventSeriesSchedule,
  language: UiLocale,
  translate: (key: string, params: Record<string, string>) => string,
): string {
  const params = {
    weekday: weekdayName(schedule.weekday, language),
    ordinal: schedule.weekOfMonth ? translate(`event-manage.series.ordinals.${schedule.weekOfMonth}`, {}) : '',
    start: clockText(schedule.startTime, language),
    end: clockText(schedule.endTime, language),
    zone: ZONE_NAMES[schedule.timeZone],
  };
  return translate(schedule.weekOfMonth ? 'event-manage.series.monthly' : 'event-manage.series.weekly', params);
}
