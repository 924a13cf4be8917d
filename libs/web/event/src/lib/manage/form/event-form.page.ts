import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  APP_PATHS,
  EVENT_DESCRIPTION_MAX,
  EVENT_FORMATS,
  EVENT_KINDS,
  EVENT_PARTNERS_MAX,
  EVENT_SUMMARY_MAX,
  EVENT_TITLE_MAX,
  appLink,
  type EventDetail,
  type Institution,
  type InstitutionRef,
} from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import {
  EVENT_COVER_LIMIT,
  EventLiveService,
  ManageEventsApi,
  type EventBody,
} from '@bina-pustaka/web-data-access/events';
import { formatBytes } from '@bina-pustaka/web-data-access/learning';
import { InstitutionsApi } from '@bina-pustaka/web-data-access/users';
import { AlertComponent, FailureAlertComponent, UploadFieldComponent, type UploadEvent } from '@bina-pustaka/web-ui';
import { firstValueFrom, map, type Observable } from 'rxjs';
import { EventActionsComponent } from './event-actions.component';
import { EventDaysSectionComponent } from './days-section.component';
import { EventFormState, FieldIssueComponent } from './event-form-state';
import { eventBodyOf, fillEventForm } from './event-form.model';
import { EventPeopleSectionComponent } from './people-section.component';
import { EventRegistrationSectionComponent } from './registration-section.component';
import { EventRoomFieldComponent } from './room-field.component';
import { EventSeriesFieldComponent } from './series-field.component';

/**
 * One event, new or saved: what it is (a reading club's meeting: its book and series), when
 * and where, registration and privacy, people, partners, its cover; a saved one also shows
 * its status and what may be done with it.
 * Saving sends the whole form (a new event is created as a draft and opened at its own
 * address); the api's refusals go under the fields they name, and at the top. A saved
 * event's counts move live (`event.counts` on the /events socket) as people register and
 * arrive, without touching what is being typed.
 */
@Component({
  selector: 'bp-event-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    FailureAlertComponent,
    UploadFieldComponent,
    FieldIssueComponent,
    EventActionsComponent,
    EventDaysSectionComponent,
    EventPeopleSectionComponent,
    EventRegistrationSectionComponent,
    EventSeriesFieldComponent,
    EventRoomFieldComponent,
  ],
  providers: [EventFormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event-form.page.html',
  styleUrl: '../manage.css',
})
export class EventFormPage {
  private readonly api = inject(ManageEventsApi);
  private readonly institutionsApi = inject(InstitutionsApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageStore).current;
  protected readonly state = inject(EventFormState);
  protected readonly form = this.state.form;
  protected readonly kinds = EVENT_KINDS;
  protected readonly formats = EVENT_FORMATS;
  protected readonly max = { title: EVENT_TITLE_MAX, summary: EVENT_SUMMARY_MAX, description: EVENT_DESCRIPTION_MAX };
  protected readonly listLink = appLink(APP_PATHS.manageEvents);
  protected readonly coverLimit = EVENT_COVER_LIMIT;

  protected readonly event = signal<EventDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<'saved' | 'checkFields' | null>(null);
  /** Partner organisations to pick from; those already chosen stay listed if the list cannot be read. */
  private readonly institutions = signal<InstitutionRef[]>([]);
  protected readonly partnerChoices = computed(() => {
    const chosen = this.event()?.partners ?? [];
    const all = this.institutions();
    return [...all, ...chosen.filter((partner) => !all.some((each) => each.id === partner.id))];
  });
  protected readonly partnersMax = EVENT_PARTNERS_MAX;

  protected readonly failureOf = toApiFailure;
  protected readonly size = (bytes: number): string => formatBytes(bytes, this.language());
  protected readonly uploadCover = (file: File): Observable<UploadEvent<EventDetail>> =>
    this.api.uploadCover(this.event()?.id ?? '', file).pipe(map((result) => ({ state: 'done' as const, result })));

