import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { FocusGroupDetail, FocusGroupFinding } from '@bina-pustaka/shared-contracts';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { GroupChange } from '../shared/group-change';
import { FindingFormComponent } from './finding-form.component';

/** What the group found (_temuan_): a challenge, a tag and how many members raised it; managers add, correct and remove. */
@Component({
  selector: 'bp-fg-findings',
  imports: [TranslocoDirective, FailureAlertComponent, FindingFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './findings-section.component.html',
  styleUrl: '../shared/focus-group.css',
})
export class FindingsSectionComponent {
  private readonly api = inject(FocusGroupApi);
  readonly group = input.required<FocusGroupDetail>();
  readonly changed = output<FocusGroupDetail>();

  protected readonly change = new GroupChange();
  protected readonly adding = signal(false);
  /** The finding whose form is open (one at a time). */
  protected readonly editing = signal<string | null>(null);

  protected sessionTitle(finding: FocusGroupFinding): string | null {
    return this.group().sessions.find((session) => session.id === finding.sessionId)?.title ?? null;
  }

  protected async remove(finding: FocusGroupFinding): Promise<void> {
    await this.change.run(this.api.deleteFinding(this.group().id, finding.id), (next) => this.changed.emit(next));
  }
}
