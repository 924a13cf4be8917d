import { Directive, ElementRef, inject, input } from '@angular/core';
import { NgControl } from '@angular/forms';
import type { FormFeedback } from './form-feedback';

/** Put on a <form> so its fields can find the submission state. */
@Directive({ selector: 'form[bpFeedback]' })
export class FeedbackFormDirective {
  readonly feedback = input.required<FormFeedback>({ alias: 'bpFeedback' });
}

/**
 * Wires a form control for assistive technology: aria-invalid, and aria-describedby
 * pointing at its hint (`<id>-hint`, when `bpField="hint"`) and its error (`<id>-error`).
 */
@Directive({
  selector: '[bpField]',
  host: {
    '[attr.aria-invalid]': 'invalid()',
    '[attr.aria-describedby]': 'describedBy()',
  },
})
export class FieldDirective {
  /** "hint" when the field has a hint paragraph with id `<id>-hint`. */
  readonly hint = input<'' | 'hint'>('', { alias: 'bpField' });
  private readonly control = inject(NgControl);
  private readonly form = inject(FeedbackFormDirective);
  private readonly element = inject<ElementRef<HTMLElement>>(ElementRef);

  protected invalid(): boolean {
    const control = this.control.control;
    if (!control) return false;
    const name = String(this.control.name ?? '');
    return (control.touched && control.invalid) || !!this.form.feedback().serverIssue(name, control);
  }

  protected describedBy(): string | null {
    const id = this.element.nativeElement.id;
    const ids = [this.hint() ? `${id}-hint` : '', this.invalid() ? `${id}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  }
}
