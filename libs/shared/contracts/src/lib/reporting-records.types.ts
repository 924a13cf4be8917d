import type { CertificateRole } from './certificates.types';
import type { Page } from './common.types';
import type { InstitutionRef } from './identity.types';

/**
 * A librarian's learning record (issue 16): what a civil-service training record (riwayat
 * diklat) lists, gathered from every domain that records learning. Coordinators read it
 * (`GET /api/reports/learners/:userId/record`, CSV, XLSX); the learner downloads it as a
 * transcript PDF (`GET /api/me/transcript.pdf`).
 */

/** What a record's activity was: a course completed, a webinar session or an event taken part in. */
export const LEARNING_RECORD_KINDS = ['course', 'webinar', 'event'] as const;
export type LearningRecordKind = (typeof LEARNING_RECORD_KINDS)[number];

/** The person as the record names them. */
export interface LearningRecordPerson {
  userId: string;
  fullName: string;
  /** 18 digits for civil servants, null for others. */
  nip: string | null;
  /** Jabatan, as the person wrote it. */
  position: string | null;
  institution: InstitutionRef | null;
}

/** One row of the record: a training (pelatihan), a webinar or an event, with the person's part in it. */
export interface LearningRecordActivity {
  kind: LearningRecordKind;
  /** The course, the webinar session or the event. */
  sourceId: string;
  /** peserta (took part), or narasumber, moderator, fasilitator, panitia (led or ran it). */
  role: CertificateRole;
  /** Nama pelatihan: the title as it was when recorded. */
  title: string;
  /** Penyelenggara: the institution that issued its certificate, or the event's partners, or the programme. */
  organiser: string;
  /** When it began and ended for the person (a course: enrolled and completed). */
  startedAt: string;
  endedAt: string;
  /** JP credited for it in the ledger (0 when none, e.g. a course's own webinar session). */
  jp: number;
  /** The live certificate for this activity and role, when there is one. */
  certificateNumber: string | null;
  certificateCode: string | null;
}

/** JP earned in one year (WIB), against the yearly target. */
export interface LearningRecordYear {
  year: number;
  jp: number;
  target: number;
}

/** A certificate the person holds, with what anyone needs to verify it. */
export interface LearningRecordCertificate {
  kind: LearningRecordKind;
  sourceId: string;
  role: CertificateRole;
  number: string;
  code: string;
  title: string;
  issuerName: string;
  jp: number;
  awardedAt: string;
  /** The public verify page behind the certificate's QR code. */
  verifyUrl: string;
}

export interface LearningRecord {
  person: LearningRecordPerson;
  /** Oldest first, as a training record reads. */
  activities: LearningRecordActivity[];
  /** Every year with JP, oldest first. */
  jpByYear: LearningRecordYear[];
  /** Issued certificates (not revoked or replaced), oldest first. */
  certificates: LearningRecordCertificate[];
}

/** A librarian in the coordinator's search, with their JP this year. */
export interface LearnerSummary extends LearningRecordPerson {
  email: string;
  jpThisYear: number;
}

/** A page of librarians; the year (WIB) and target their JP is counted against. */
export interface LearnerDirectoryPage extends Page<LearnerSummary> {
  year: number;
  target: number;
}
