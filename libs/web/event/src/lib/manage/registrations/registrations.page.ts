import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  EVENT_REGISTRATION_STATUSES,
  appLink,
  type EventDetail,
  type EventRegistration,
  type EventRegistrationStatus,
} from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import {
  EVENT_EXPORT_FORMATS,
  ManageEventsApi,
  type EventExportFormat,
  type EventRegistrationListQuery,
} from '@bina-pustaka/web-data-access/events';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import {
  AlertComponent,
  DataCardDirective,
  DataRowDirective,
  DataTableComponent,
  DialogComponent,
  FailureAlertComponent,
  saveBlob,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { firstValueFrom, map } from 'rxjs';
import { EVENT_MANAGE_PAGE_SIZE } from '../../event-keys';
import { EventWhenPipe } from '../../shared/event-when';

const COLUMNS: readonly DataColumn[] = [
  { key: 'event-manage.registrations.columns.name' },
  { key: 'event-manage.registrations.columns.contact' },
  { key: 'event-manage.registrations.columns.affiliation' },
  { key: 'event-manage.registrations.columns.status' },
  { key: 'event-manage.registrations.columns.registered' },
  { key: 'event-manage.registrations.columns.checkedIn' },
  { key: 'event-manage.registrations.columns.actions', visuallyHidden: true },
];

/** Whom an organiser may still cancel: a live registration. */
const CANCELLABLE: readonly EventRegistrationStatus[] = ['unconfirmed', 'confirmed', 'waitlisted'];

/**
 * Who registered for one event: by status and searched by name or email, with their
 * contact (managers only see it), when they registered and arrived, a cancellation (asked
 * once more: it frees the seat for the next in line) and the attendance export.
 */
@Component({
  selector: 'bp-event-registrations-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    DataTableComponent,
    DataRowDirective,
    DataCardDirective,
    DialogComponent,
    FailureAlertComponent,
    EventWhenPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './registrations.page.html',
  styleUrl: '../manage.css',
})
export class EventRegistrationsPage {
  private readonly api = inject(ManageEventsApi);
  private readonly dialog = viewChild.required<DialogComponent>('confirmCancel');
  protected readonly language = inject(LanguageStore).current;
  protected readonly columns = COLUMNS;
  protected readonly statuses = EVENT_REGISTRATION_STATUSES;
  protected readonly formats = EVENT_EXPORT_FORMATS;
  protected readonly eventId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('eventId') ?? '')), {
    initialValue: '',
  });

  protected readonly event = signal<EventDetail | null>(null);
  protected readonly status = signal<EventRegistrationStatus | ''>('');
  protected readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly cancelling = signal<EventRegistration | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly registrations = pagedList(
    (): EventRegistrationListQuery & { eventId: string } => ({
      eventId: this.eventId(),
      status: this.status() || undefined,
      q: this.q() || undefined,
      page: this.page(),
      pageSize: EVENT_MANAGE_PAGE_SIZE,
    }),
    ({ eventId, ...query }) => this.api.registrations(eventId, query),
  );

  constructor() {
    void this.loadEvent();
  }

  protected eventLink(): string {
    return appLink(APP_PATHS.manageEvent, { eventId: this.eventId() });
  }

  /** "Daftar tunggu · urutan ke-3" */
  protected statusLine(registration: EventRegistration, t: (key: string, params?: object) => string): string {
    const status = t(`event-manage.registrationStatuses.${registration.status}`);
    return registration.waitlistPosition
      ? `${status} · ${t('event-manage.registrations.position', { position: registration.waitlistPosition })}`
      : status;
  }

  protected contactLine(registration: EventRegistration): string {
    return [registration.email, registration.whatsapp, registration.affiliation].filter(Boolean).join(' · ');
  }

  /** "Pekerjaan: Guru · Status Anda: Umum", in the order of the event's questions. */
  protected answersLine(registration: EventRegistration): string {
    return (this.event()?.questions ?? [])
      .filter((question) => registration.answers[question.id])
      .map((question) => `${question.label}: ${registration.answers[question.id]}`)
      .join(' · ');
  }

  protected mayCancel(registration: EventRegistration): boolean {
    return CANCELLABLE.includes(registration.status);
  }

  protected filter(event: Event, status: string, q: string): void {
    event.preventDefault();
    this.status.set(status as EventRegistrationStatus | '');
    this.q.set(q.trim());
    this.page.set(1);
  }

  protected ask(registration: EventRegistration): void {
    this.failure.set(null);
    this.notice.set(null);
    this.cancelling.set(registration);
    this.dialog().open();
  }

  protected async cancel(): Promise<void> {
    const registration = this.cancelling();
    if (!registration) return;
    const result = await this.attempt(() =>
      firstValueFrom(this.api.cancelRegistration(this.eventId(), registration.id)),
    );
    this.dialog().close();
    if (!result) return;
    this.notice.set(result.message);
    this.registrations.reload();
  }

  /** Every live registration (the event's page exports who came). */
  protected async download(format: EventExportFormat): Promise<void> {
    const file = await this.attempt(() => firstValueFrom(this.api.attendance(this.eventId(), format, true)));
    if (file) saveBlob(file.blob, file.fileName);
  }

  private async loadEvent(): Promise<void> {
    try {
      this.event.set(await firstValueFrom(this.api.event(this.eventId())));
    } catch {
      // The list says why (the same 404 answers it); the dates fall back to WIB.
    }
  }

  private async attempt<T>(call: () => Promise<T>): Promise<T | null> {
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set(null);
    try {
      return await call();
    } catch (error) {
      this.failure.set(toApiFailure(error));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}
