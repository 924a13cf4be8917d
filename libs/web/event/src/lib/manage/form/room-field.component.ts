import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { WebinarSession } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { WebinarApi } from '@bina-pustaka/web-data-access/webinar';
import { firstValueFrom } from 'rxjs';
import { EventWhenPipe } from '../../shared/event-when';
import { EventFormState, FieldIssueComponent } from './event-form-state';

type RoomChoice = Pick<WebinarSession, 'id' | 'title' | 'startsAt' | 'timeZone'>;

/**
 * The webinar room of an online or hybrid event: made by the api when the event is
 * published (the default), or one of the upcoming sessions the organiser hosts. The room
 * the event already has stays offered, so saving keeps it.
 */
@Component({
  selector: 'bp-event-room-field',
  imports: [ReactiveFormsModule, TranslocoDirective, FieldIssueComponent, EventWhenPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="field" *transloco="let t">
      <label for="event-room">{{ t('event-manage.form.about.room') }}</label>
      <select
        id="event-room"
        [formControl]="state.form.controls.webinarSessionId"
        [attr.aria-invalid]="state.issue('webinarSessionId') ? true : null"
        aria-describedby="event-room-hint event-room-error"
      >
        <option [ngValue]="null">{{ t('event-manage.form.about.roomMade') }}</option>
        @for (session of choices(); track session.id) {
          <option [ngValue]="session.id">
            {{ session.title || t('event-manage.form.about.roomCurrent') }}
            @if (session.startsAt) {
              · {{ session.startsAt | bpEventWhen: session.timeZone : language() }}
            }
          </option>
        }
      </select>
      <p class="hint" id="event-room-hint">{{ t('event-manage.form.about.roomHint') }}</p>
      <bp-field-issue path="webinarSessionId" fieldId="event-room" />
    </div>
  `,
})
export class EventRoomFieldComponent {
  /** The room the saved event has (null: none yet, or a new event). */
  readonly current = input<string | null>(null);
  protected readonly state = inject(EventFormState);
  protected readonly language = inject(LanguageStore).current;
  private readonly api = inject(WebinarApi);
  private readonly hosted = signal<RoomChoice[]>([]);
  protected readonly choices = computed<RoomChoice[]>(() => {
    const current = this.current();
    const all = this.hosted();
    return current && !all.some((session) => session.id === current)
      ? [...all, { id: current, title: '', startsAt: '', timeZone: '' }]
      : all;
  });

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const page = await firstValueFrom(this.api.list({ when: 'upcoming', mine: true, page: 1, pageSize: 50 }));
      this.hosted.set(
        page.items
          .filter((session) => session.myRole === 'host')
          .map(({ id, title, startsAt, timeZone }) => ({ id, title, startsAt, timeZone })),
      );
    } catch {
      // Without the list (a lost connection) the event's own room stays offered and the rest of the form works.
    }
  }
}
