import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH, APP_PATHS, appLink, type InvitationPreview } from '@bina-pustaka/shared-contracts';
import { AuthStore, IdentityApi, LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { AlertComponent, DateTimePipe } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { FORM_FIELD } from '../forms';
import { FormFeedback } from '../forms/form-feedback';
import { takeFragmentToken } from '../forms/url-token';
import {
  NAME_MAX_LENGTH,
  NAME_MIN_LENGTH,
  newPasswordField,
  POSITION_MAX_LENGTH,
  nip,
  sameAs,
} from '../forms/validators';

@Component({
  selector: 'bp-accept-invitation-page',
  imports: [ReactiveFormsModule, RouterLink, TranslocoDirective, AlertComponent, DateTimePipe, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-invitation.page.html',
})
export class AcceptInvitationPage {
  private readonly api = inject(IdentityApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageStore).current;

  protected readonly signInLink = appLink(APP_PATHS.signIn);
  private readonly token = takeFragmentToken(inject(ActivatedRoute).snapshot.fragment, inject(Location));
  protected readonly preview = signal<InvitationPreview | null>(null);
  /** Why the invitation cannot be used (invalid, accepted, expired), or a missing token. */
  protected readonly previewFailure = signal<ApiFailure | null>(null);
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    fullName: ['', [Validators.required, Validators.minLength(NAME_MIN_LENGTH), Validators.maxLength(NAME_MAX_LENGTH)]],
    nip: ['', nip],
    position: ['', Validators.maxLength(POSITION_MAX_LENGTH)],
    password: ['', newPasswordField()],
    confirm: ['', [Validators.required, sameAs('password')]],
  });

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    if (!this.token) {
      this.previewFailure.set({ status: 0, code: 'identity.invitation.noToken', message: null, issues: {} });
      return;
    }
    try {
      const preview = await firstValueFrom(this.api.previewInvitation(this.token));
      this.form.controls.fullName.setValue(preview.fullName);
      this.preview.set(preview);
    } catch (error) {
      this.previewFailure.set(toApiFailure(error));
    }
  }

  protected async submit(): Promise<void> {
    const token = this.token;
    if (!token) return;
    this.form.controls.confirm.updateValueAndValidity();
    const value = this.form.getRawValue();
    const ok = await this.feedback.submit(this.form, this.host.nativeElement, () =>
      this.auth.acceptInvitation({
        token,
        fullName: value.fullName.trim(),
        password: value.password,
        nip: value.nip.trim() || null,
        position: value.position.trim() || null,
      }),
    );
    if (ok) await this.router.navigateByUrl(appLink(APP_PATHS.home));
  }
}
