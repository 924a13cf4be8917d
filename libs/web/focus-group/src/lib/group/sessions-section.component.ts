import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  FOCUS_GROUP_SESSION_MODES,
  FOCUS_GROUP_TOPIC_MAX,
  appLink,
  type FocusGroupDetail,
  type FocusGroupSession,
  type FocusGroupSessionMode,
} from '@bina-pustaka/shared-contracts';
import { wibDatePlusDays } from '@bina-pustaka/shared-util';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { SESSION_ZONES, zoneKey } from '../focus-group-keys';
import { GroupChange } from '../shared/group-change';
import { SessionTimePipe, fromZoneParts } from '../shared/session-time';
import { SessionNotesComponent } from './session-notes.component';

/**
 * The group's sessions, each with its place (a room, or the webinar room only the group
 * may enter) and its notes; managers plan a session (typed in WIB, WITA or WIT) and
 * cancel one.
 */
@Component({
  selector: 'bp-fg-sessions',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    FailureAlertComponent,
    FORM_FIELD,
    SessionTimePipe,
    SessionNotesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sessions-section.component.html',
  styleUrl: '../shared/focus-group.css',
})
export class SessionsSectionComponent {
  private readonly api = inject(FocusGroupApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageStore).current;
  readonly group = input.required<FocusGroupDetail>();
  readonly changed = output<FocusGroupDetail>();

  protected readonly modes = FOCUS_GROUP_SESSION_MODES;
  protected readonly zones = SESSION_ZONES;
  protected readonly zoneKey = zoneKey;
  protected readonly titleMax = FOCUS_GROUP_TOPIC_MAX;
  protected readonly change = new GroupChange();
  protected readonly feedback = new FormFeedback();
  protected readonly adding = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(FOCUS_GROUP_TOPIC_MAX)]],
    date: [wibDatePlusDays(7), Validators.required],
    time: ['09:00', Validators.required],
    timeZone: ['Asia/Jakarta'],
    durationMinutes: [90, [Validators.required, Validators.min(15), Validators.max(480)]],
    mode: ['in-person' as FocusGroupSessionMode],
    location: ['', [Validators.minLength(3), Validators.maxLength(300)]],
  });
  protected readonly mode = toSignal(this.form.controls.mode.valueChanges, {
    initialValue: this.form.controls.mode.value,
  });

  protected roomLink(session: FocusGroupSession): string | null {
    return session.webinarSessionId ? appLink(APP_PATHS.webinarRoom, { webinarId: session.webinarSessionId }) : null;
  }

  protected async add(): Promise<void> {
    const value = this.form.getRawValue();
    // An in-person session says where (the api refuses it otherwise): ask before sending.
    const location = this.form.controls.location;
    location.setValidators(
      value.mode === 'in-person'
        ? [Validators.required, Validators.minLength(3), Validators.maxLength(300)]
        : [Validators.maxLength(300)],
    );
    location.updateValueAndValidity();
    const startsAt = fromZoneParts(value.date, value.time, value.timeZone);
    if (!startsAt) this.form.controls.date.setErrors({ required: true });
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const next = await firstValueFrom(
        this.api.addSession(this.group().id, {
          title: value.title.trim(),
          startsAt: startsAt ?? '',
          durationMinutes: Number(value.durationMinutes),
          timeZone: value.timeZone,
          mode: value.mode,
          location: value.mode === 'in-person' ? value.location.trim() : null,
        }),
      );
      this.changed.emit(next);
    });
    if (done) {
      this.form.reset();
      this.adding.set(false);
    }
  }

  protected async cancel(session: FocusGroupSession): Promise<void> {
    await this.change.run(this.api.updateSession(this.group().id, session.id, { cancelled: true }), (next) =>
      this.changed.emit(next),
    );
  }
}
