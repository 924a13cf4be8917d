import { ChangeDetectionStrategy, Component, Injector, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  appLink,
  type SurveyAnswerInput,
  type SurveyContext,
  type SurveyForm,
  type SurveySubmitted,
} from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { SurveyAnswerApi } from '@bina-pustaka/web-data-access/surveys';
import { AlertComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { combineLatest, firstValueFrom } from 'rxjs';
import { CLOSED_REASON_KEYS, PREVIEW_PARAM } from './answer-words';
import { SurveyFormComponent } from './survey-form.component';
import { SurveyHeadingComponent } from './survey-heading.component';
import { focusThanks } from './thanks-focus';

/**
 * /survei/:surveyId: a signed-in person answers a survey, in the context the link names
 * (`courseId`, `webinarSessionId`: a course's or a session's evaluation). With
 * `pratinjau=1` a manager previews it: everything can be tried, nothing is sent. A course's
 * evaluation leads back to the course player, where its certificate then appears.
 */
@Component({
  selector: 'bp-answer-survey-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    AlertComponent,
    FailureAlertComponent,
    SurveyFormComponent,
    SurveyHeadingComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './answer-survey.page.html',
  styleUrl: './answer-page.css',
})
export class AnswerSurveyPage {
  private readonly api = inject(SurveyAnswerApi);
  private readonly injector = inject(Injector);
  private readonly surveyId = signal('');
  private readonly context = signal<SurveyContext>({ courseId: null, webinarSessionId: null });
  protected readonly preview = signal(false);
  protected readonly form = signal<SurveyForm | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly thanks = signal<string | null>(null);
  protected readonly closedReasonKeys = CLOSED_REASON_KEYS;

  protected readonly playerLink = computed(() => {
    const courseId = this.context().courseId;
    return courseId ? appLink(APP_PATHS.player, { courseId }) : null;
  });
  /** One draft per survey and context: the same survey for two courses keeps two. */
  protected readonly storageKey = computed(() => {
    const { courseId, webinarSessionId } = this.context();
    return this.preview() ? null : [this.surveyId(), courseId ?? '', webinarSessionId ?? ''].join(':');
  });
  protected readonly send = (answers: SurveyAnswerInput[]) => {
    const { courseId, webinarSessionId } = this.context();
    const context = { ...(courseId && { courseId }), ...(webinarSessionId && { webinarSessionId }) };
    return this.api.submit(this.surveyId(), { answers, ...(Object.keys(context).length && { context }) });
  };

  constructor() {
    const route = inject(ActivatedRoute);
    combineLatest([route.paramMap, route.queryParamMap])
      .pipe(takeUntilDestroyed())
      .subscribe(([params, query]) => {
        this.surveyId.set(params.get('surveyId') ?? '');
        this.context.set({ courseId: query.get('courseId'), webinarSessionId: query.get('webinarSessionId') });
        this.preview.set(query.get(PREVIEW_PARAM) === '1');
        void this.load();
      });
  }

  protected showThanks(result: SurveySubmitted): void {
    this.thanks.set(result.message);
    focusThanks(this.injector);
  }

  protected async load(): Promise<void> {
    this.form.set(null);
    this.failure.set(null);
    this.thanks.set(null);
    try {
      this.form.set(await firstValueFrom(this.api.form(this.surveyId(), this.context())));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }
}
