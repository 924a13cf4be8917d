import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { IdentityApi } from '@bina-pustaka/web-data-access';
import { AlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { FORM_FIELD } from '../forms';
import { FormFeedback } from '../forms/form-feedback';

@Component({
  selector: 'bp-forgot-password-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forgot-password.page.html',
})
export class ForgotPasswordPage {
  private readonly api = inject(IdentityApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly signInLink = appLink(APP_PATHS.signIn);
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
  });

  protected async submit(): Promise<void> {
    await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const { message } = await firstValueFrom(this.api.forgotPassword(this.form.getRawValue().email.trim()));
      this.feedback.success.set(message);
    });
  }
}
