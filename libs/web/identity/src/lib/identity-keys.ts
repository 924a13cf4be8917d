/** The Transloco scope the identity pages' words live in (`identity.*`), loaded with their routes. */
export const IDENTITY_SCOPE = 'identity';
