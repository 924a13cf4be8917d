import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { SurveyForm } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { DateTimePipe } from '@bina-pustaka/web-ui';

/** The survey's title, its description (plain text, its line breaks kept) and when it closes. */
@Component({
  selector: 'bp-survey-heading',
  imports: [TranslocoDirective, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header" *transloco="let t">
      <h1>{{ form().title }}</h1>
      @if (form().description) {
        <p class="lead survey-description">{{ form().description }}</p>
      }
      @if (form().closesAt; as closesAt) {
        <p class="hint">{{ t('survey.answer.closesAt', { when: closesAt | bpDateTime: language() }) }}</p>
      }
    </header>
  `,
  styles: `
    .survey-description {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    h1 {
      overflow-wrap: anywhere;
    }
  `,
})
export class SurveyHeadingComponent {
  readonly form = input.required<SurveyForm>();
  protected readonly language = inject(LanguageStore).current;
}
