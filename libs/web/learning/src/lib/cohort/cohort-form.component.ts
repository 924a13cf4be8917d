import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { type AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { CohortSummary, SelfEnrolmentMode } from '@bina-pustaka/shared-contracts';
import { CohortsApi, CoursesApi, SELF_ENROLMENT_MODES, type CohortBody } from '@bina-pustaka/web-data-access/learning';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { firstValueFrom, map, type Observable } from 'rxjs';
import { COHORT_MOMENTS, type CohortMoment } from '../learning-keys';
import { PickerComponent, type PickerOption } from '../shared/picker.component';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { fromWibParts, toWibParts, wibDatePlusDays } from '@bina-pustaka/shared-util';

type Moment = CohortMoment;

let nextId = 0;

/** A later moment must come after an earlier one (checked on the later date field). */
function after(earlier: Moment, later: Moment) {
  return (group: AbstractControl) => {
    const value = (name: string) => String(group.get(name)?.value ?? '');
    const first = fromWibParts(value(earlier), value(`${earlier}Time`));
    const second = fromWibParts(value(later), value(`${later}Time`));
    const control = group.get(later);
    if (!control) return null;
    const wrong = first && second && Date.parse(second) <= Date.parse(first);
    const errors = { ...(control.errors ?? {}) };
    if (wrong) errors['after'] = true;
    else delete errors['after'];
    control.setErrors(Object.keys(errors).length ? errors : null);
    return null;
  };
}

/** Opening or editing a cohort (angkatan). Dates and times are entered in WIB. */
@Component({
  selector: 'bp-cohort-form',
  imports: [ReactiveFormsModule, TranslocoDirective, FailureAlertComponent, PickerComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cohort-form.component.html',
})
export class CohortFormComponent implements OnInit {
  /** Open a new cohort of this course, or… */
  readonly courseId = input<string | null>(null);
  /** …edit this one. */
  readonly cohort = input<CohortSummary | null>(null);
  readonly saved = output<CohortSummary>();
  readonly cancelled = output<void>();

  private readonly api = inject(CohortsApi);
  private readonly courses = inject(CoursesApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly id = `cohort-form-${++nextId}`;
  protected readonly moments = COHORT_MOMENTS;
  protected readonly modes = SELF_ENROLMENT_MODES;
  protected readonly feedback = new FormFeedback();
  protected readonly trainers = signal<PickerOption[]>([]);
  protected readonly editing = computed(() => this.cohort() !== null);

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      name: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(160)]],
      enrolOpensAt: [wibDatePlusDays(0), Validators.required],
      enrolOpensAtTime: ['00:00', Validators.required],
      enrolClosesAt: [wibDatePlusDays(14), Validators.required],
      enrolClosesAtTime: ['23:59', Validators.required],
      startsAt: [wibDatePlusDays(0), Validators.required],
      startsAtTime: ['00:00', Validators.required],
      endsAt: [wibDatePlusDays(60), Validators.required],
      endsAtTime: ['23:59', Validators.required],
      capacity: [null as number | null, [Validators.min(1), Validators.max(10_000)]],
      selfEnrolment: ['closed' as SelfEnrolmentMode],
    },
    { validators: [after('enrolOpensAt', 'enrolClosesAt'), after('startsAt', 'endsAt')] },
  );

  protected readonly searchTrainers = (q: string): Observable<PickerOption[]> =>
    this.courses
      .trainers(q || undefined)
      .pipe(
        map((trainers) =>
          trainers.map((trainer) => ({ id: trainer.id, label: trainer.fullName, detail: trainer.email })),
        ),
      );

  ngOnInit(): void {
    const cohort = this.cohort();
    if (!cohort) return;
    const parts = (value: string) => toWibParts(value);
    this.form.reset({
      name: cohort.name,
      enrolOpensAt: parts(cohort.enrolOpensAt).date,
      enrolOpensAtTime: parts(cohort.enrolOpensAt).time,
      enrolClosesAt: parts(cohort.enrolClosesAt).date,
      enrolClosesAtTime: parts(cohort.enrolClosesAt).time,
      startsAt: parts(cohort.startsAt).date,
      startsAtTime: parts(cohort.startsAt).time,
      endsAt: parts(cohort.endsAt).date,
      endsAtTime: parts(cohort.endsAt).time,
      capacity: cohort.capacity,
      selfEnrolment: cohort.selfEnrolment,
    });
    this.trainers.set(cohort.trainers.map((trainer) => ({ id: trainer.id, label: trainer.fullName })));
  }

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    const moment = (name: Moment) => fromWibParts(value[name], value[`${name}Time`]) ?? '';
    const capacity = value.capacity === null || String(value.capacity) === '' ? null : Number(value.capacity);
    const body: CohortBody = {
      name: value.name.trim(),
      enrolOpensAt: moment('enrolOpensAt'),
      enrolClosesAt: moment('enrolClosesAt'),
      startsAt: moment('startsAt'),
      endsAt: moment('endsAt'),
      capacity,
      selfEnrolment: value.selfEnrolment,
      trainerIds: this.trainers().map((item) => item.id),
    };
    const cohort = this.cohort();
    const courseId = this.courseId();
    await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const saved = cohort
        ? await firstValueFrom(this.api.update(cohort.id, body))
        : await firstValueFrom(this.api.create(courseId ?? '', body));
      this.saved.emit(saved);
    });
  }
}
