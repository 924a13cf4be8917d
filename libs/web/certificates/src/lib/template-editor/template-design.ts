import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import {
  CERTIFICATE_NUMBER_TOKENS,
  CERTIFICATE_PLACEHOLDERS,
  CERTIFICATE_SAMPLE_SEQUENCE,
  CERTIFICATE_SAMPLE_VALUES,
  type CertificateOrientation,
  type CertificatePlaceholder,
  type CertificateQrPosition,
  type CertificateSignatory,
  type CertificateTemplate,
  type CertificateTemplateDesign,
} from '@bina-pustaka/shared-contracts';
import { formatCertificateNumber } from '@bina-pustaka/shared-util';

export const DEFAULT_ACCENT = '#1f5f4a';
export const DEFAULT_TITLE = 'SERTIFIKAT';
export const DEFAULT_BODY =
  'atas partisipasinya sebagai {{peran}} dalam pelatihan {{kegiatan}} ({{jp}} JP) yang diselenggarakan pada {{tanggal}}.';

/** What the editor's form holds: plain strings, empty for "none". */
export interface SignatoryValue {
  name: string;
  position: string;
  detail: string;
  signatureImageId: string;
}

export interface TemplateFormValue {
  name: string;
  isDefault: boolean;
  orientation: CertificateOrientation;
  titleId: string;
  titleEn: string;
  bodyId: string;
  bodyEn: string;
  accentColor: string;
  qrPosition: CertificateQrPosition;
  numberPattern: string;
  signatories: SignatoryValue[];
}

export const blankSignatory = (): SignatoryValue => ({ name: '', position: '', detail: '', signatureImageId: '' });

export function newTemplateValue(): TemplateFormValue {
  return {
    name: '',
    isDefault: false,
    orientation: 'landscape',
    titleId: DEFAULT_TITLE,
    titleEn: '',
    bodyId: DEFAULT_BODY,
    bodyEn: '',
    accentColor: DEFAULT_ACCENT,
    qrPosition: 'bottom-right',
    numberPattern: '{urut}/BP/{bulan-romawi}/{tahun}',
    signatories: [blankSignatory()],
  };
}

export function templateValue(template: CertificateTemplate): TemplateFormValue {
  return {
    name: template.name,
    isDefault: template.isDefault,
    orientation: template.orientation,
    titleId: template.titleId,
    titleEn: template.titleEn ?? '',
    bodyId: template.bodyId,
    bodyEn: template.bodyEn ?? '',
    accentColor: template.accentColor,
    qrPosition: template.qrPosition,
    numberPattern: template.numberPattern,
    signatories: template.signatories.map((signatory) => ({
      name: signatory.name,
      position: signatory.position,
      detail: signatory.detail ?? '',
      signatureImageId: signatory.signatureImageId ?? '',
    })),
  };
}

/** The design as the api takes it: trimmed, and null where the form is empty. */
export function toDesign(
  value: TemplateFormValue,
  images: { backgroundImageId: string | null; logoImageIds: readonly string[] },
): CertificateTemplateDesign {
  const orNull = (text: string) => text.trim() || null;
  return {
    orientation: value.orientation,
    titleId: value.titleId.trim(),
    titleEn: orNull(value.titleEn),
    bodyId: value.bodyId.trim(),
    bodyEn: orNull(value.bodyEn),
    accentColor: value.accentColor.trim(),
    backgroundImageId: images.backgroundImageId,
    logoImageIds: [...images.logoImageIds],
    signatories: value.signatories.map(
      (signatory): CertificateSignatory => ({
        name: signatory.name.trim(),
        position: signatory.position.trim(),
        detail: orNull(signatory.detail),
        signatureImageId: signatory.signatureImageId || null,
      }),
    ),
    qrPosition: value.qrPosition,
    numberPattern: value.numberPattern.trim(),
  };
}

/** The sample holder of the preview, numbered by the template's own pattern. */
export function sampleValues(numberPattern: string, now = new Date()): Record<CertificatePlaceholder, string> {
  const pattern = numberPattern.trim();
  return {
    ...CERTIFICATE_SAMPLE_VALUES,
    nomor: pattern
      ? formatCertificateNumber(pattern, CERTIFICATE_SAMPLE_SEQUENCE, now)
      : CERTIFICATE_SAMPLE_VALUES.nomor,
  };
}

/** Text with `insert` put in place of the selection [start, end), and where the caret goes after it. */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  return { text: text.slice(0, from) + insert + text.slice(to), caret: from + insert.length };
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NUMBER_TOKEN = /\{([^{}]*)\}/g;

/** Like the api: only the known {{placeholders}}. */
export const knownPlaceholders: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const known = new Set<string>(CERTIFICATE_PLACEHOLDERS);
  const unknown = [...String(control.value ?? '').matchAll(PLACEHOLDER)]
    .map((match) => match[1])
    .filter((name) => !known.has(name));
  // Named without their braces: the translation would read "{{kota}}" as one of its own parameters.
  return unknown.length ? { placeholder: { names: unknown.join(', ') } } : null;
};

/** Like the api: known {tokens} only, and {urut} and {tahun} so a number is never given twice. */
export const numberPattern: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const pattern = String(control.value ?? '').trim();
  if (!pattern) return null;
  const known = new Set<string>(CERTIFICATE_NUMBER_TOKENS);
  const unknown = [...pattern.matchAll(NUMBER_TOKEN)]
    .map((match) => match[1])
    .filter((token) => !known.has(token) && !/^urut:[1-9]$/.test(token));
  if (unknown.length) return { numberToken: { tokens: unknown.map((token) => `{${token}}`).join(', ') } };
  return /\{urut(:[1-9])?\}/.test(pattern) && pattern.includes('{tahun}') ? null : { numberUnique: true };
};

export const hexColour: ValidatorFn = (control: AbstractControl): ValidationErrors | null =>
  /^#[0-9a-fA-F]{6}$/.test(String(control.value ?? '').trim()) ? null : { colour: true };
