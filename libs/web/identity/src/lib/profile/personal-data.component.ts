import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { ACCOUNT_DELETION_WORD } from '@bina-pustaka/shared-contracts';
import { AuthStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { PersonalDataApi } from '@bina-pustaka/web-data-access/users';
import { AlertComponent, DialogComponent, saveBlob } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { FORM_FIELD } from '../forms';
import { FormFeedback } from '../forms/form-feedback';
import { deletionWord } from '../forms/validators';

/**
 * "Data pribadi" on the profile page (UU 27/2022): download everything held about me, or
 * delete my account after a dialog that says what goes and what stays, asks the password
 * and the word HAPUS; then this device signs out.
 */
@Component({
  selector: 'bp-personal-data',
  imports: [ReactiveFormsModule, TranslocoDirective, AlertComponent, DialogComponent, FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './personal-data.component.html',
})
export class PersonalDataComponent {
  private readonly api = inject(PersonalDataApi);
  private readonly auth = inject(AuthStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly dialog = viewChild.required<DialogComponent>('deletionDialog');
  protected readonly word = ACCOUNT_DELETION_WORD;

  protected readonly downloading = signal(false);
  protected readonly downloadFailure = signal<ApiFailure | null>(null);

  protected readonly deletionFeedback = new FormFeedback();
  protected readonly deletionForm = inject(NonNullableFormBuilder).group({
    password: ['', Validators.required],
    confirmation: ['', [Validators.required, deletionWord]],
  });

  protected async download(): Promise<void> {
    this.downloading.set(true);
    this.downloadFailure.set(null);
    try {
      const file = await firstValueFrom(this.api.download());
      saveBlob(file.blob, file.fileName);
    } catch (error) {
      this.downloadFailure.set(toApiFailure(error));
    } finally {
      this.downloading.set(false);
    }
  }

  protected openDeletion(): void {
    this.deletionForm.reset();
    this.deletionFeedback.failure.set(null);
    this.dialog().open();
  }

  protected closeDeletion(): void {
    this.dialog().close();
  }

  protected async deleteAccount(): Promise<void> {
    const { password, confirmation } = this.deletionForm.getRawValue();
    const ok = await this.deletionFeedback.submit(this.deletionForm, this.host.nativeElement, () =>
      firstValueFrom(this.api.deleteAccount(password, confirmation)),
    );
    if (!ok) return;
    this.dialog().close();
    await this.auth.forgetDeletedAccount();
  }
}
