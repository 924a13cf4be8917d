import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type WebinarSession, type WebinarStaffRole } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { WEBINAR_STAFF_ROLES, WebinarApi } from '@bina-pustaka/web-data-access/webinar';
import { formatTime } from '@bina-pustaka/shared-util';
import { AlertComponent, DialogComponent, FailureAlertComponent, saveBlob } from '@bina-pustaka/web-ui';
import { firstValueFrom, type Observable } from 'rxjs';
import { endText, joinOpensAt, joinState, scheduleText } from '../shared/schedule';
import { WebinarStatusComponent } from '../shared/status-badge.component';
import { WebinarEvaluationCardComponent } from './webinar-evaluation-card.component';
import { WebinarEvaluationSettingsComponent } from './webinar-evaluation-settings.component';

/** How often the page looks at the clock (the Join button opens 10 minutes before the start). */
const CLOCK_MS = 15_000;

type Action = 'register' | 'unregister' | 'open' | 'end' | 'cancel' | 'calendar';

/** One session: when, who, for whom; register, add to the calendar, join; open, end and manage it; its evaluation. */
@Component({
  selector: 'bp-webinar-detail-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    DialogComponent,
    FailureAlertComponent,
    WebinarStatusComponent,
    WebinarEvaluationCardComponent,
    WebinarEvaluationSettingsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './webinar-detail.page.html',
  styleUrl: './webinar-detail.page.css',
})
export class WebinarDetailPage {
  private readonly api = inject(WebinarApi);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore).current;
  protected readonly webinarId = inject(ActivatedRoute).snapshot.paramMap.get('webinarId') ?? '';
  protected readonly listLink = appLink(APP_PATHS.webinars);
  protected readonly roomLink = appLink(APP_PATHS.webinarRoom, { webinarId: this.webinarId });
  protected readonly editLink = appLink(APP_PATHS.editWebinar, { webinarId: this.webinarId });
  protected readonly attendanceLink = appLink(APP_PATHS.webinarAttendance, { webinarId: this.webinarId });

  protected readonly session = signal<WebinarSession | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly actionFailure = signal<ApiFailure | null>(null);
  protected readonly busy = signal<Action | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly now = signal(Date.now());
  private readonly cancelDialog = viewChild<DialogComponent>('confirmCancel');
  private readonly endDialog = viewChild<DialogComponent>('confirmEnd');

  protected readonly schedule = computed(() => {
    const session = this.session();
    return session ? scheduleText(session, this.language()) : '';
  });
  protected readonly ends = computed(() => {
    const session = this.session();
    return session ? endText(session, this.language()) : '';
  });
  protected readonly join = computed(() => {
    const session = this.session();
    return session ? joinState(session, this.now()) : 'notAllowed';
  });
  protected readonly opensAt = computed(() => {
    const session = this.session();
    return session ? formatTime(joinOpensAt(session, session.myRole), this.language(), session.timeZone) : '';
  });
  protected readonly staffGroups = computed(() => {
    const staff = this.session()?.staff ?? [];
    return WEBINAR_STAFF_ROLES.map((role: WebinarStaffRole) => ({
      role,
      names: staff.filter((member) => member.role === role).map((member) => member.name),
    })).filter((group) => group.names.length > 0);
  });
  protected readonly isStaff = computed(() => {
    const role = this.session()?.myRole;
    return !!role && role !== 'attendee';
  });
  protected readonly mayRegister = computed(() => {
    const session = this.session();
    return (
      !!session &&
      session.audience === 'registered' &&
      !this.isStaff() &&
      (session.status === 'scheduled' || session.status === 'live')
    );
  });
  protected readonly full = computed(() => {
    const session = this.session();
    return !!session && session.capacity !== null && session.registeredCount >= session.capacity && !session.registered;
  });

  constructor() {
    void this.load();
    // Once Join is possible, fetch the room and its media libraries in the background.
    let preloaded = false;
    effect(() => {
      if (preloaded || this.join() !== 'open') return;
      preloaded = true;
      import('../room/webinar-room.page').catch(() => undefined);
      import('socket.io-client').catch(() => undefined);
      import('mediasoup-client').catch(() => undefined);
    });
    const clock = setInterval(() => this.now.set(Date.now()), CLOCK_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(clock));
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      this.session.set(await firstValueFrom(this.api.get(this.webinarId)));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  private async act(
    action: Action,
    call: () => Observable<WebinarSession>,
    noticeKey: string | null,
  ): Promise<boolean> {
    this.busy.set(action);
    this.actionFailure.set(null);
    this.notice.set(null);
    try {
      this.session.set(await firstValueFrom(call()));
      this.notice.set(noticeKey);
      return true;
    } catch (error) {
      this.actionFailure.set(toApiFailure(error));
      return false;
    } finally {
      this.busy.set(null);
    }
  }

  protected register(): Promise<boolean> {
    return this.act('register', () => this.api.register(this.webinarId), 'detail.registered');
  }

  protected unregister(): Promise<boolean> {
    return this.act('unregister', () => this.api.unregister(this.webinarId), 'detail.unregistered');
  }

  /** Hosts: open the room, then go in. */
  protected async openAndEnter(): Promise<void> {
    if (await this.act('open', () => this.api.open(this.webinarId), null))
      await this.router.navigateByUrl(this.roomLink);
  }

  protected askEnd(): void {
    this.actionFailure.set(null);
    this.endDialog()?.open();
  }

  protected async end(): Promise<void> {
    if (await this.act('end', () => this.api.end(this.webinarId), 'detail.endedNotice')) this.endDialog()?.close();
  }

  protected askCancel(): void {
    this.actionFailure.set(null);
    this.cancelDialog()?.open();
  }

  protected async cancel(): Promise<void> {
    if (await this.act('cancel', () => this.api.cancel(this.webinarId), 'detail.cancelledNotice'))
      this.cancelDialog()?.close();
  }

  protected async downloadCalendar(): Promise<void> {
    this.busy.set('calendar');
    this.actionFailure.set(null);
    try {
      const blob = await firstValueFrom(this.api.calendar(this.webinarId));
      saveBlob(blob, `webinar-${this.webinarId.slice(0, 8)}.ics`);
    } catch (error) {
      this.actionFailure.set(toApiFailure(error));
    } finally {
      this.busy.set(null);
    }
  }
}
