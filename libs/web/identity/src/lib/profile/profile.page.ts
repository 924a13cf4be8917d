import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { PASSWORD_MIN_LENGTH, type Locale } from '@bina-pustaka/shared-contracts';
import { AuthStore, IdentityApi, LANGUAGES, LanguageStore } from '@bina-pustaka/web-data-access';
import { AlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { FORM_FIELD } from '../forms';
import { FormFeedback } from '../forms/form-feedback';
import {
  NAME_MAX_LENGTH,
  NAME_MIN_LENGTH,
  newPasswordField,
  POSITION_MAX_LENGTH,
  nip,
  sameAs,
} from '../forms/validators';
import { PersonalDataComponent } from './personal-data.component';

@Component({
  selector: 'bp-profile-page',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertComponent, FORM_FIELD, PersonalDataComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './profile.page.html',
})
export class ProfilePage {
  private readonly api = inject(IdentityApi);
  private readonly language = inject(LanguageStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly user = inject(AuthStore).user;
  protected readonly languages = LANGUAGES;
  protected readonly passwordMin = PASSWORD_MIN_LENGTH;
  /** Confirmations are keys, not text, so they follow a language switch. */
  protected readonly profileSaved = signal(false);
  protected readonly passwordChanged = signal(false);

  protected readonly profileFeedback = new FormFeedback();
  protected readonly profileForm = this.fb.group({
    fullName: [
      this.user()?.fullName ?? '',
      [Validators.required, Validators.minLength(NAME_MIN_LENGTH), Validators.maxLength(NAME_MAX_LENGTH)],
    ],
    nip: [this.user()?.nip ?? '', nip],
    position: [this.user()?.position ?? '', Validators.maxLength(POSITION_MAX_LENGTH)],
    locale: [this.user()?.locale ?? this.language.current()],
  });

  protected readonly passwordFeedback = new FormFeedback();
  protected readonly passwordForm = this.fb.group({
    currentPassword: ['', Validators.required],
    newPassword: ['', newPasswordField()],
    confirm: ['', [Validators.required, sameAs('newPassword')]],
  });

  protected async saveProfile(): Promise<void> {
    const value = this.profileForm.getRawValue();
    const locale = value.locale as Locale;
    this.profileSaved.set(false);
    const ok = await this.profileFeedback.submit(this.profileForm, this.host.nativeElement, async () => {
      await firstValueFrom(
        this.api.updateMe({
          fullName: value.fullName.trim(),
          nip: value.nip.trim() || null,
          position: value.position.trim() || null,
          locale,
        }),
      );
      if (locale !== this.language.current()) await this.language.use(locale);
    });
    if (ok) {
      this.profileForm.markAsPristine();
      this.profileSaved.set(true);
    }
  }

  protected async changePassword(): Promise<void> {
    this.passwordForm.controls.confirm.updateValueAndValidity();
    const { currentPassword, newPassword } = this.passwordForm.getRawValue();
    this.passwordChanged.set(false);
    const ok = await this.passwordFeedback.submit(this.passwordForm, this.host.nativeElement, () =>
      firstValueFrom(this.api.changePassword(currentPassword, newPassword)),
    );
    if (ok) {
      this.passwordForm.reset();
      this.passwordChanged.set(true);
    }
  }
}
