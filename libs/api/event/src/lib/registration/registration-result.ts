import { translate } from '@bina-pustaka/api-platform';
import type { EventRegistrationResult, EventRegistrationStatus, Locale } from '@bina-pustaka/shared-contracts';

/** What registering, confirming or cancelling answers: the status and a sentence for the person. */
export function registrationResult(
  locale: Locale,
  status: EventRegistrationStatus,
  waitlistPosition: number | null,
  email: string | null = null,
): EventRegistrationResult {
  const params = { position: waitlistPosition ?? 0, email: email ?? '' };
  return { status, waitlistPosition, message: translate(locale, `eventRegistration.${status}`, params) };
}
