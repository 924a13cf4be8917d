import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  IKM_ELEMENTS,
  SURVEY_TEXT_MAX,
  type IkmElement,
  type SurveyOption,
  type SurveyQuestion,
  type SurveyScale,
} from '@bina-pustaka/shared-contracts';
import { BuilderState } from './builder-state';
import { OptionsEditorComponent } from './options-editor.component';
import { CONDITION_KINDS, conditionValues, presetOf, presetScale } from './question-presets';
import { ScaleEditorComponent } from './scale-editor.component';

/**
 * One question: its words, whether it must be answered, what its kind needs (a scale, the
 * options, a number's range) and "Tampilkan hanya jika" (an earlier question and one of its
 * values). With answers in, only the words change; the rest is shown but locked.
 */
@Component({
  selector: 'bp-survey-question-editor',
  imports: [TranslocoDirective, OptionsEditorComponent, ScaleEditorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-editor.component.html',
})
export class QuestionEditorComponent {
  protected readonly state = inject(BuilderState);
  readonly question = input.required<SurveyQuestion>();
  readonly s = input.required<number>();
  readonly q = input.required<number>();
  /** Its number in the whole survey, as the builder reads it. */
  readonly number = input.required<number>();
  readonly last = input.required<boolean>();
  protected readonly ikmElements = IKM_ELEMENTS;
  protected readonly textMax = SURVEY_TEXT_MAX;
  protected readonly path = computed(() => `definition.sections.${this.s()}.questions.${this.q()}`);
  protected readonly idBase = computed(() => `sq-${this.s()}-${this.q()}`);
  /** The earlier questions whose answer may decide whether this one is shown. */
  protected readonly conditionSources = computed(() =>
    this.state.questionsBefore(this.s(), this.q()).filter((each) => CONDITION_KINDS.includes(each.kind)),
  );
  protected readonly conditionValues = computed(() => {
    const when = this.question().showWhen;
    const source = when ? this.conditionSources().find((each) => each.id === when.questionId) : undefined;
    return source ? conditionValues(source) : [];
  });

  protected issue(part = ''): string | null {
    return this.state.issue(part ? `${this.path()}.${part}` : this.path());
  }

  protected change(changes: Partial<SurveyQuestion>): void {
    this.state.changeQuestion(this.s(), this.q(), (question) => ({ ...question, ...changes }) as SurveyQuestion);
  }

  protected setText(text: string): void {
    this.change({ text });
  }

  /** An emptied help is no help (null), not an empty line under the question. */
  protected setHelp(help: string): void {
    this.change({ help: help.trim() ? help : null });
  }

  protected setScale(scale: SurveyScale): void {
    this.change({ scale } as Partial<SurveyQuestion>);
  }

  protected setItems(kind: 'options' | 'rows', items: SurveyOption[]): void {
    this.change({ [kind]: items } as Partial<SurveyQuestion>);
  }

  /** The IKM is computed on four points: an element's question takes a 4-point scale, in the same words if it has a preset. */
  protected setIkm(value: string): void {
    const element = (IKM_ELEMENTS as readonly string[]).includes(value) ? (value as IkmElement) : null;
    const question = this.question();
    if (element && question.kind === 'likert' && question.scale.points !== 4) {
      const scale = presetScale(presetOf(question.scale) ?? 'satisfied', 4);
      this.change({ ikmElement: element, scale } as Partial<SurveyQuestion>);
      return;
    }
    this.change({ ikmElement: element } as Partial<SurveyQuestion>);
  }

  /** A number's bound: empty means none; what is not a number is left as it was. */
  protected setBound(bound: 'min' | 'max', value: string): void {
    if (value.trim() === '') this.change({ [bound]: null } as Partial<SurveyQuestion>);
    else if (Number.isFinite(Number(value))) this.change({ [bound]: Number(value) } as Partial<SurveyQuestion>);
  }

  protected setFlag(flag: 'required' | 'allowOther' | 'integer', on: boolean): void {
    this.change({ [flag]: on } as Partial<SurveyQuestion>);
  }

  /** Picking a question starts with its first value; "Selalu tampilkan" drops the condition. */
  protected setConditionSource(questionId: string): void {
    const source = this.conditionSources().find((each) => each.id === questionId);
    const first = source ? conditionValues(source)[0]?.value : undefined;
    this.change({ showWhen: source && first ? { questionId: source.id, equals: first } : null });
  }

  protected setConditionValue(equals: string): void {
    const when = this.question().showWhen;
    if (when) this.change({ showWhen: { ...when, equals } });
  }
}
