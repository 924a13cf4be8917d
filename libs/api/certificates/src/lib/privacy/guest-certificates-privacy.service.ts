import { Injectable, Logger } from '@nestjs/common';
import { Storage } from '@bina-pustaka/api-platform';
import type { EntityManager } from 'typeorm';
import { erasedGuestEmail, ERASED_GUEST_NAME, pdfStorageKey } from '../shared/certificate-links';

/** A guest another domain forgets: the subject they held certificates for and the email they were issued to. */
export interface ErasedGuest {
  subjectId: string;
  email: string;
}

/**
 * Certificates of holders without an account (an event's guests), when the domain that
 * knows them forgets them (the guest's erase request, the event's retention). The row and
 * its code stay, so the verify page still says the certificate was issued on that subject
 * and date; the name becomes "Tamu" as on the forgotten registration, the institution goes,
 * the email becomes an undeliverable one of the row's own (nothing is ever sent to the
 * person again, and the one-live-per-guest index stays free), and the PDF that printed the
 * name is removed.
 */
@Injectable()
export class GuestCertificatesPrivacyService {
  private readonly logger = new Logger(GuestCertificatesPrivacyService.name);

  constructor(private readonly storage: Storage) {}

  /** In the caller's transaction; returns how many certificates were blanked. */
  async erase(manager: EntityManager, subjectKind: 'event', guests: ErasedGuest[]): Promise<number> {
    if (guests.length === 0) return 0;
    const found: { id: string }[] = await manager.query(
      `SELECT c.id FROM certificates c JOIN unnest($2::uuid[], $3::text[]) AS g (subject_id, email)
           ON c.subject_id = g.subject_id AND lower(c.holder_email) = lower(g.email)
        WHERE c.holder_id IS NULL AND c.subject_kind = $1
        FOR UPDATE OF c`,
      [subjectKind, guests.map((guest) => guest.subjectId), guests.map((guest) => guest.email)],
    );
    const erased = found.map(({ id }) => id);
    await manager.query(
      `UPDATE certificates c SET holder_name = $1, holder_institution = NULL, holder_nip = NULL, holder_email = e.email
         FROM unnest($2::uuid[], $3::text[]) AS e (id, email) WHERE c.id = e.id`,
      [ERASED_GUEST_NAME, erased, erased.map(erasedGuestEmail)],
    );
    // Before the commit: a failed transaction leaves the row as it was without its PDF, which
    // the next request or night blanks again; the file is what the person asked to be rid of.
    for (const id of erased) {
      await this.storage.remove(pdfStorageKey(id)).catch((error: Error) => {
        this.logger.warn(`Could not remove the PDF of erased guest certificate ${id}: ${error.message}`);
      });
    }
    return erased.length;
  }
}
