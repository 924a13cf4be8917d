import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { InvitationSummary, Role } from '@bina-pustaka/shared-contracts';
import { AuthStore, IdentityApi, ROLES, grantableRoles } from '@bina-pustaka/web-data-access';
import { UserAdminApi } from '@bina-pustaka/web-data-access/users';
import { AlertComponent } from '@bina-pustaka/web-ui';
import { catchError, firstValueFrom, of } from 'rxjs';
import { FORM_FIELD } from '../forms';
import { FormFeedback } from '../forms/form-feedback';
import { NAME_MAX_LENGTH, NAME_MIN_LENGTH, atLeastOne } from '../forms/validators';

@Component({
  selector: 'bp-invite-user-form',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invite-user-form.component.html',
})
export class InviteUserFormComponent {
  readonly invited = output<InvitationSummary>();
  private readonly api = inject(UserAdminApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly auth = inject(AuthStore);

  /** Coordinators may only invite Peserta and Pelatih; the api enforces the same. */
  protected readonly roles = computed(() => grantableRoles(this.auth.roles()));
  protected readonly institutions = toSignal(
    inject(IdentityApi)
      .institutions()
      .pipe(catchError(() => of([]))),
    {
      initialValue: [],
    },
  );
  protected readonly feedback = new FormFeedback();
  /** New people usually join the inviter's own library. */
  private readonly defaultInstitution = this.auth.user()?.institution?.id ?? '';
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    fullName: ['', [Validators.required, Validators.minLength(NAME_MIN_LENGTH), Validators.maxLength(NAME_MAX_LENGTH)]],
    roles: new FormControl<Role[]>(['learner'], { nonNullable: true, validators: atLeastOne }),
    institutionId: [this.defaultInstitution],
  });

  protected toggleRole(role: Role, checked: boolean): void {
    const control = this.form.controls.roles;
    const roles = checked ? [...control.value, role] : control.value.filter((r) => r !== role);
    control.setValue(ROLES.filter((r) => roles.includes(r)));
    control.markAsDirty();
    control.markAsTouched();
  }

  protected async submit(): Promise<void> {
    const value = this.form.getRawValue();
    const ok = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const invitation = await firstValueFrom(
        this.api.invite({
          email: value.email.trim(),
          fullName: value.fullName.trim(),
          roles: value.roles,
          institutionId: value.institutionId || null,
        }),
      );
      this.feedback.success.set(invitation.email);
      this.invited.emit(invitation);
    });
    if (ok) this.form.reset({ roles: ['learner'], institutionId: this.defaultInstitution });
  }
}
