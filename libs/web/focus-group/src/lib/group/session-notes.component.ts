import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { FOCUS_GROUP_NOTES_MAX, type FocusGroupDetail, type FocusGroupSession } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { DateTimePipe, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/**
 * A session's notes (_notulen_): everyone in the group reads them (HTML the api sanitized,
 * checked again by Angular's sanitizer through [innerHTML]); the group's managers write
 * them in Markdown.
 */
@Component({
  selector: 'bp-fg-session-notes',
  imports: [ReactiveFormsModule, TranslocoDirective, DateTimePipe, FailureAlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fg-notes" *transloco="let t">
      <h4>{{ t('focusGroup.notes.title') }}</h4>
      @if (editing()) {
        <form [formGroup]="form" [bpFeedback]="feedback" (ngSubmit)="save()" novalidate>
          @if (feedback.failure(); as f) {
            <bp-failure-alert [failure]="f" />
          }
          <div class="field">
            <label [for]="'fg-notes-' + session().id">{{
              t('focusGroup.notes.label', { title: session().title })
            }}</label>
            <textarea
              class="markdown"
              rows="12"
              formControlName="notesMarkdown"
              bpField="hint"
              [id]="'fg-notes-' + session().id"
              [maxlength]="notesMax"
            ></textarea>
            <p class="hint" [id]="'fg-notes-' + session().id + '-hint'">{{ t('focusGroup.notes.hint') }}</p>
            <bp-field-error for="notesMarkdown" [fieldId]="'fg-notes-' + session().id" />
          </div>
          <div class="form-submit">
            <button type="submit" class="btn btn-primary" [disabled]="feedback.pending()">
              {{ t(feedback.pending() ? 'focusGroup.saving' : 'focusGroup.notes.save') }}
            </button>
            <button type="button" class="btn btn-secondary" (click)="editing.set(false)">
              {{ t('common.cancel') }}
            </button>
          </div>
        </form>
      } @else {
        @if (session().notesHtml) {
          <div class="rich-text" [innerHTML]="session().notesHtml"></div>
          @if (session().notesUpdatedAt) {
            <p class="muted">
              {{
                t('focusGroup.notes.updated', {
                  name: session().notesUpdatedBy?.fullName ?? '',
                  when: (session().notesUpdatedAt | bpDateTime: language()),
                })
              }}
            </p>
          }
        } @else {
          <p class="muted">{{ t('focusGroup.notes.none') }}</p>
        }
        @if (group().may.manage && session().notesMarkdown !== null) {
          <button type="button" class="btn btn-secondary btn-small" (click)="edit()">
            {{ t(session().notesHtml ? 'focusGroup.notes.edit' : 'focusGroup.notes.write') }}
            <span class="visually-hidden"> {{ session().title }}</span>
          </button>
        }
      }
    </div>
  `,
  styleUrl: '../shared/focus-group.css',
})
export class SessionNotesComponent {
  private readonly api = inject(FocusGroupApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageStore).current;
  readonly group = input.required<FocusGroupDetail>();
  readonly session = input.required<FocusGroupSession>();
  readonly changed = output<FocusGroupDetail>();

  protected readonly notesMax = FOCUS_GROUP_NOTES_MAX;
  protected readonly editing = signal(false);
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    notesMarkdown: ['', Validators.maxLength(FOCUS_GROUP_NOTES_MAX)],
  });

  protected edit(): void {
    this.form.reset({ notesMarkdown: this.session().notesMarkdown ?? '' });
    this.editing.set(true);
  }

  protected async save(): Promise<void> {
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const { notesMarkdown } = this.form.getRawValue();
      this.changed.emit(await firstValueFrom(this.api.saveNotes(this.group().id, this.session().id, notesMarkdown)));
    });
    if (done) this.editing.set(false);
  }
}
