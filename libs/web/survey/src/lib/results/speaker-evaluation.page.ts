import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, SURVEY_MIN_GROUP_ANONYMOUS, appLink, type SpeakerEvaluation } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { SurveyResultsApi } from '@bina-pustaka/web-data-access/surveys';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { formatNumber } from './results-format';

/**
 * A speaker's evaluations rolled up over every course and webinar session whose evaluation
 * asked about them (the per-speaker blocks of surveys made from one template read
 * together): how many sessions and responses, the score on 0-100, and each question's
 * mean. A trainer reads their own; coordinators and admins anyone's (the api decides).
 */
@Component({
  selector: 'bp-speaker-evaluation-page',
  imports: [RouterLink, TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './speaker-evaluation.page.html',
  styleUrl: './results.css',
})
export class SpeakerEvaluationPage {
  private readonly api = inject(SurveyResultsApi);
  protected readonly language = inject(LanguageStore).current;
  private readonly userId = inject(ActivatedRoute).snapshot.paramMap.get('userId') ?? '';
  protected readonly surveysLink = appLink(APP_PATHS.manageSurveys);
  protected readonly minGroup = SURVEY_MIN_GROUP_ANONYMOUS;
  protected readonly evaluation = signal<SpeakerEvaluation | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      this.evaluation.set(await firstValueFrom(this.api.speakerEvaluation(this.userId)));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected number(value: number | null, decimals = 0): string {
    return formatNumber(value, this.language(), decimals);
  }
}
