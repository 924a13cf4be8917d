import { FormControl, FormGroup, type AbstractControl } from '@angular/forms';
import { firstValueFrom, filter } from 'rxjs';
import {
  commonPassword,
  deletionWord,
  httpUrl,
  indonesianPhone,
  newPasswordField,
  nip,
  sameAs,
  validationMessage,
} from './validators';

/** Waits for a control's async validators to answer. */
const settled = (control: AbstractControl) =>
  control.pending ? firstValueFrom(control.statusChanges.pipe(filter((status) => status !== 'PENDING'))) : null;

describe('identity validators', () => {
  it('commonPassword refuses the passwords of the api list, in any case', async () => {
    expect(await commonPassword(new FormControl('perpustakaan123'))).toEqual({ passwordCommon: true });
    expect(await commonPassword(new FormControl('Password123'))).toEqual({ passwordCommon: true });
    expect(await commonPassword(new FormControl('Literasi-2026'))).toBeNull();
    expect(await commonPassword(new FormControl('rak buku di sudut baca'))).toBeNull();
    expect(await commonPassword(new FormControl(''))).toBeNull();
    expect(validationMessage({ passwordCommon: true })).toEqual({ key: 'validation.passwordCommon' });
  });

  it('a new password field wants the length and an uncommon password, as the api does', async () => {
    const form = new FormGroup({ password: new FormControl('', newPasswordField()) });
    const password = form.controls.password;
    password.setValue('pendek');
    expect(password.errors).toEqual({ minlength: { requiredLength: 10, actualLength: 6 } });
    password.setValue('perpustakaan2026');
    await settled(password);
    expect(password.errors).toEqual({ passwordCommon: true });
    password.setValue('hanya huruf saja');
    await settled(password);
    expect(password.valid).toBe(true);
  });

  it('nip is optional, else exactly 18 digits', () => {
    expect(nip(new FormControl(''))).toBeNull();
    expect(nip(new FormControl('198703152010012003'))).toBeNull();
    expect(nip(new FormControl('19870315'))).toEqual({ nip: true });
    expect(nip(new FormControl('19870315201001200x'))).toEqual({ nip: true });
  });

  it('deletionWord wants HAPUS exactly, capitals too, and names the word in its message', () => {
    expect(deletionWord(new FormControl('HAPUS', { nonNullable: true }))).toBeNull();
    const wrong = deletionWord(new FormControl('hapus', { nonNullable: true }));
    expect(validationMessage(wrong)).toEqual({ key: 'validation.deletionWord', params: { word: 'HAPUS' } });
  });

  it('sameAs compares with the sibling control', () => {
    const form = new FormGroup({
      password: new FormControl('PustakaDemo2026'),
      confirm: new FormControl('PustakaDemo2025', sameAs('password')),
    });
    // Built before its parent exists, so it is checked again once in the group (as the pages do on submit).
    form.controls.confirm.updateValueAndValidity();
    expect(form.controls.confirm.errors).toEqual({ mismatch: true });
    form.controls.confirm.setValue('PustakaDemo2026');
    expect(form.controls.confirm.errors).toBeNull();
  });

  it('maps errors to translation keys with their numbers', () => {
    expect(validationMessage({ required: true })).toEqual({ key: 'validation.required' });
    expect(validationMessage({ minlength: { requiredLength: 10, actualLength: 3 } })).toEqual({
      key: 'validation.minLength',
      params: { min: 10 },
    });
    expect(validationMessage(null)).toBeNull();
  });

  it('indonesianPhone takes 0… and +62… numbers as people write them, and nothing else', () => {
    expect(indonesianPhone(new FormControl(''))).toBeNull();
    expect(indonesianPhone(new FormControl('0812-3456-7890'))).toBeNull();
    expect(indonesianPhone(new FormControl('+62 812 3456 7890'))).toBeNull();
    expect(indonesianPhone(new FormControl('(021) 555 1234'))).toBeNull();
    expect(indonesianPhone(new FormControl('+1 202 555 0100'))).toEqual({ phone: true });
    expect(validationMessage({ phone: true })).toEqual({ key: 'validation.phone' });
  });

  it('httpUrl accepts http and https addresses only', () => {
    expect(httpUrl(new FormControl(''))).toBeNull();
    expect(httpUrl(new FormControl('https://perpusnas.go.id/panduan'))).toBeNull();
    expect(httpUrl(new FormControl('javascript:alert(1)'))).toEqual({ url: true });
    expect(httpUrl(new FormControl('perpusnas.go.id'))).toEqual({ url: true });
    expect(validationMessage({ min: { min: 1, actual: 0 } })).toEqual({ key: 'validation.min', params: { min: 1 } });
  });
});
