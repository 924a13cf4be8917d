import { type Injector, afterNextRender } from '@angular/core';

/**
 * After sending, the thanks replace the form and the button that had the focus: the focus
 * goes to their heading, so a screen reader reads them and a phone shows them at once.
 */
export function focusThanks(injector: Injector): void {
  afterNextRender(() => document.getElementById('survey-thanks')?.focus(), { injector });
}
