import { ChangeDetectionStrategy, Component, ElementRef, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  ACTION_ITEM_STATUSES,
  type ActionItem,
  type ActionItemStatus,
  type FocusGroupDetail,
  type UserRef,
} from '@bina-pustaka/shared-contracts';
import { wibDatePlusDays } from '@bina-pustaka/shared-util';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { DateTimePipe, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { GroupChange } from '../shared/group-change';
import { PeoplePickerComponent } from '../shared/people-picker.component';

/**
 * What is to be done about the findings (_tindak lanjut_): what, who, by when and how far
 * it is; past its date and not finished it says "Terlambat". Managers add items and move
 * their status.
 */
@Component({
  selector: 'bp-fg-action-items',
  imports: [
    ReactiveFormsModule,
    TranslocoDirective,
    DateTimePipe,
    FailureAlertComponent,
    FORM_FIELD,
    PeoplePickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './action-items-section.component.html',
  styleUrl: '../shared/focus-group.css',
})
export class ActionItemsSectionComponent {
  private readonly api = inject(FocusGroupApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageStore).current;
  readonly group = input.required<FocusGroupDetail>();
  readonly changed = output<FocusGroupDetail>();

  protected readonly statuses = ACTION_ITEM_STATUSES;
  protected readonly change = new GroupChange();
  protected readonly feedback = new FormFeedback();
  protected readonly adding = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    what: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(1_000)]],
    owner: [null as UserRef | null, Validators.required],
    dueOn: [wibDatePlusDays(30), Validators.required],
    findingId: [''],
  });

  protected setOwner(owner: UserRef | null): void {
    this.form.controls.owner.setValue(owner);
    this.form.controls.owner.markAsTouched();
  }

  protected async add(): Promise<void> {
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const { what, owner, dueOn, findingId } = this.form.getRawValue();
      const next = await firstValueFrom(
        this.api.addAction(this.group().id, {
          what: what.trim(),
          ownerId: owner?.id ?? '',
          dueOn,
          findingId: findingId || null,
        }),
      );
      this.changed.emit(next);
    });
    if (done) {
      this.form.reset();
      this.adding.set(false);
    }
  }

  protected async setStatus(item: ActionItem, status: string): Promise<void> {
    await this.change.run(
      this.api.updateAction(this.group().id, item.id, { status: status as ActionItemStatus }),
      (next) => this.changed.emit(next),
    );
  }

  protected async remove(item: ActionItem): Promise<void> {
    await this.change.run(this.api.deleteAction(this.group().id, item.id), (next) => this.changed.emit(next));
  }
}
