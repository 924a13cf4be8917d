import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { EVENT_DAYS_MAX, EVENT_PROGRAMME_MAX, EVENT_TIME_ZONES } from '@bina-pustaka/shared-contracts';
import { ZONE_NAMES } from '../event-time';
import { EventFormState, FieldIssueComponent } from './event-form-state';
import { dayGroup, programmeGroup } from './event-form.model';

/**
 * When: the zone the event is held in (its times are typed and shown in it), its days (a
 * date with a start and end time each), and the programme lines of each day.
 */
@Component({
  selector: 'bp-event-days-section',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldIssueComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../manage.css',
  template: `
    <section class="card section" aria-labelledby="event-when-heading" *transloco="let t">
      <h2 id="event-when-heading">{{ t('event-manage.form.when.heading') }}</h2>
      <div class="field">
        <label for="event-zone">{{ t('event-manage.form.when.zone') }}</label>
        <select id="event-zone" [formControl]="form.controls.timeZone" aria-describedby="event-zone-hint">
          @for (zone of zones; track zone) {
            <option [value]="zone">{{ t('event-manage.zones.' + zoneNames[zone]) }}</option>
          }
        </select>
        <p class="hint" id="event-zone-hint">{{ t('event-manage.form.when.zoneHint') }}</p>
      </div>
      <bp-field-issue path="days" fieldId="event-days" />
      <ol class="event-rows">
        @for (day of form.controls.days.controls; track day; let i = $index) {
          <li class="event-row">
            <fieldset class="event-fieldset">
              <legend>{{ t('event-manage.form.when.day', { number: i + 1 }) }}</legend>
              <div class="field-row">
                <div class="field">
                  <label [for]="'event-day-' + i">{{ t('event-manage.form.when.date') }}</label>
                  <input
                    type="date"
                    [id]="'event-day-' + i"
                    [formControl]="day.controls.date"
                    [attr.aria-invalid]="state.issue('days.' + i + '.startsAt') ? true : null"
                    [attr.aria-describedby]="'event-day-' + i + '-error'"
                  />
                </div>
                <div class="field">
                  <label [for]="'event-day-' + i + '-start'">{{ t('event-manage.form.when.start') }}</label>
                  <input type="time" [id]="'event-day-' + i + '-start'" [formControl]="day.controls.start" />
                </div>
                <div class="field">
                  <label [for]="'event-day-' + i + '-end'">{{ t('event-manage.form.when.end') }}</label>
                  <input
                    type="time"
                    [id]="'event-day-' + i + '-end'"
                    [formControl]="day.controls.end"
                    [attr.aria-invalid]="state.issue('days.' + i + '.endsAt') ? true : null"
                    [attr.aria-describedby]="'event-day-' + i + '-end-error'"
                  />
                </div>
              </div>
              <bp-field-issue [path]="'days.' + i + '.startsAt'" [fieldId]="'event-day-' + i" />
              <bp-field-issue [path]="'days.' + i + '.endsAt'" [fieldId]="'event-day-' + i + '-end'" />
              @if (form.controls.days.length > 1) {
                <button type="button" class="btn btn-link" (click)="removeDay(i)">
                  {{ t('event-manage.form.when.removeDay', { number: i + 1 }) }}
                </button>
              }
            </fieldset>
          </li>
        }
      </ol>
      @if (form.controls.days.length < daysMax) {
        <button type="button" class="btn btn-secondary btn-small" (click)="addDay()">
          {{ t('event-manage.form.when.addDay') }}
        </button>
      }

      <h3>{{ t('event-manage.form.programme.heading') }}</h3>
      <p class="hint">{{ t('event-manage.form.programme.hint') }}</p>
      <bp-field-issue path="programme" fieldId="event-programme" />
      <ol class="event-rows">
        @for (item of form.controls.programme.controls; track item; let i = $index) {
          <li class="event-row">
            <fieldset class="event-fieldset">
              <legend>{{ t('event-manage.form.programme.line', { number: i + 1 }) }}</legend>
              <div class="field-row">
                <div class="field">
                  <label [for]="'event-programme-' + i + '-day'">{{ t('event-manage.form.programme.day') }}</label>
                  <select [id]="'event-programme-' + i + '-day'" [formControl]="item.controls.day">
                    @for (day of form.controls.days.controls; track day; let d = $index) {
                      <option [ngValue]="d">{{ t('event-manage.form.when.day', { number: d + 1 }) }}</option>
                    }
                  </select>
                </div>
                <div class="field">
                  <label [for]="'event-programme-' + i + '-start'">{{ t('event-manage.form.when.start') }}</label>
                  <input type="time" [id]="'event-programme-' + i + '-start'" [formControl]="item.controls.startsAt" />
                </div>
                <div class="field">
                  <label [for]="'event-programme-' + i + '-end'">{{ t('event-manage.form.programme.end') }}</label>
                  <input type="time" [id]="'event-programme-' + i + '-end'" [formControl]="item.controls.endsAt" />
                </div>
              </div>
              <div class="field">
                <label [for]="'event-programme-' + i + '-title'">{{ t('event-manage.form.programme.title') }}</label>
                <input
                  type="text"
                  maxlength="200"
                  [id]="'event-programme-' + i + '-title'"
                  [formControl]="item.controls.title"
                  [attr.aria-describedby]="'event-programme-' + i + '-title-error'"
                />
                <bp-field-issue [path]="'programme.' + i + '.title'" [fieldId]="'event-programme-' + i + '-title'" />
              </div>
              <div class="field">
                <label [for]="'event-programme-' + i + '-by'">{{ t('event-manage.form.programme.by') }}</label>
                <input
                  type="text"
                  maxlength="160"
                  [id]="'event-programme-' + i + '-by'"
                  [formControl]="item.controls.by"
                />
              </div>
              <bp-field-issue [path]="'programme.' + i + '.startsAt'" [fieldId]="'event-programme-' + i + '-start'" />
              <button type="button" class="btn btn-link" (click)="form.controls.programme.removeAt(i)">
                {{ t('event-manage.form.programme.remove', { number: i + 1 }) }}
              </button>
            </fieldset>
          </li>
        }
      </ol>
      @if (form.controls.programme.length < programmeMax) {
        <button type="button" class="btn btn-secondary btn-small" (click)="addLine()">
          {{ t('event-manage.form.programme.add') }}
        </button>
      }
    </section>
  `,
})
export class EventDaysSectionComponent {
  protected readonly state = inject(EventFormState);
  protected readonly form = this.state.form;
  protected readonly zones = EVENT_TIME_ZONES;
  protected readonly zoneNames = ZONE_NAMES;
  protected readonly daysMax = EVENT_DAYS_MAX;
  protected readonly programmeMax = EVENT_PROGRAMME_MAX;

  /** A new day follows the last one, at the same hours. */
  protected addDay(): void {
    const days = this.form.controls.days;
    const last = days.at(days.length - 1)?.getRawValue();
    const next = last?.date ? nextDate(last.date) : '';
    days.push(dayGroup(this.state.fb, next, last?.start, last?.end));
  }

  /** A day's programme lines go with it; later days' lines move up by one. */
  protected removeDay(index: number): void {
    const programme = this.form.controls.programme;
    for (let i = programme.length - 1; i >= 0; i--) {
      const day = programme.at(i).controls.day;
      if (day.value === index) programme.removeAt(i);
      else if (day.value > index) day.setValue(day.value - 1);
    }
    this.form.controls.days.removeAt(index);
  }

  protected addLine(): void {
    const programme = this.form.controls.programme;
    const lastDay = programme.length ? programme.at(programme.length - 1).controls.day.value : 0;
    programme.push(programmeGroup(this.state.fb, lastDay));
  }
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
