import { Component, Injectable, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder } from '@angular/forms';
import { eventForm } from './event-form.model';

/**
 * The organisers' form and what was said about its fields (the api's refusals and the
 * dates typed that are not dates), by the api's paths (`title`, `days.0.endsAt`), shared
 * by the page and its sections.
 */
@Injectable()
export class EventFormState {
  readonly fb = inject(NonNullableFormBuilder);
  readonly form = eventForm(this.fb);
  readonly issues = signal<Record<string, string>>({});

  issue(path: string): string | null {
    return this.issues()[path] ?? null;
  }
}

/** The message under a field, with the id its input names in aria-describedby (`<id>-error`). */
@Component({
  selector: 'bp-field-issue',
  template: `
    @if (state.issue(path()); as message) {
      <p class="field-error" [id]="fieldId() + '-error'">{{ message }}</p>
    }
  `,
})
export class FieldIssueComponent {
  readonly path = input.required<string>();
  readonly fieldId = input.required<string>();
  protected readonly state = inject(EventFormState);
}