  constructor() {
    const live = inject(EventLiveService);
    const savedId = computed(() => this.event()?.id ?? null);
    effect((onCleanup) => {
      const eventId = savedId();
      if (!eventId) return;
      const stop = live.watch(eventId, {
        counts: (counts) => this.event.update((event) => (event?.id === eventId ? { ...event, counts } : event)),
        // What happened while the socket was down was not heard: ask once.
        reconnected: () => void this.refreshCounts(eventId),
      });
      onCleanup(stop);
    });
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        const eventId = params.get('eventId');
        if (eventId) void this.load(eventId);
      });
    void this.loadInstitutions();
  }

  protected async load(eventId = this.event()?.id ?? ''): Promise<void> {
    this.loading.set(true);
    this.loadFailure.set(null);
    try {
      this.show(await firstValueFrom(this.api.event(eventId)));
    } catch (error) {
      this.loadFailure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected isPartner(id: string): boolean {
    return this.form.controls.partnerIds.value.includes(id);
  }

  protected togglePartner(id: string, on: boolean): void {
    const ids = this.form.controls.partnerIds;
    ids.setValue(on ? [...ids.value, id] : ids.value.filter((each) => each !== id));
    ids.markAsDirty();
  }

  /** Dates that are not dates are named here; everything else is the api's to judge. */
  protected async save(): Promise<void> {
    this.notice.set(null);
    this.failure.set(null);
    const built = eventBodyOf(this.form);
    if ('invalid' in built) {
      const message = this.transloco.translate('event-manage.form.invalidMoment');
      this.state.issues.set(Object.fromEntries(built.invalid.map((path) => [path, message])));
      this.notice.set('checkFields');
      return;
    }
    const current = this.event();
    this.busy.set(true);
    try {
      const saved = await firstValueFrom(
        current ? this.api.update(current.id, this.changeOf(built.body)) : this.api.create(built.body),
      );
      this.show(saved);
      this.notice.set('saved');
      if (!current) await this.router.navigateByUrl(appLink(APP_PATHS.manageEvent, { eventId: saved.id }));
    } catch (error) {
      const failure = toApiFailure(error);
      this.failure.set(failure);
      this.state.issues.set(failure.issues);
    } finally {
      this.busy.set(false);
    }
  }

  protected async removeCover(): Promise<void> {
    const current = this.event();
    if (!current) return;
    this.failure.set(null);
    this.busy.set(true);
    try {
      this.changed(await firstValueFrom(this.api.removeCover(current.id)));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.busy.set(false);
    }
  }

  /** The event's detail does not name a meeting's book: it is sent only when typed here, so a save keeps it. */
  private changeOf(body: EventBody): Partial<EventBody> {
    const change: Partial<EventBody> = { ...body };
    if (!this.form.controls.book.dirty) delete change.book;
    return change;
  }

  /** Publishing, cancelling and a new cover answer with the event as it now is. */
  protected changed(event: EventDetail): void {
    this.event.set(event);
  }

  private show(event: EventDetail): void {
    this.event.set(event);
    this.state.issues.set({});
    fillEventForm(this.form, this.state.fb, event);
    // One who may not change it (the api says so per event) reads the form as it is.
    if (event.may.edit) this.form.enable();
    else this.form.disable();
  }

  private async refreshCounts(eventId: string): Promise<void> {
    try {
      const { counts } = await firstValueFrom(this.api.event(eventId));
      this.event.update((event) => (event?.id === eventId ? { ...event, counts } : event));
    } catch {
      // The next live count (or a reload) brings them.
    }
  }

  private async loadInstitutions(): Promise<void> {
    try {
      const list: Institution[] = await firstValueFrom(this.institutionsApi.list());
      this.institutions.set(list.map(({ id, name }) => ({ id, name })));
    } catch {
      // Without the list (a lost connection) the partners already chosen stay listed and the rest of the form works.
    }
  }
}
