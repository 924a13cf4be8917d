import { ChangeDetectionStrategy, Component, ElementRef, type OnInit, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { FOCUS_GROUP_MEMBERS_MAX, type FocusGroupDetail, type FocusGroupFinding } from '@bina-pustaka/shared-contracts';
import { FocusGroupApi, type FindingBody, type FindingPatch } from '@bina-pustaka/web-data-access/focus-groups';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/** A finding written or corrected: its challenge, tag, how many raised it and where. */
@Component({
  selector: 'bp-fg-finding-form',
  imports: [ReactiveFormsModule, TranslocoDirective, FailureAlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './finding-form.component.html',
  styleUrl: '../shared/focus-group.css',
})
export class FindingFormComponent implements OnInit {
  private readonly api = inject(FocusGroupApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly group = input.required<FocusGroupDetail>();
  /** The finding to correct; none: a new one. */
  readonly finding = input<FocusGroupFinding | null>(null);
  readonly changed = output<FocusGroupDetail>();
  readonly closed = output<void>();

  protected readonly countMax = FOCUS_GROUP_MEMBERS_MAX;
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    challenge: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(1_000)]],
    tag: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(40)]],
    raisedByCount: [1, [Validators.required, Validators.min(1), Validators.max(FOCUS_GROUP_MEMBERS_MAX)]],
    sessionId: [''],
  });

  /** Ids stay unique when several findings are open for correction at once. */
  protected id(field: string): string {
    const finding = this.finding();
    return finding ? `fg-finding-${finding.id}-${field}` : `fg-finding-${field}`;
  }

  ngOnInit(): void {
    const finding = this.finding();
    if (finding) this.form.reset({ ...finding, sessionId: finding.sessionId ?? '' });
  }

  protected async save(): Promise<void> {
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const { challenge, tag, raisedByCount, sessionId } = this.form.getRawValue();
      const fields: FindingBody = {
        challenge: challenge.trim(),
        tag: tag.trim(),
        raisedByCount: Number(raisedByCount),
        sessionId: sessionId || null,
      };
      const finding = this.finding();
      if (!finding) {
        this.changed.emit(await firstValueFrom(this.api.addFinding(this.group().id, fields)));
        return;
      }
      const patch = changedFields(finding, fields);
      if (Object.keys(patch).length === 0) return;
      this.changed.emit(await firstValueFrom(this.api.updateFinding(this.group().id, finding.id, patch)));
    });
    if (done) this.closed.emit();
  }
}

/** Only what differs from the finding as it is. */
function changedFields(finding: FocusGroupFinding, fields: FindingBody): FindingPatch {
  return Object.fromEntries(
    (Object.keys(fields) as (keyof FindingBody)[])
      .filter((key) => fields[key] !== finding[key])
      .map((key) => [key, fields[key]]),
  );
}
