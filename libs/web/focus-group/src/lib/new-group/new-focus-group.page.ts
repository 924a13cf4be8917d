import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  APP_PATHS,
  FOCUS_GROUP_TEXT_MAX,
  FOCUS_GROUP_TOPIC_MAX,
  appLink,
  type UserRef,
} from '@bina-pustaka/shared-contracts';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { FORM_FIELD, FormFeedback } from '@bina-pustaka/web-identity/forms';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { PEOPLE_FIELDS, type PeopleField } from '../focus-group-keys';
import { PeoplePickerComponent } from '../shared/people-picker.component';

/**
 * A coordinator starts a group: its topic, why it meets, whether members may write
 * anonymously, its facilitators (at least one) and the members invited. A refusal keeps
 * everything in place with the api's words.
 */
@Component({
  selector: 'bp-new-focus-group-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
    FailureAlertComponent,
    FORM_FIELD,
    PeoplePickerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './new-focus-group.page.html',
  styleUrl: '../shared/focus-group.css',
})
export class NewFocusGroupPage {
  private readonly api = inject(FocusGroupApi);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly listLink = appLink(APP_PATHS.focusGroups);
  protected readonly topicMax = FOCUS_GROUP_TOPIC_MAX;
  protected readonly purposeMax = FOCUS_GROUP_TEXT_MAX;
  protected readonly feedback = new FormFeedback();
  protected readonly peopleFields = PEOPLE_FIELDS;

  protected readonly form = inject(NonNullableFormBuilder).group({
    topic: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(FOCUS_GROUP_TOPIC_MAX)]],
    purpose: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(FOCUS_GROUP_TEXT_MAX)]],
    allowAnonymous: [false],
    facilitators: [[] as UserRef[], Validators.required],
    members: [[] as UserRef[]],
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  /** Nobody is both: whoever is picked in one list is not offered in the other. */
  protected readonly chosenIds = () =>
    [...(this.value().facilitators ?? []), ...(this.value().members ?? [])].map((person) => person.id);

  protected add(field: PeopleField, person: UserRef): void {
    const control = this.form.controls[field];
    control.setValue([...control.value, person]);
    control.markAsDirty();
  }

  protected remove(field: PeopleField, person: UserRef): void {
    const control = this.form.controls[field];
    control.setValue(control.value.filter((each) => each.id !== person.id));
    control.markAsTouched();
  }

  protected async submit(): Promise<void> {
    let groupId = '';
    const done = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const { topic, purpose, allowAnonymous, facilitators, members } = this.form.getRawValue();
      const created = await firstValueFrom(
        this.api.create({
          topic: topic.trim(),
          purpose: purpose.trim(),
          allowAnonymous,
          facilitatorIds: facilitators.map((person) => person.id),
          memberIds: members.map((person) => person.id),
        }),
      );
      groupId = created.id;
    });
    if (done) await this.router.navigateByUrl(appLink(APP_PATHS.focusGroup, { groupId }), { replaceUrl: true });
  }
}
