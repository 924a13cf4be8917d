import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink } from '@bina-pustaka/shared-contracts';
import {
  ACCOUNT_DELETED_PARAM,
  AuthStore,
  IdentityApi,
  RETURN_URL_PARAM,
  safeReturnUrl,
} from '@bina-pustaka/web-data-access';
import { AlertComponent } from '@bina-pustaka/web-ui';
import { catchError, of } from 'rxjs';
import { FORM_FIELD } from '../forms';
import { FormFeedback } from '../forms/form-feedback';

@Component({
  selector: 'bp-sign-in-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in.page.html',
})
export class SignInPage {
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly paths = {
    forgotPassword: appLink(APP_PATHS.forgotPassword),
    register: appLink(APP_PATHS.register),
  };
  /** Arrived here right after deleting one's account: say it is done. */
  protected readonly accountDeleted = this.route.snapshot.queryParamMap.has(ACCOUNT_DELETED_PARAM);
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  /** "Daftar" shows only while self-registration is open; unknown (offline) counts as closed. */
  protected readonly settings = toSignal(
    inject(IdentityApi)
      .publicSettings()
      .pipe(catchError(() => of(null))),
  );

  protected async submit(): Promise<void> {
    const { email, password } = this.form.getRawValue();
    const ok = await this.feedback.submit(this.form, this.host.nativeElement, () =>
      this.auth.signIn(email.trim(), password),
    );
    if (ok) {
      await this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get(RETURN_URL_PARAM)));
    }
  }
}
