import { ChangeDetectionStrategy, Component, ElementRef, type OnInit, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  FOCUS_GROUP_SESSION_MODES,
  FOCUS_GROUP_TOPIC_MAX,
  type FocusGroupDetail,
  type FocusGroupSession,
  type FocusGroupSessionMode,
} from '@bina-pustaka/shared-contracts';
import { wibDatePlusDays } from '@bina-pustaka/shared-util';
import { FocusGroupApi, type SessionPatch } from '@bina-pustaka/web-data-access/focus-groups';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { SESSION_ZONES, zoneKey } from '../focus-group-keys';
import { fromZoneParts, toZoneParts } from '../shared/session-time';

const LOCATION = [Validators.minLength(3), Validators.maxLength(300)];

/**
 * A session planned or changed (typed in WIB, WITA or WIT). How the group meets is chosen
 * once: an online session owns its webinar room, so changing the mode means cancelling
 * the session and planning another. A change sends only the fields that changed.
 */
@Component({
  selector: 'bp-fg-session-form',
  imports: [ReactiveFormsModule, TranslocoDirective, FailureAlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-form.component.html',
  styleUrl: '../shared/focus-group.css',
})
export class SessionFormComponent implements OnInit {
  private readonly api = inject(FocusGroupApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly group = input.required<FocusGroupDetail>();
  /** The session to change; none: a new one. */
  readonly session = input<FocusGroupSession | null>(null);
  readonly changed = output<FocusGroupDetail>();
  readonly closed = output<void>();

  protected readonly modes = FOCUS_GROUP_SESSION_MODES;
  protected readonly zones = SESSION_ZONES;
  protected readonly zoneKey = zoneKey;
  protected readonly titleMax = FOCUS_GROUP_TOPIC_MAX;
  protected readonly feedback = new FormFeedback();

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(FOCUS_GROUP_TOPIC_MAX)]],
    date: [wibDatePlusDays(7), Validators.required],
    time: ['09:00', Validators.required],
    timeZone: ['Asia/Jakarta'],
    durationMinutes: [90, [Validators.required, Validators.min(15), Validators.max(480)]],
    mode: ['in-person' as FocusGroupSessionMode],
    location: ['', LOCATION],
  });
  protected readonly mode = toSignal(this.form.controls.mode.valueChanges, {
    initialValue: this.form.controls.mode.value,
  });

  /** Ids stay unique when several sessions are open for change at once. */
  protected id(field: string): string {
    const session = this.session();
    return session ? `fg-session-${session.id}-${field}` : `fg-session-${field}`;
  }

  ngOnInit(): void {
    const session = this.session();
    if (!session) return;
    this.form.reset({
      title: session.title,
      ...toZoneParts(session.startsAt, session.timeZone),
      timeZone: session.timeZone,
      durationMinutes: session.durationMinutes,
      mode: session.mode,
      location: session.location ?? '',
    });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    // An in-person session says where (the api refuses it otherwise): ask before sending.
    const location = this.form.controls.location;
    location.setValidators(
      value.mode === 'in-person' ? [Validators.required, ...LOCATION] : [Validators.maxLength(300)],
    );
    location.updateValueAndValidity();
    const startsAt = fromZoneParts(value.date, value.time, value.timeZone);
    if (!startsAt) this.form.controls.date.setErrors({ required: true });
    const fields = {
      title: value.title.trim(),
      startsAt: startsAt ?? '',
      durationMinutes: Number(value.durationMinutes),
      timeZone: value.timeZone,
      location: value.mode === 'in-person' ? value.location.trim() : null,
    };
    const session = this.session();
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      if (!session) {
        this.changed.emit(await firstValueFrom(this.api.addSession(this.group().id, { ...fields, mode: value.mode })));
        return;
      }
      const patch = changedFields(session, fields);
      if (Object.keys(patch).length === 0) return;
      this.changed.emit(await firstValueFrom(this.api.updateSession(this.group().id, session.id, patch)));
    });
    if (done) this.closed.emit();
  }
}

/** What differs from the session as it is; the same moment typed again is no change. */
function changedFields(session: FocusGroupSession, fields: Required<Omit<SessionPatch, 'cancelled'>>): SessionPatch {
  const patch: SessionPatch = {};
  if (fields.title !== session.title) patch.title = fields.title;
  if (Date.parse(fields.startsAt) !== Date.parse(session.startsAt)) patch.startsAt = fields.startsAt;
  if (fields.durationMinutes !== session.durationMinutes) patch.durationMinutes = fields.durationMinutes;
  if (fields.timeZone !== session.timeZone) patch.timeZone = fields.timeZone;
  if (session.mode === 'in-person' && fields.location !== session.location) patch.location = fields.location;
  return patch;
}
