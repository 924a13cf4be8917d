import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  type CohortSummary,
  type CourseSummary,
  type TrainerRef,
  type WebinarOpenAudience,
  type WebinarSession,
  type WebinarStaffRole,
} from '@bina-pustaka/shared-contracts';
import { AuthStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CohortsApi, CoursesApi } from '@bina-pustaka/web-data-access/learning';
import {
  WEBINAR_OPEN_AUDIENCES,
  WEBINAR_STAFF_ROLES,
  WebinarApi,
  type WebinarSessionBody,
} from '@bina-pustaka/web-data-access/webinar';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { wibDatePlusDays } from '@bina-pustaka/shared-util';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { WEBINAR_TIME_ZONES, zoneKey } from '../webinar-keys';
import { fromZoneParts, zoneParts } from '../shared/schedule';

export interface StaffChoice {
  userId: string;
  name: string;
  detail: string;
  role: WebinarStaffRole;
}

/** Typical lengths offered first; any 15-480 may be typed. */
const DURATIONS = [30, 45, 60, 90, 120, 180];

/**
 * Scheduling or editing a webinar: what, for whom, when (typed in the session's zone, WIB
 * by default), who runs it (hosts, narasumber, moderators) and how people enter.
 */
@Component({
  selector: 'bp-webinar-form-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, FailureAlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './webinar-form.page.html',
  styleUrl: './webinar-form.page.css',
})
export class WebinarFormPage {
  private readonly api = inject(WebinarApi);
  private readonly coursesApi = inject(CoursesApi);
  private readonly cohortsApi = inject(CohortsApi);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly webinarId = inject(ActivatedRoute).snapshot.paramMap.get('webinarId');
  protected readonly editing = this.webinarId !== null;
  protected readonly listLink = appLink(APP_PATHS.webinars);
  protected readonly backLink = this.webinarId
    ? appLink(APP_PATHS.webinar, { webinarId: this.webinarId })
    : appLink(APP_PATHS.webinars);

