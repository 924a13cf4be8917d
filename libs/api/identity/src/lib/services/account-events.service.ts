import { Injectable } from '@nestjs/common';
import { DomainEvents } from '@bina-pustaka/api-platform';

/**
 * Something that happened to an account and ends or narrows what its open connections
 * may do (webinar sockets): disabled by an admin, a sign-in session ended (signed out, or
 * a stolen refresh token came back), the password changed or reset, the roles changed.
 */
export interface AccountEvent {
  kind: 'disabled' | 'signedOut' | 'passwordChanged' | 'rolesChanged';
  userId: string;
}

/** Account changes, told once committed to the domains that hold connections open (they end them themselves). */
@Injectable()
export class AccountEventsService extends DomainEvents<AccountEvent> {
  constructor() {
    super(AccountEventsService.name);
  }
}
