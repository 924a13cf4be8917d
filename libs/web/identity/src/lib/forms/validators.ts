import {
  Validators,
  type AbstractControl,
  type AsyncValidatorFn,
  type ValidationErrors,
  type ValidatorFn,
} from '@angular/forms';
import {
  ACCOUNT_DELETION_WORD,
  INDONESIAN_PHONE,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  phoneDigits,
} from '@bina-pustaka/shared-contracts';

/** The api's own limits (shared-contracts newPasswordSchema), so the form never disagrees with it. */
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bina-pustaka/shared-contracts';
export const NAME_MIN_LENGTH = 3;
export const NAME_MAX_LENGTH = 120;
export const POSITION_MAX_LENGTH = 120;

/**
 * Not one of the common passwords the api refuses. The list (10,000 passwords) is loaded
 * the first time someone types a new password, so no page carries it in its download.
 */
export const commonPassword: AsyncValidatorFn = async (control) => {
  const value = String(control.value ?? '');
  if (!value) return null;
  const { isCommonPassword } = await import('./common-password-check');
  return isCommonPassword(value) ? { passwordCommon: true } : null;
};

/** A new password's rules, the api's (shared-contracts newPasswordSchema): length, then not common. */
export function newPasswordField(): { validators: ValidatorFn[]; asyncValidators: AsyncValidatorFn[] } {
  return {
    validators: [
      Validators.required,
      Validators.minLength(PASSWORD_MIN_LENGTH),
      Validators.maxLength(PASSWORD_MAX_LENGTH),
    ],
    asyncValidators: [commonPassword],
  };
}

/** NIP is optional; when given it is exactly 18 digits. */
export const nip: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  return !value || /^\d{18}$/.test(value) ? null : { nip: true };
};

/** For "repeat the password": equal to the sibling control `otherName`. */
export function sameAs(otherName: string): ValidatorFn {
  return (control: AbstractControl): ValidationErrors | null => {
    const other = control.parent?.get(otherName);
    if (!other || !control.value) return null;
    return control.value === other.value ? null : { mismatch: true };
  };
}

/** An http(s) address, as the api accepts for links and videos. Empty is left to `required`. */
export const httpUrl: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? null : { url: true };
  } catch {
    return { url: true };
  }
};

/** An Indonesian phone number (0… or +62…), written with spaces or dashes as people do; empty is fine. */
export const indonesianPhone: ValidatorFn = (control) => {
  const value = String(control.value ?? '').trim();
  return !value || INDONESIAN_PHONE.test(phoneDigits(value)) ? null : { phone: true };
};

export const atLeastOne: ValidatorFn = (control) =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { required: true };

export interface ValidationMessage {
  key: string;
  params?: Record<string, unknown>;
}

/** The translation key for the first client-side error of a control. */
/** The word that confirms deleting one's account, typed exactly (capitals too), as the api checks it. */
export function deletionWord(control: AbstractControl<string>): ValidationErrors | null {
  return control.value === ACCOUNT_DELETION_WORD ? null : { deletionWord: true };
}

export function validationMessage(errors: ValidationErrors | null): ValidationMessage | null {
  if (!errors) return null;
  if (errors['required']) return { key: 'validation.required' };
  if (errors['email']) return { key: 'validation.email' };
  if (errors['minlength']) return { key: 'validation.minLength', params: { min: errors['minlength'].requiredLength } };
  if (errors['maxlength']) return { key: 'validation.maxLength', params: { max: errors['maxlength'].requiredLength } };
  if (errors['passwordCommon']) return { key: 'validation.passwordCommon' };
  if (errors['nip']) return { key: 'validation.nip' };
  if (errors['mismatch']) return { key: 'validation.mismatch' };
  if (errors['min']) return { key: 'validation.min', params: { min: errors['min'].min } };
  if (errors['max']) return { key: 'validation.max', params: { max: errors['max'].max } };
  if (errors['url']) return { key: 'validation.url' };
  if (errors['phone']) return { key: 'validation.phone' };
  if (errors['deletionWord']) return { key: 'validation.deletionWord', params: { word: ACCOUNT_DELETION_WORD } };
  if (errors['after']) return { key: 'validation.after' };
  if (errors['fileMissing']) return { key: 'validation.fileMissing' };
  return { key: 'validation.invalid' };
}
