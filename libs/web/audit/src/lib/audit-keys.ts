/**
 * Values the audit page turns into translation keys of the `audit` scope, kept free of
 * runtime imports so the translation test and the route barrel can read them without
 * loading the page.
 */

/** The Transloco scope every audit log string lives in (`audit.*`), loaded with its route. */
export const AUDIT_SCOPE = 'audit';
