/** sha256 of a ticket code as lowercase hex: what the roster keeps instead of the code itself. */
export async function ticketHash(code: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The shape the api accepts (`eventCheckInsSchema`): anything else is not a ticket of ours. */
export function looksLikeTicketCode(code: string): boolean {
  return /^[A-Za-z0-9_-]{1,200}$/.test(code);
}
