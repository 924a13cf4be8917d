import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import {
  APP_PATHS,
  SURVEY_AUDIENCES,
  SURVEY_TITLE_MAX,
  appLink,
  type SurveyAudience,
  type SurveyDefinition,
  type SurveySummary,
} from '@bina-pustaka/shared-contracts';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import { SurveyBuildApi, type NewSurveyBody } from '@bina-pustaka/web-data-access/surveys';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { presetScale } from '../builder/question-presets';

/** The radio value of "Survei kosong" (template choices carry the template's id). */
const BLANK = 'blank';

/**
 * A new survey: from one of the seeded templates (each with a line on what it is for) or
 * blank; its title, who answers it and whether it is anonymous. Created as a draft, then
 * the builder opens.
 */
@Component({
  selector: 'bp-new-survey-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, FailureAlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-survey.page.html',
  styleUrl: '../build.css',
})
export class NewSurveyPage {
  private readonly api = inject(SurveyBuildApi);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly listLink = appLink(APP_PATHS.manageSurveys);
  protected readonly audiences = SURVEY_AUDIENCES;
  protected readonly titleMax = SURVEY_TITLE_MAX;
  protected readonly blank = BLANK;
  protected readonly feedback = new FormFeedback();
  protected readonly templates = pagedList(
    () => ({ templates: true, page: 1, pageSize: 20 }),
    (query) => this.api.list(query),
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    start: [BLANK],
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(SURVEY_TITLE_MAX)]],
    audience: ['signed-in' as SurveyAudience],
    anonymous: [true],
  });

  constructor() {
    // Nobody signs in to a public survey, so there is no name to record: always anonymous.
    this.form.controls.audience.valueChanges.pipe(takeUntilDestroyed()).subscribe((audience) => {
      const anonymous = this.form.controls.anonymous;
      if (audience === 'public') {
        anonymous.setValue(true);
        anonymous.disable();
      } else anonymous.enable();
    });
  }

  /** A template brings who it is for (the satisfaction survey: the public, anonymously); both stay changeable. */
  protected pick(template: SurveySummary | null): void {
    this.form.controls.start.setValue(template?.id ?? BLANK);
    if (template) this.form.patchValue({ audience: template.audience, anonymous: template.anonymous });
  }

  protected async submit(): Promise<void> {
    let surveyId = '';
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const { start, title, audience, anonymous } = this.form.getRawValue();
      const settings = {
        title: title.trim(),
        description: '',
        anonymous,
        audience,
        opensAt: null,
        closesAt: null,
        responseLimit: null,
      };
      const body: NewSurveyBody =
        start === BLANK ? { ...settings, definition: this.blankDefinition() } : { ...settings, fromSurveyId: start };
      surveyId = (await firstValueFrom(this.api.create(body))).id;
    });
    if (done) await this.router.navigateByUrl(appLink(APP_PATHS.manageSurvey, { surveyId }), { replaceUrl: true });
  }

  /** The api asks for at least one question: a blank survey starts with one, rewritten in the builder. */
  private blankDefinition(): SurveyDefinition {
    return {
      sections: [
        {
          id: 's1',
          title: this.transloco.translate('survey.build.create.firstSection'),
          intro: null,
          perSpeaker: false,
          questions: [
            {
              id: 'q1',
              kind: 'likert',
              text: this.transloco.translate('survey.build.create.firstQuestion'),
              help: null,
              required: true,
              showWhen: null,
              scale: presetScale('satisfied', 4),
              ikmElement: null,
            },
          ],
        },
      ],
    };
  }
}
