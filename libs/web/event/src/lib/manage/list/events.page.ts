import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  EVENT_KINDS,
  EVENT_STATUSES,
  appLink,
  type EventKind,
  type EventStatus,
} from '@bina-pustaka/shared-contracts';
import { AuthStore, EVENT_CREATOR_ROLES, LanguageStore } from '@bina-pustaka/web-data-access';
import { ManageEventsApi, type StaffEventListQuery } from '@bina-pustaka/web-data-access/events';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { DataCardDirective, DataRowDirective, DataTableComponent, type DataColumn } from '@bina-pustaka/web-ui';
import { EVENT_MANAGE_PAGE_SIZE } from '../../event-keys';
import { EventWhenPipe } from '../../shared/event-when';

const COLUMNS: readonly DataColumn[] = [
  { key: 'event-manage.list.columns.title' },
  { key: 'event-manage.list.columns.kind' },
  { key: 'event-manage.list.columns.date' },
  { key: 'event-manage.list.columns.status' },
  { key: 'event-manage.list.columns.seats' },
];

/**
 * The events a person may manage (coordinators and admins: all; an organiser: theirs, as
 * the api decides), filtered by status, kind and words of the title; dates in each event's
 * own zone, and where each one's seats stand ("Terisi 12 dari 40 kursi", waiting, arrived).
 * Coordinators and admins start a new one here.
 */
@Component({
  selector: 'bp-manage-events-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    TranslocoDirective,
    DataTableComponent,
    DataRowDirective,
    DataCardDirective,
    EventWhenPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './events.page.html',
  styleUrl: '../manage.css',
})
export class ManageEventsPage {
  private readonly api = inject(ManageEventsApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly columns = COLUMNS;
  protected readonly statuses = EVENT_STATUSES;
  protected readonly kinds = EVENT_KINDS;
  protected readonly newLink = inject(AuthStore).hasAnyRole(EVENT_CREATOR_ROLES) ? appLink(APP_PATHS.newEvent) : null;

  protected readonly status = signal<EventStatus | ''>('');
  protected readonly kind = signal<EventKind | ''>('');
  protected readonly q = signal('');
  protected readonly page = signal(1);
  protected readonly events = pagedList(
    (): StaffEventListQuery => ({
      status: this.status() || undefined,
      kind: this.kind() || undefined,
      q: this.q() || undefined,
      page: this.page(),
      pageSize: EVENT_MANAGE_PAGE_SIZE,
    }),
    (query) => this.api.list(query),
  );

  protected filter(event: Event, status: string, kind: string, q: string): void {
    event.preventDefault();
    this.status.set(status as EventStatus | '');
    this.kind.set(kind as EventKind | '');
    this.q.set(q.trim());
    this.page.set(1);
  }

  protected eventLink(eventId: string): string {
    return appLink(APP_PATHS.manageEvent, { eventId });
  }
}
