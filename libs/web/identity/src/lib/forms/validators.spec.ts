import { FormControl, FormGroup } from '@angular/forms';
import { httpUrl, nip, passwordStrength, sameAs, validationMessage } from './validators';

describe('identity validators', () => {
  it('passwordStrength wants letters plus a digit or symbol, like the api', () => {
    expect(passwordStrength(new FormControl('PustakaDemo2026'))).toBeNull();
    expect(passwordStrength(new FormControl('kata sandi!'))).toBeNull();
    expect(passwordStrength(new FormControl('hanyahurufsaja'))).toEqual({ passwordWeak: true });
    expect(passwordStrength(new FormControl('1234567890'))).toEqual({ passwordWeak: true });
    expect(passwordStrength(new FormControl(''))).toBeNull();
  });

  it('nip is optional, else exactly 18 digits', () => {
    expect(nip(new FormControl(''))).toBeNull();
    expect(nip(new FormControl('198703152010012003'))).toBeNull();
    expect(nip(new FormControl('19870315'))).toEqual({ nip: true });
    expect(nip(new FormControl('19870315201001200x'))).toEqual({ nip: true });
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

  it('httpUrl accepts http and https addresses only', () => {
    expect(httpUrl(new FormControl(''))).toBeNull();
    expect(httpUrl(new FormControl('https://perpusnas.go.id/panduan'))).toBeNull();
    expect(httpUrl(new FormControl('javascript:alert(1)'))).toEqual({ url: true });
    expect(httpUrl(new FormControl('perpusnas.go.id'))).toEqual({ url: true });
    expect(validationMessage({ min: { min: 1, actual: 0 } })).toEqual({ key: 'validation.min', params: { min: 1 } });
  });
});
