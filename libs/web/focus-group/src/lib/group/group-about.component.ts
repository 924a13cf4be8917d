import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { FOCUS_GROUP_TEXT_MAX, FOCUS_GROUP_TOPIC_MAX, type FocusGroupDetail } from '@bina-pustaka/shared-contracts';
import { FocusGroupApi, type FocusGroupPatch } from '@bina-pustaka/web-data-access/focus-groups';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/**
 * Why the group meets; its managers correct the topic and purpose and decide whether
 * members may write anonymously (the same rules as when the group was made).
 */
@Component({
  selector: 'bp-fg-about',
  imports: [ReactiveFormsModule, TranslocoDirective, FailureAlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="section" aria-labelledby="fg-purpose-heading" *transloco="let t">
      <div class="section-head">
        <h2 id="fg-purpose-heading">{{ t('focusGroup.group.purpose') }}</h2>
        @if (group().may.manage && !editing()) {
          <button type="button" class="btn btn-secondary btn-small" (click)="edit()">
            {{ t('focusGroup.group.edit') }}
          </button>
        }
      </div>
      @if (editing()) {
        <form class="subcard" [formGroup]="form" [bpFeedback]="feedback" (ngSubmit)="save()" novalidate>
          <h3>{{ t('focusGroup.group.edit') }}</h3>
          @if (feedback.failure(); as f) {
            <bp-failure-alert [failure]="f" />
          }
          <div class="field">
            <label for="fg-edit-topic">{{ t('focusGroup.create.topic') }}</label>
            <input id="fg-edit-topic" type="text" formControlName="topic" [maxlength]="topicMax" bpField />
            <bp-field-error for="topic" fieldId="fg-edit-topic" />
          </div>
          <div class="field">
            <label for="fg-edit-purpose">{{ t('focusGroup.create.purpose') }}</label>
            <textarea
              id="fg-edit-purpose"
              rows="5"
              formControlName="purpose"
              [maxlength]="purposeMax"
              bpField="hint"
            ></textarea>
            <p class="hint" id="fg-edit-purpose-hint">{{ t('focusGroup.create.purposeHint') }}</p>
            <bp-field-error for="purpose" fieldId="fg-edit-purpose" />
          </div>
          <div class="field">
            <label class="checkbox">
              <input id="fg-edit-anonymous" type="checkbox" formControlName="allowAnonymous" />
              <span>
                {{ t('focusGroup.create.allowAnonymous') }}
                <span class="muted option-hint">{{ t('focusGroup.create.allowAnonymousHint') }}</span>
              </span>
            </label>
          </div>
          <div class="form-submit">
            <button type="submit" class="btn btn-primary" [disabled]="feedback.pending()">
              {{ t(feedback.pending() ? 'focusGroup.saving' : 'focusGroup.saveChanges') }}
            </button>
            <button type="button" class="btn btn-secondary" (click)="editing.set(false)">
              {{ t('common.cancel') }}
            </button>
          </div>
        </form>
      } @else {
        <p class="fg-purpose">{{ group().purpose }}</p>
      }
    </section>
  `,
  styleUrl: '../shared/focus-group.css',
})
export class GroupAboutComponent {
  private readonly api = inject(FocusGroupApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly group = input.required<FocusGroupDetail>();
  readonly changed = output<FocusGroupDetail>();

  protected readonly topicMax = FOCUS_GROUP_TOPIC_MAX;
  protected readonly purposeMax = FOCUS_GROUP_TEXT_MAX;
  protected readonly editing = signal(false);
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    topic: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(FOCUS_GROUP_TOPIC_MAX)]],
    purpose: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(FOCUS_GROUP_TEXT_MAX)]],
    allowAnonymous: [false],
  });

  protected edit(): void {
    const { topic, purpose, allowAnonymous } = this.group();
    this.form.reset({ topic, purpose, allowAnonymous });
    this.editing.set(true);
  }

  protected async save(): Promise<void> {
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const group = this.group();
      const { topic, purpose, allowAnonymous } = this.form.getRawValue();
      // Only what changed, so a coordinator's edit never rewrites a field another just saved.
      const patch: FocusGroupPatch = {};
      if (topic.trim() !== group.topic) patch.topic = topic.trim();
      if (purpose.trim() !== group.purpose) patch.purpose = purpose.trim();
      if (allowAnonymous !== group.allowAnonymous) patch.allowAnonymous = allowAnonymous;
      if (Object.keys(patch).length === 0) return;
      this.changed.emit(await firstValueFrom(this.api.update(group.id, patch)));
    });
    if (done) this.editing.set(false);
  }
}
