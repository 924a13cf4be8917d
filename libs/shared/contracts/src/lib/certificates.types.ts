import type { WebinarStaffRole } from './webinar.types';

/** What a course's or webinar's certificate says its holder was: participant, speaker, moderator or committee. */
export const CERTIFICATE_ROLES = ['peserta', 'narasumber', 'moderator', 'panitia'] as const;
export type BatchCertificateRole = (typeof CERTIFICATE_ROLES)[number];

/** Every role a certificate may state: an event's facilitators (fasilitator) besides the batch roles. */
export const CERTIFICATE_HOLDER_ROLES = [...CERTIFICATE_ROLES, 'fasilitator'] as const;
export type CertificateRole = (typeof CERTIFICATE_HOLDER_ROLES)[number];

/** Whom a webinar session's speaker, moderator or committee certificates go to: its staff in this role. */
export const WEBINAR_STAFF_BY_CERTIFICATE_ROLE: Record<Exclude<BatchCertificateRole, 'peserta'>, WebinarStaffRole> = {
  narasumber: 'presenter',
  moderator: 'moderator',
  panitia: 'host',
};

/**
 * pending: waiting for the worker to render it; issued: valid; failed: rendering gave up
 * (a coordinator can retry); revoked: withdrawn with a reason; superseded: replaced by a
 * corrected version.
 */
