import { signal } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { filter, firstValueFrom } from 'rxjs';

/**
 * The state of one form's submission: busy flag, the server's failure (its translated
 * message for the alert, its issues for the fields) and a confirmation message.
 */
export class FormFeedback {
  readonly pending = signal(false);
  readonly failure = signal<ApiFailure | null>(null);
  readonly success = signal<string | null>(null);

  /**
   * Validates, runs the call and records the outcome. Returns true on success. On a client
   * error it focuses the first invalid field; its label and message are then read out.
   */
  async submit(form: FormGroup, host: HTMLElement, call: () => Promise<void>): Promise<boolean> {
    this.success.set(null);
    form.markAllAsTouched();
    // A check still running (the common-password list loading) decides before sending.
    if (form.pending) await firstValueFrom(form.statusChanges.pipe(filter((status) => status !== 'PENDING')));
    if (form.invalid) {
      focusFirstInvalid(form, host);
      return false;
    }
    this.pending.set(true);
    this.failure.set(null);
    try {
      await call();
      return true;
    } catch (error) {
      this.failure.set(toApiFailure(error));
      // Server issues stay under their fields until the person edits the field again.
      form.markAsPristine();
      return false;
    } finally {
      this.pending.set(false);
    }
  }

  /** The server's message for a field, while the field still holds the value it judged. */
  serverIssue(name: string, control: AbstractControl | null): string | null {
    if (!control || control.dirty) return null;
    return this.failure()?.issues[name] ?? null;
  }
}

function focusFirstInvalid(form: FormGroup, host: HTMLElement): void {
  const name = Object.keys(form.controls).find((key) => form.controls[key].invalid);
  if (!name) return;
  host.querySelector<HTMLElement>(`[formcontrolname="${name}"], [data-control="${name}"]`)?.focus();
}
