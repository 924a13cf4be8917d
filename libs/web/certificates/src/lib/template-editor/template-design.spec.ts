import { FormControl } from '@angular/forms';
import type { CertificateTemplate } from '@bina-pustaka/shared-contracts';
import {
  hexColour,
  insertAt,
  knownPlaceholders,
  newTemplateValue,
  numberPattern,
  sampleValues,
  templateValue,
  toDesign,
} from './template-design';

describe('template design', () => {
  it('sends empty optional texts as null and trims the rest', () => {
    const value = {
      ...newTemplateValue(),
      titleEn: '  ',
      bodyEn: ' for taking part ',
      signatories: [{ name: ' Bambang ', position: 'Kepala Dinas', detail: '', signatureImageId: '' }],
    };
    const design = toDesign(value, { backgroundImageId: 'bg', logoImageIds: ['l1'] });
    expect(design).toMatchObject({
      titleEn: null,
      bodyEn: 'for taking part',
      backgroundImageId: 'bg',
      logoImageIds: ['l1'],
      signatories: [{ name: 'Bambang', position: 'Kepala Dinas', detail: null, signatureImageId: null }],
    });
  });

  it('reads a saved template back into the form', () => {
    const template = {
      ...toDesign(newTemplateValue(), { backgroundImageId: null, logoImageIds: [] }),
      id: 't1',
      name: 'Templat dinas',
      isDefault: true,
      images: [],
      createdAt: '',
      updatedAt: '',
      titleEn: null,
      signatories: [{ name: 'Bambang', position: 'Kepala', detail: null, signatureImageId: 'ttd' }],
    } satisfies CertificateTemplate;
    expect(templateValue(template)).toMatchObject({
      name: 'Templat dinas',
      isDefault: true,
      titleEn: '',
      signatories: [{ name: 'Bambang', position: 'Kepala', detail: '', signatureImageId: 'ttd' }],
    });
  });

  it('numbers the sample holder by the template’s pattern, in Jakarta time', () => {
    const now = new Date('2026-10-31T20:00:00Z');
    expect(sampleValues('SRT-{tahun}{bulan}-{urut:5}', now).nomor).toBe('SRT-202611-00045');
    expect(sampleValues('', now).nomor).toBe('045/BP/XI/2026');
    expect(sampleValues('{urut}/{tahun}', now).nama).toBe('Dewi Lestari, S.Hum.');
  });

  it('inserts a placeholder at the caret or over the selection', () => {
    expect(insertAt('Kepada  dari', 7, 7, '{{nama}}')).toEqual({ text: 'Kepada {{nama}} dari', caret: 15 });
    expect(insertAt('Kepada X', 7, 8, '{{nama}}')).toEqual({ text: 'Kepada {{nama}}', caret: 15 });
    expect(insertAt('abc', 10, 12, '!')).toEqual({ text: 'abc!', caret: 4 });
  });

  it('knows the placeholders the api knows', () => {
    expect(knownPlaceholders(new FormControl('Kepada {{ nama }} ({{jp}} JP)'))).toBeNull();
    expect(knownPlaceholders(new FormControl('Kepada {{namaa}} dan {{kota}}'))).toEqual({
      placeholder: { names: 'namaa, kota' },
    });
  });

  it('wants a number pattern that can never repeat', () => {
    expect(numberPattern(new FormControl('{urut}/BP/{bulan-romawi}/{tahun}'))).toBeNull();
    expect(numberPattern(new FormControl('{urut:4}/{tahun}'))).toBeNull();
    expect(numberPattern(new FormControl('{urut}/BP/{bulan}'))).toEqual({ numberUnique: true });
    expect(numberPattern(new FormControl('{nomor}/{tahun}'))).toEqual({ numberToken: { tokens: '{nomor}' } });
    expect(numberPattern(new FormControl(''))).toBeNull();
  });

  it('wants a colour as #rrggbb', () => {
    expect(hexColour(new FormControl('#1F5F4A'))).toBeNull();
    expect(hexColour(new FormControl('hijau'))).toEqual({ colour: true });
  });
});
