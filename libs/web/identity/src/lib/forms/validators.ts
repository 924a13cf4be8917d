import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** The api's own limits (shared-contracts newPasswordSchema), so the form never disagrees with it. */
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@bina-pustaka/shared-contracts';
export const NAME_MIN_LENGTH = 3;
export const NAME_MAX_LENGTH = 120;
export const POSITION_MAX_LENGTH = 120;

/** Letters plus at least one digit or symbol. Length is checked by min/maxLength. */
export const passwordStrength: ValidatorFn = (control) => {
  const value = String(control.value ?? '');
  if (!value) return null;
  return /\p{L}/u.test(value) && /[^\p{L}]/u.test(value) ? null : { passwordWeak: true };
};

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

export const atLeastOne: ValidatorFn = (control) =>
  Array.isArray(control.value) && control.value.length > 0 ? null : { required: true };

export interface ValidationMessage {
  key: string;
  params?: Record<string, unknown>;
}

/** The translation key for the first client-side error of a control. */
export function validationMessage(errors: ValidationErrors | null): ValidationMessage | null {
  if (!errors) return null;
  if (errors['required']) return { key: 'validation.required' };
  if (errors['email']) return { key: 'validation.email' };
  if (errors['minlength']) return { key: 'validation.minLength', params: { min: errors['minlength'].requiredLength } };
  if (errors['maxlength']) return { key: 'validation.maxLength', params: { max: errors['maxlength'].requiredLength } };
  if (errors['passwordWeak']) return { key: 'validation.passwordWeak' };
  if (errors['nip']) return { key: 'validation.nip' };
  if (errors['mismatch']) return { key: 'validation.mismatch' };
  if (errors['min']) return { key: 'validation.min', params: { min: errors['min'].min } };
  if (errors['max']) return { key: 'validation.max', params: { max: errors['max'].max } };
  if (errors['url']) return { key: 'validation.url' };
  if (errors['after']) return { key: 'validation.after' };
  if (errors['fileMissing']) return { key: 'validation.fileMissing' };
  return { key: 'validation.invalid' };
}
