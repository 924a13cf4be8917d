import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { FOCUS_GROUP_MEMBERS_MAX, type FocusGroupDetail, type FocusGroupFinding } from '@bina-pustaka/shared-contracts';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { GroupChange } from '../shared/group-change';

/** What the group found (_temuan_): a challenge, a tag and how many members raised it. */
@Component({
  selector: 'bp-fg-findings',
  imports: [ReactiveFormsModule, TranslocoDirective, FailureAlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './findings-section.component.html',
  styleUrl: '../shared/focus-group.css',
})
export class FindingsSectionComponent {
  private readonly api = inject(FocusGroupApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  readonly group = input.required<FocusGroupDetail>();
  readonly changed = output<FocusGroupDetail>();

  protected readonly countMax = FOCUS_GROUP_MEMBERS_MAX;
  protected readonly change = new GroupChange();
  protected readonly feedback = new FormFeedback();
  protected readonly adding = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    challenge: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(1_000)]],
    tag: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(40)]],
    raisedByCount: [1, [Validators.required, Validators.min(1), Validators.max(FOCUS_GROUP_MEMBERS_MAX)]],
    sessionId: [''],
  });

  protected sessionTitle(finding: FocusGroupFinding): string | null {
    return this.group().sessions.find((session) => session.id === finding.sessionId)?.title ?? null;
  }

  protected async add(): Promise<void> {
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const { challenge, tag, raisedByCount, sessionId } = this.form.getRawValue();
      const next = await firstValueFrom(
        this.api.addFinding(this.group().id, {
          challenge: challenge.trim(),
          tag: tag.trim(),
          raisedByCount: Number(raisedByCount),
          sessionId: sessionId || null,
        }),
      );
      this.changed.emit(next);
    });
    if (done) {
      this.form.reset();
      this.adding.set(false);
    }
  }

  protected async remove(finding: FocusGroupFinding): Promise<void> {
    await this.change.run(this.api.deleteFinding(this.group().id, finding.id), (next) => this.changed.emit(next));
  }
}
