import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, PASSWORD_MIN_LENGTH } from '@bina-pustaka/shared-contracts';
import { IdentityApi } from '@bina-pustaka/web-data-access';
import { AlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { FORM_FIELD } from '../forms';
import { FormFeedback } from '../forms/form-feedback';
import { takeFragmentToken } from '../forms/url-token';
import { newPasswordField, sameAs } from '../forms/validators';

@Component({
  selector: 'bp-reset-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reset-password.page.html',
})
export class ResetPasswordPage {
  private readonly api = inject(IdentityApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly paths = { signIn: appLink(APP_PATHS.signIn), forgotPassword: appLink(APP_PATHS.forgotPassword) };
  private readonly token = takeFragmentToken(inject(ActivatedRoute).snapshot.fragment, inject(Location));
  protected readonly hasToken = this.token !== null;
  protected readonly done = signal(false);
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    password: ['', newPasswordField()],
    confirm: ['', [Validators.required, sameAs('password')]],
  });

  protected async submit(): Promise<void> {
    const token = this.token;
    if (!token) return;
    this.form.controls.confirm.updateValueAndValidity();
    const ok = await this.feedback.submit(this.form, this.host.nativeElement, () =>
      firstValueFrom(this.api.resetPassword(token, this.form.getRawValue().password)),
    );
    this.done.set(ok);
  }
}
