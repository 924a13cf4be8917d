import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EventSeriesRef } from '@bina-pustaka/shared-contracts';
import { AuthStore, EVENT_CREATOR_ROLES } from '@bina-pustaka/web-data-access';
import { ManageEventsApi } from '@bina-pustaka/web-data-access/events';
import { firstValueFrom } from 'rxjs';
import { EventFormState, FieldIssueComponent } from './event-form-state';

/**
 * Which reading-club series a meeting belongs to (GET /api/event-series, a list for
 * coordinators and admins). An organiser who may not read the list, or a list that cannot
 * be read, still sees the event's own series, so saving keeps it.
 */
@Component({
  selector: 'bp-event-series-field',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldIssueComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field" *transloco="let t">
      <label for="event-series">{{ t('event-manage.form.about.series') }}</label>
      <select
        id="event-series"
        [formControl]="state.form.controls.seriesId"
        [attr.aria-invalid]="state.issue('seriesId') ? true : null"
        aria-describedby="event-series-hint event-series-error"
      >
        <option [ngValue]="null">{{ t('event-manage.form.about.noSeries') }}</option>
        @for (series of choices(); track series.id) {
          <option [ngValue]="series.id">{{ series.title }}</option>
        }
      </select>
      <p class="hint" id="event-series-hint">{{ t('event-manage.form.about.seriesHint') }}</p>
      <bp-field-issue path="seriesId" fieldId="event-series" />
    </div>
  `,
})
export class EventSeriesFieldComponent {
  /** The series the saved event belongs to (null: none, or a new event). */
  readonly current = input<EventSeriesRef | null>(null);
  protected readonly state = inject(EventFormState);
  private readonly api = inject(ManageEventsApi);
  private readonly listed = signal<EventSeriesRef[]>([]);
  protected readonly choices = computed(() => {
    const current = this.current();
    const all = this.listed();
    return current && !all.some((series) => series.id === current.id) ? [...all, current] : all;
  });

  constructor() {
    if (inject(AuthStore).hasAnyRole(EVENT_CREATOR_ROLES)) void this.load();
  }

  private async load(): Promise<void> {
    try {
      const list = await firstValueFrom(this.api.seriesList());
      this.listed.set(list.map(({ id, title }) => ({ id, title })));
    } catch {
      // Without the list (a lost connection) the event's own series stays offered and the rest of the form works.
    }
  }
}
