import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  type WebinarAttendanceLedger,
  type WebinarAttendanceRow,
  type WebinarSession,
} from '@bina-pustaka/shared-contracts';
import {
  AuthStore,
  CERTIFICATE_MANAGER_ROLES,
  LanguageStore,
  hasAnyRole,
  toApiFailure,
  type ApiFailure,
} from '@bina-pustaka/web-data-access';
import { WebinarApi } from '@bina-pustaka/web-data-access/webinar';
import { formatDateTime, formatTime } from '@bina-pustaka/shared-util';
import {
  DataRowDirective,
  DataTableComponent,
  FailureAlertComponent,
  saveBlob,
  type DataColumn,
} from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { scheduleText } from '../shared/schedule';
import { DEFAULT_CERTIFICATE_ATTENDANCE_PERCENT } from '../webinar-keys';
import { WebinarCertificatesComponent } from './webinar-certificates.component';

const COLUMNS: readonly DataColumn[] = [
  { key: 'webinar.attendance.name' },
  { key: 'webinar.attendance.role' },
  { key: 'webinar.attendance.firstJoin' },
  { key: 'webinar.attendance.lastLeave' },
  { key: 'webinar.attendance.visits', class: 'cell-number' },
  { key: 'webinar.attendance.minutes', class: 'cell-number' },
  { key: 'webinar.attendance.percent', class: 'cell-number' },
];

/**
 * The attendance ledger of a session, for its hosts and coordinators: on screen (a table on
 * wide screens, one card per person on phones) and as CSV; coordinators and admins who
 * manage the session issue its certificates from here once the ledger is final.
 */
@Component({
  selector: 'bp-webinar-attendance-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    DataTableComponent,
    DataRowDirective,
    FailureAlertComponent,
    WebinarCertificatesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './attendance.page.html',
  styleUrl: './attendance.page.css',
})
export class AttendancePage {
  private readonly api = inject(WebinarApi);
  private readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguageStore).current;
  protected readonly webinarId = inject(ActivatedRoute).snapshot.paramMap.get('webinarId') ?? '';
  protected readonly backLink = appLink(APP_PATHS.webinar, { webinarId: this.webinarId });

  protected readonly session = signal<WebinarSession | null>(null);
  protected readonly ledger = signal<WebinarAttendanceLedger | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly csvFailure = signal<ApiFailure | null>(null);
  protected readonly downloading = signal(false);

  protected readonly columns = COLUMNS;
  protected readonly userIdOf = (row: WebinarAttendanceRow) => row.userId;
  protected readonly rows = computed(() =>
    [...(this.ledger()?.rows ?? [])].sort((a, b) => b.minutes - a.minutes || a.name.localeCompare(b.name, 'id')),
  );
  /** Managing the session and issuing certificates (the api checks both again). */
  /** Rows below the share that earns a participant certificate by default are marked. */
  protected readonly lowAttendance = DEFAULT_CERTIFICATE_ATTENDANCE_PERCENT;
  protected readonly mayIssueCertificates = computed(
    () => this.session()?.canManage === true && hasAnyRole(this.auth.roles(), CERTIFICATE_MANAGER_ROLES),
  );
  protected readonly schedule = computed(() => {
    const session = this.session();
    return session ? scheduleText(session, this.language()) : '';
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      const [session, ledger] = await Promise.all([
        firstValueFrom(this.api.get(this.webinarId)),
        firstValueFrom(this.api.attendance(this.webinarId)),
      ]);
      this.session.set(session);
      this.ledger.set(ledger);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  /** Date and time on the first visit, the time only when it is the same day as the session. */
  protected moment(value: string | null): string {
    if (!value) return '';
    const session = this.session();
    const zone = session?.timeZone;
    const sameDay =
      session && formatDateTime(value, this.language(), zone).split(',')[0] === this.schedule().split(',')[0];
    return sameDay ? formatTime(value, this.language(), zone) : formatDateTime(value, this.language(), zone);
  }

  protected async downloadCsv(): Promise<void> {
    this.downloading.set(true);
    this.csvFailure.set(null);
    try {
      const blob = await firstValueFrom(this.api.attendanceCsv(this.webinarId));
      saveBlob(blob, `kehadiran-webinar-${this.webinarId.slice(0, 8)}.csv`);
    } catch (error) {
      this.csvFailure.set(toApiFailure(error));
    } finally {
      this.downloading.set(false);
    }
  }
}
