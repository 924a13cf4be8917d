import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import { IdentityApi } from '@bina-pustaka/web-data-access';
import { AlertComponent } from '@bina-pustaka/web-ui';
import { catchError, firstValueFrom, map, of } from 'rxjs';
import { FORM_FIELD } from '../forms';
import { FormFeedback } from '../forms/form-feedback';
import { NAME_MAX_LENGTH, NAME_MIN_LENGTH } from '../forms/validators';

type RegistrationState = 'loading' | 'open' | 'closed';

@Component({
  selector: 'bp-register-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register.page.html',
})
export class RegisterPage {
  private readonly api = inject(IdentityApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly signInLink = appLink(APP_PATHS.signIn);
  /** The api answers 403 when closed anyway; asking first spares people filling a useless form. */
  protected readonly state = toSignal(
    this.api.publicSettings().pipe(
      map((settings): RegistrationState => (settings.selfRegistration ? 'open' : 'closed')),
      // Offline: show the form; the submit then says what went wrong.
      catchError(() => of<RegistrationState>('open')),
    ),
    { initialValue: 'loading' as RegistrationState },
  );
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    fullName: ['', [Validators.required, Validators.minLength(NAME_MIN_LENGTH), Validators.maxLength(NAME_MAX_LENGTH)]],
  });

  protected async submit(): Promise<void> {
    const { email, fullName } = this.form.getRawValue();
    const ok = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      const { message } = await firstValueFrom(this.api.register({ email: email.trim(), fullName: fullName.trim() }));
      this.feedback.success.set(message);
    });
    if (ok) this.form.reset();
  }
}