  protected readonly audiences = WEBINAR_OPEN_AUDIENCES;
  protected readonly staffRoles = WEBINAR_STAFF_ROLES;
  protected readonly zones = WEBINAR_TIME_ZONES;
  protected readonly durations = DURATIONS;
  protected readonly feedback = new FormFeedback();
  protected readonly loadFailure = signal<ApiFailure | null>(null);
  protected readonly session = signal<WebinarSession | null>(null);
  protected readonly courses = signal<CourseSummary[]>([]);
  protected readonly cohorts = signal<CohortSummary[]>([]);
  protected readonly staff = signal<StaffChoice[]>([]);
  protected readonly found = signal<TrainerRef[] | null>(null);
  protected readonly searching = signal(false);
  protected readonly searchFailure = signal<ApiFailure | null>(null);
  protected readonly ready = signal(!this.editing);
  /** An invited session (a focus group's): its people are set where they were invited, not here. */
  protected readonly invitedOnly = computed(() => this.session()?.audience === 'invited');

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(160)]],
    description: ['', [Validators.maxLength(5_000)]],
    courseId: [''],
    audience: ['registered' as WebinarOpenAudience],
    cohortId: [''],
    date: [wibDatePlusDays(7), Validators.required],
    time: ['14:00', Validators.required],
    timeZone: ['Asia/Jakarta'],
    durationMinutes: [90, [Validators.required, Validators.min(15), Validators.max(480)]],
    jp: [2, [Validators.required, Validators.min(0), Validators.max(20)]],
    capacity: [null as number | null, [Validators.min(2), Validators.max(10_000)]],
    requireAdmission: [false],
  });

  private readonly formValue = signal(this.form.getRawValue());
  protected readonly audience = computed(() => this.formValue().audience);
  protected readonly zoneLabel = computed(() => zoneKey(this.formValue().timeZone));
  protected readonly zoneKeyOf = zoneKey;
  protected readonly hosts = computed(() => this.staff().filter((member) => member.role === 'host').length);

  constructor() {
    this.form.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.formValue.set(this.form.getRawValue()));
    this.form.controls.courseId.valueChanges.pipe(takeUntilDestroyed()).subscribe((courseId) => {
      this.form.controls.cohortId.setValue('');
      void this.loadCohorts(courseId);
    });
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadFailure.set(null);
    try {
      const onlyMine = !this.auth.roles().some((role) => role === 'coordinator' || role === 'admin');
      const courses = await firstValueFrom(
        this.coursesApi.list({ page: 1, pageSize: 100, mine: onlyMine || undefined }),
      );
      this.courses.set(courses.items);
      if (!this.webinarId) return;
      const session = await firstValueFrom(this.api.get(this.webinarId));
      this.session.set(session);
      if (session.courseId && !courses.items.some((course) => course.id === session.courseId)) {
        this.courses.update((list) => [
          ...list,
          { id: session.courseId, title: session.courseTitle ?? '' } as CourseSummary,
        ]);
      }
      const start = zoneParts(session.startsAt, session.timeZone);
      this.form.reset(
        {
          title: session.title,
          description: session.description,
          courseId: session.courseId ?? '',
          // The radios never show for an invited session, and its audience is never sent.
          audience: session.audience === 'invited' ? 'registered' : session.audience,
          cohortId: session.cohortId ?? '',
          date: start.date,
          time: start.time,
          timeZone: session.timeZone,
          durationMinutes: session.durationMinutes,
          jp: session.jp,
          capacity: session.capacity,
          requireAdmission: session.requireAdmission,
        },
        { emitEvent: false },
      );
      this.formValue.set(this.form.getRawValue());
      await this.loadCohorts(session.courseId ?? '');
      this.form.controls.cohortId.setValue(session.cohortId ?? '', { emitEvent: false });
      this.staff.set(
        session.staff.map((member) => ({ userId: member.userId, name: member.name, detail: '', role: member.role })),
      );
      this.ready.set(true);
    } catch (error) {
      this.loadFailure.set(toApiFailure(error));
    }
  }

  private async loadCohorts(courseId: string): Promise<void> {
    if (!courseId) {
      this.cohorts.set([]);
      return;
    }
    try {
      const page = await firstValueFrom(this.cohortsApi.list({ courseId, page: 1, pageSize: 100 }));
      this.cohorts.set(page.items);
    } catch {
      this.cohorts.set([]);
    }
  }

  protected async search(q: string): Promise<void> {
    this.searching.set(true);
    this.searchFailure.set(null);
    try {
      this.found.set(await firstValueFrom(this.coursesApi.trainers(q.trim() || undefined)));
    } catch (error) {
      this.searchFailure.set(toApiFailure(error));
    } finally {
      this.searching.set(false);
    }
  }

  protected isChosen(userId: string): boolean {
    return this.staff().some((member) => member.userId === userId);
  }

  protected add(trainer: TrainerRef, role: WebinarStaffRole): void {
    if (this.isChosen(trainer.id)) return;
    this.staff.update((list) => [...list, { userId: trainer.id, name: trainer.fullName, detail: trainer.email, role }]);
  }

  protected setRole(userId: string, role: string): void {
    this.staff.update((list) =>
      list.map((member) => (member.userId === userId ? { ...member, role: role as WebinarStaffRole } : member)),
    );
  }

  protected removeStaff(userId: string): void {
    this.staff.update((list) => list.filter((member) => member.userId !== userId));
  }

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    const startsAt = fromZoneParts(value.date, value.time, value.timeZone);
    if (!startsAt) this.form.controls.date.setErrors({ required: true });
    const capacity = value.capacity === null || String(value.capacity) === '' ? null : Number(value.capacity);
    const body: WebinarSessionBody = {
      title: value.title.trim(),
      description: value.description.trim(),
      courseId: value.courseId || null,
      audience: value.audience,
      cohortId: value.audience === 'cohort' ? value.cohortId || null : null,
      startsAt: startsAt ?? '',
      durationMinutes: Number(value.durationMinutes),
      timeZone: value.timeZone,
      jp: Number(value.jp),
      capacity,
      requireAdmission: value.requireAdmission,
      staff: this.staff().map((member) => ({ userId: member.userId, role: member.role })),
    };
    await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const saved = this.webinarId
        ? await firstValueFrom(this.api.update(this.webinarId, this.invitedOnly() ? withoutAudience(body) : body))
        : await firstValueFrom(this.api.create(body));
      await this.router.navigateByUrl(appLink(APP_PATHS.webinar, { webinarId: saved.id }));
    });
  }
}

/** The body without who the session is for (an invited session keeps its people). */
function withoutAudience(body: WebinarSessionBody): Partial<WebinarSessionBody> {
  const kept: Partial<WebinarSessionBody> = { ...body };
  delete kept.audience;
  delete kept.courseId;
  delete kept.cohortId;
  return kept;
}
