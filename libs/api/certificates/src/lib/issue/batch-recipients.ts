import type { DirectoryUser } from '@bina-pustaka/api-identity';

/** Why a person cannot receive a certificate, or null when they can. */
export function unusable(user: DirectoryUser | undefined): string | null {
  if (!user) return 'certificates.unknownUser';
  if (user.status !== 'active') return 'certificates.userDisabled';
  return null;
}

/** Why a CSV row cannot be issued: no identifier, nobody with it, disabled, or listed twice. */
export function csvRowProblem(
  email: string | undefined,
  nip: string | undefined,
  user: DirectoryUser | undefined,
  seenOnRow: Map<string, number>,
): { key: string; params?: Record<string, string | number> } | null {
  if (!email && !nip) return { key: 'certificates.csvRowEmpty' };
  if (!user) {
    return {
      key: 'certificates.unknownPerson',
      params: email ? { key: 'email', value: email } : { key: 'NIP', value: nip ?? '' },
    };
  }
  const reason = unusable(user);
  if (reason) return { key: reason };
  const earlier = seenOnRow.get(user.id);
  return earlier ? { key: 'certificates.duplicateRow', params: { row: earlier } } : null;
}
