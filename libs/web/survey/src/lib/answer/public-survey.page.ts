import { ChangeDetectionStrategy, Component, Injector, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SurveyAnswerInput, SurveyForm, SurveySubmitted } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { SurveyAnswerApi } from '@bina-pustaka/web-data-access/surveys';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { CLOSED_REASON_KEYS, SURVEY_API_CODES } from './answer-words';
import { answeredOnThisBrowser, browserId, rememberAnswered } from './public-browser';
import { SurveyFormComponent } from './survey-form.component';
import { SurveyHeadingComponent } from './survey-heading.component';
import { focusThanks } from './thanks-focus';

/**
 * /s/:slug: anyone answers a public survey (the satisfaction survey behind a link or a QR
 * poster) without signing in. The browser sends its own random id, so it answers once, and
 * remembers that it did. A field people never see (`website`) catches form-filling scripts.
 */
@Component({
  selector: 'bp-public-survey-page',
  imports: [TranslocoDirective, FailureAlertComponent, SurveyFormComponent, SurveyHeadingComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './public-survey.page.html',
  styleUrl: './answer-page.css',
})
export class PublicSurveyPage {
  private readonly api = inject(SurveyAnswerApi);
  private readonly injector = inject(Injector);
  protected readonly slug = signal('');
  protected readonly form = signal<SurveyForm | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly thanks = signal<string | null>(null);
  protected readonly answeredHere = signal(false);
  /** The honeypot's value: empty unless a script filled the form in. */
  protected readonly website = signal('');
  protected readonly closedReasonKeys = CLOSED_REASON_KEYS;

  protected readonly send = (answers: SurveyAnswerInput[]) =>
    this.api.publicSubmit(this.slug(), { answers, browserId: browserId(), website: this.website() });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        this.slug.set(params.get('slug') ?? '');
        void this.load();
      });
  }

  protected async load(): Promise<void> {
    this.form.set(null);
    this.failure.set(null);
    this.thanks.set(null);
    this.answeredHere.set(answeredOnThisBrowser(this.slug()));
    try {
      this.form.set(await firstValueFrom(this.api.publicForm(this.slug())));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected sent(result: SurveySubmitted): void {
    rememberAnswered(this.slug());
    this.thanks.set(result.message);
    focusThanks(this.injector);
  }

  /** The api knows this browser answered already (its storage was cleared): remember it again. */
  protected refused(failure: ApiFailure): void {
    if (failure.code === SURVEY_API_CODES.alreadyAnswered) rememberAnswered(this.slug());
  }

  protected typed(event: Event): void {
    this.website.set((event.target as HTMLInputElement).value);
  }
}
