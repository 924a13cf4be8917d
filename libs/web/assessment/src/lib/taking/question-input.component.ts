import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { AnswerValue, AttemptQuestion } from '@bina-pustaka/shared-contracts';

/** A change to send: typing waits a little, a click goes at once. */
export interface AnswerChange {
  value: AnswerValue;
  delayMs: number;
}

const TYPING_DELAY_MS = 800;

/** One question as the learner answers it, with native controls for every type. */
@Component({
  selector: 'bp-question-input',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-input.component.html',
  styleUrl: './question-input.component.css',
})
export class QuestionInputComponent {
  readonly question = input.required<AttemptQuestion>();
  readonly value = input<AnswerValue | null>(null);
  readonly number = input.required<number>();
  readonly disabled = input(false);
  readonly changed = output<AnswerChange>();

  protected readonly id = computed(() => `q-${this.question().questionId}`);
  protected readonly moved = signal<{ text: string; position: number; total: number } | null>(null);

  protected readonly selectedOption = computed(() => {
    const value = this.value();
    return value?.type === 'single-choice' ? value.optionId : null;
  });
  protected readonly selectedOptions = computed(() => {
    const value = this.value();
    return value?.type === 'multiple-response' ? value.optionIds : [];
  });
  protected readonly trueFalse = computed(() => {
    const value = this.value();
    return value?.type === 'true-false' ? value.value : null;
  });
  protected readonly text = computed(() => {
    const value = this.value();
    return value?.type === 'short-answer' || value?.type === 'essay' ? value.text : '';
  });
  protected readonly numeric = computed(() => {
    const value = this.value();
    return value?.type === 'numeric' ? String(value.value) : '';
  });
  protected readonly matches = computed(() => {
    const value = this.value();
    return value?.type === 'matching' ? value.matches : {};
  });
  /** The learner's order, or the order the attempt shows the items in. */
  protected readonly order = computed(() => {
    const body = this.question().body;
    if (body.type !== 'ordering') return [];
    const value = this.value();
    const ids =
      value?.type === 'ordering' && value.order.length === body.items.length
        ? value.order
        : body.items.map((i) => i.id);
    return ids.map((id) => body.items.find((item) => item.id === id) ?? { id, text: id });
  });

  protected chooseOne(optionId: string): void {
    this.changed.emit({ value: { type: 'single-choice', optionId }, delayMs: 0 });
  }

  protected toggle(optionId: string, checked: boolean): void {
    const current = this.selectedOptions().filter((id) => id !== optionId);
    this.changed.emit({
      value: { type: 'multiple-response', optionIds: checked ? [...current, optionId] : current },
      delayMs: 0,
    });
  }

  protected chooseTrueFalse(value: boolean): void {
    this.changed.emit({ value: { type: 'true-false', value }, delayMs: 0 });
  }

  protected typeText(kind: 'short-answer' | 'essay', text: string): void {
    this.changed.emit({ value: { type: kind, text }, delayMs: TYPING_DELAY_MS });
  }

  protected typeNumber(raw: string): void {
    const value = Number(raw.replace(',', '.'));
    if (raw.trim() === '' || !Number.isFinite(value)) return;
    this.changed.emit({ value: { type: 'numeric', value }, delayMs: TYPING_DELAY_MS });
  }

  protected match(promptId: string, choiceId: string): void {
    const matches: Record<string, string> = { ...this.matches() };
    if (choiceId) matches[promptId] = choiceId;
    else delete matches[promptId];
    this.changed.emit({ value: { type: 'matching', matches }, delayMs: 0 });
  }

  protected move(index: number, by: -1 | 1): void {
    const items = [...this.order()];
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    [items[index], items[target]] = [items[target], items[index]];
    this.moved.set({ text: items[target].text, position: target + 1, total: items.length });
    this.changed.emit({ value: { type: 'ordering', order: items.map((item) => item.id) }, delayMs: 0 });
  }

  /** Saves the order as shown, for a learner content with it. */
  protected keepOrder(): void {
    this.changed.emit({ value: { type: 'ordering', order: this.order().map((item) => item.id) }, delayMs: 0 });
  }
}
