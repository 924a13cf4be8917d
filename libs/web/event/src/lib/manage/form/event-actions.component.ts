import { ChangeDetectionStrategy, Component, inject, input, output, signal, viewChild } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CertificateTemplate, type EventDetail } from '@bina-pustaka/shared-contracts';
import { AuthStore, EVENT_CREATOR_ROLES, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CertificateTemplatesApi } from '@bina-pustaka/web-data-access/certificates';
import {
  EVENT_CERTIFICATE_ROLES,
  EVENT_EXPORT_FORMATS,
  ManageEventsApi,
  type EventCertificateRole,
  type EventCertificatesResult,
  type EventExportFormat,
} from '@bina-pustaka/web-data-access/events';
import { AlertComponent, DialogComponent, FailureAlertComponent, saveBlob } from '@bina-pustaka/web-ui';
import { firstValueFrom, map, type Observable } from 'rxjs';

type Confirmable = 'publish' | 'cancel' | 'remove';

/**
 * What is done with a saved event: its status and counts, publishing and cancelling (each
 * asked once more in a dialog: a cancellation emails everyone registered), the pages it
 * leads to, the attendance export and certificates, as the event's `may` allows.
 */
@Component({
  selector: 'bp-event-actions',
  imports: [RouterLink, TranslocoDirective, AlertComponent, DialogComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../manage.css',
  templateUrl: './event-actions.component.html',
})
export class EventActionsComponent {
  readonly event = input.required<EventDetail>();
  readonly changed = output<EventDetail>();
  private readonly api = inject(ManageEventsApi);
  private readonly templatesApi = inject(CertificateTemplatesApi);
  private readonly router = inject(Router);
  private readonly dialog = viewChild.required<DialogComponent>('confirm');
  /** Coordinators and admins may delete a draft (the api refuses one that was ever published). */
  protected readonly mayRemove = inject(AuthStore).hasAnyRole(EVENT_CREATOR_ROLES);

  protected readonly formats = EVENT_EXPORT_FORMATS;
  protected readonly certificateRoles = EVENT_CERTIFICATE_ROLES;
  protected readonly asking = signal<Confirmable>('publish');
  protected readonly busy = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly templates = signal<CertificateTemplate[] | null>(null);
  /** What the newest issuing did, summed over the roles. */
  protected readonly issued = signal<{ queued: number; alreadyHeld: number; skipped: number; credited: number } | null>(
    null,
  );
  protected readonly chosenRoles = signal<EventCertificateRole[]>(['peserta']);
  private templatesAsked = false;

  protected publicLink(event: EventDetail): string {
    return appLink(APP_PATHS.event, { slug: event.slug });
  }

  protected registrationsLink(event: EventDetail): string {
    return appLink(APP_PATHS.eventRegistrations, { eventId: event.id });
  }

  protected checkInLink(event: EventDetail): string {
    return appLink(APP_PATHS.eventCheckIn, { eventId: event.id });
  }

  protected seriesLink(seriesId: string): string {
    return appLink(APP_PATHS.readingClub, { seriesId });
  }

  protected ask(action: Confirmable): void {
    this.failure.set(null);
    this.notice.set(null);
    this.asking.set(action);
    this.dialog().open();
  }

  protected async confirmAction(): Promise<void> {
    const event = this.event();
    const asking = this.asking();
    if (asking === 'remove') {
      const removed = await this.attempt(this.api.remove(event.id).pipe(map(() => true)));
      this.dialog().close();
      if (removed) await this.router.navigateByUrl(appLink(APP_PATHS.manageEvents));
      return;
    }
    const done = await this.attempt(asking === 'publish' ? this.api.publish(event.id) : this.api.cancel(event.id));
    this.dialog().close();
    if (!done) return;
    this.notice.set(asking === 'publish' ? 'event-manage.actions.published' : 'event-manage.actions.cancelled');
    this.changed.emit(done);
  }

  protected async download(format: EventExportFormat): Promise<void> {
    const file = await this.attempt(this.api.attendance(this.event().id, format));
    if (file) saveBlob(file.blob, file.fileName);
  }

  /** The templates are read once the section is opened: only certificate managers see it. */
  protected async loadTemplates(): Promise<void> {
    if (this.templatesAsked) return;
    this.templatesAsked = true;
    const templates = await this.attempt(this.templatesApi.list());
    this.templates.set(templates);
    // A failed read may be tried again by opening the section again.
    if (!templates) this.templatesAsked = false;
  }

  protected toggleRole(role: EventCertificateRole, on: boolean): void {
    this.chosenRoles.update((roles) => (on ? [...roles, role] : roles.filter((each) => each !== role)));
  }

  protected async issue(event: Event, templateId: string): Promise<void> {
    event.preventDefault();
    const roles = this.certificateRoles.filter((role) => this.chosenRoles().includes(role));
    if (!templateId || roles.length === 0) {
      this.failure.set(null);
      this.notice.set('event-manage.actions.certificates.pickBoth');
      return;
    }
    const done = await this.attempt(this.api.issueCertificates(this.event().id, { templateId, roles }));
    if (done) this.issued.set(summed(done));
  }

  private async attempt<T>(call: Observable<T>): Promise<T | null> {
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set(null);
    this.issued.set(null);
    try {
      return await firstValueFrom(call);
    } catch (error) {
      this.failure.set(toApiFailure(error));
      return null;
    } finally {
      this.busy.set(false);
    }
  }
}

function summed(result: EventCertificatesResult) {
  const total = (key: 'queued' | 'alreadyHeld' | 'skipped') => result.roles.reduce((sum, role) => sum + role[key], 0);
  return {
    queued: total('queued'),
    alreadyHeld: total('alreadyHeld'),
    skipped: total('skipped'),
    credited: result.creditedFacilitators,
  };
}