export const CERTIFICATE_STATUSES = ['pending', 'issued', 'failed', 'revoked', 'superseded'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/**
 * Why a certificate could not be made, in words a coordinator can act on: a template image
 * could not be read, rendering took too long, or anything else (try again). The worker logs
 * the raw error; only this reaches the screens.
 */
export const CERTIFICATE_FAILURES = ['imageUnreadable', 'renderTimeout', 'renderError'] as const;
export type CertificateFailure = (typeof CERTIFICATE_FAILURES)[number];

/** What a certificate is for: a course completed, a webinar session or an event attended (or spoken at). */
export const CERTIFICATE_SUBJECT_KINDS = ['course', 'webinar', 'event'] as const;
export type CertificateSubjectKind = (typeof CERTIFICATE_SUBJECT_KINDS)[number];

export const CERTIFICATE_ORIENTATIONS = ['landscape', 'portrait'] as const;
export type CertificateOrientation = (typeof CERTIFICATE_ORIENTATIONS)[number];

export const CERTIFICATE_QR_POSITIONS = ['bottom-left', 'bottom-right'] as const;
export type CertificateQrPosition = (typeof CERTIFICATE_QR_POSITIONS)[number];

/** Images a template can carry: the full-page background, logos on top, signatures. */
export const CERTIFICATE_IMAGE_KINDS = ['background', 'logo', 'signature'] as const;
export type CertificateImageKind = (typeof CERTIFICATE_IMAGE_KINDS)[number];

/**
 * Placeholders a template's title and body may use, written {{nama}}. Any other name is
 * refused when the template is saved.
 */
export const CERTIFICATE_PLACEHOLDERS = [
  'nama',
  'nip',
  'instansi',
  'kegiatan',
  'jp',
  'tanggal',
  'angkatan',
  'nomor',
  'peran',
] as const;
export type CertificatePlaceholder = (typeof CERTIFICATE_PLACEHOLDERS)[number];

/**
 * Tokens of a numbering pattern. {urut} is the running number of the institution's year
 * (zero-padded to 3 digits, {urut:4} for 4); {bulan-romawi} XI; {bulan} 11; {tahun} 2026.
 * A pattern must hold {urut} and {tahun}, so that a number is never given twice.
 */
export const CERTIFICATE_NUMBER_TOKENS = ['urut', 'bulan-romawi', 'bulan', 'tahun'] as const;
export const DEFAULT_CERTIFICATE_NUMBER_PATTERN = '{urut}/BP/{bulan-romawi}/{tahun}';

/** The running number the previews print (in the template's own numbering pattern). */
export const CERTIFICATE_SAMPLE_SEQUENCE = 45;

/** Values shown in the preview in place of a real holder. */
export const CERTIFICATE_SAMPLE_VALUES: Record<CertificatePlaceholder, string> = {
  nama: 'Dewi Lestari, S.Hum.',
  nip: '198703122010012003',
  instansi: 'Dinas Perpustakaan dan Kearsipan Kota',
  kegiatan: 'Katalogisasi dengan RDA',
  jp: '8',
  tanggal: '25 November 2026',
  angkatan: 'Angkatan I 2026',
  nomor: '045/BP/XI/2026',
  peran: 'peserta',
};

export interface CertificateImage {
  id: string;
  kind: CertificateImageKind;
  contentType: string;
  /** GET with the access token (signed like other files). */
  url: string;
}

export interface CertificateSignatory {
  name: string;
  position: string;
  /** NIP or another line under the name (optional). */
  detail: string | null;
  signatureImageId: string | null;
}

/** The text and look of a template; what a coordinator edits and the preview shows. */
export interface CertificateTemplateDesign {
  orientation: CertificateOrientation;
  /** e.g. "SERTIFIKAT" */
  titleId: string;
  /** e.g. "Certificate of Completion"; shown smaller under the Indonesian title */
  titleEn: string | null;
  /** Indonesian body with placeholders, e.g. "atas partisipasinya sebagai {{peran}} ..." */
  bodyId: string;
  /** English translation shown in italics under it (optional) */
  bodyEn: string | null;
  /** #rrggbb used for the border, title and rules */
  accentColor: string;
  backgroundImageId: string | null;
  logoImageIds: string[];
  signatories: CertificateSignatory[];
  qrPosition: CertificateQrPosition;
  numberPattern: string;
}

export interface CertificateTemplate extends CertificateTemplateDesign {
  id: string;
  name: string;
  /** Used for courses that have no template of their own. */
  isDefault: boolean;
  /** Images the design refers to, with links to show them. */
  images: CertificateImage[];
  createdAt: string;
  updatedAt: string;
}

/** A course's own template (null: none) and the one its certificates use (its own, else the default). */
export interface CourseCertificateTemplateSetting {
  templateId: string | null;
  effectiveTemplateId: string | null;
}

interface CertificateSubjectRef {
  kind: CertificateSubjectKind;
  id: string;
  title: string;
}

interface CertificateHolder {
  /** Null for an event's guest, who has no account (named and emailed on the certificate itself). */
  id: string | null;
  fullName: string;
  nip: string | null;
  institution: string | null;
}

export interface Certificate {
  id: string;
  /** Random public code printed under the QR code; the verify page takes it. */
  code: string;
  /** e.g. 045/BP/XI/2026 */
  number: string;
  status: CertificateStatus;
  role: CertificateRole;
  holder: CertificateHolder;
  subject: CertificateSubjectRef;
  cohortName: string | null;
  jp: number;
  version: number;
  /** When the work was completed (the date the certificate states). */
  awardedAt: string;
  issuedAt: string | null;
  /** When and why it stopped being valid: revoked, or superseded by a corrected version. */
  revokedAt: string | null;
  revokedReason: string | null;
  /** Why a coordinator issued it without the completion rules met. */
  forcedReason: string | null;
  /** Only while failed: what went wrong, as a key the screens translate. */
  failureReason: CertificateFailure | null;
  batchId: string | null;
  /** Only while issued: download link (signed for the viewer). */
  pdfUrl: string | null;
  /** Public verify page of this certificate. */
  verifyUrl: string;
}

/** What anyone can see from a certificate's code: enough to trust it, nothing more. */
export interface CertificateVerification {
  code: string;
  status: 'valid' | 'revoked' | 'superseded';
  number: string;
  holderName: string;
  role: CertificateRole;
  /** What it was earned in: a course (pelatihan), a webinar or an event (acara). */
  subjectKind: CertificateSubjectKind;
  subjectTitle: string;
  /** The organisations the subject was run with, as printed ("Bekerja sama dengan"). */
  coOrganisers: string[];
  cohortName: string | null;
  /** 0 when the subject gives no learning hours (events): the page leaves the line out. */
  jp: number;
  awardedAt: string;
  issuedAt: string;
  issuer: string;
  /** When and why it stopped being valid: revoked, or superseded by a corrected version. */
  revokedAt: string | null;
  revokedReason: string | null;
  /** For a superseded certificate: the code of the version that replaced it. */
  replacedByCode: string | null;
}

export interface CertificateBatch {
  id: string;
  subject: CertificateSubjectRef;
  cohortId: string | null;
  cohortName: string | null;
  role: CertificateRole;
  templateId: string;
  createdAt: string;
  createdBy: string;
  total: number;
  issued: number;
  failed: number;
  /** Waiting or rendering. */
  pending: number;
  /** People who already held a live certificate and were left as they were. */
  alreadyHeld: number;
}

/** One person of a bulk request that was not issued, and why. */
export interface CertificateBatchRejection {
  userId: string | null;
  /** CSV line when the request came from a CSV file. */
  row: number | null;
  reason: string;
}

/**
 * 201 with the batch and no rejections; or 422 with `batch: null` and the rejections when
 * anyone asked for cannot get a certificate (then nothing is issued).
 */
export interface CertificateBatchResult {
  batch: CertificateBatch | null;
  rejected: CertificateBatchRejection[];
}
