import { signal } from '@angular/core';
import type { FocusGroupDetail } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { firstValueFrom, type Observable } from 'rxjs';

/**
 * One change to a group made from a row's button (a role, a status, a delete): the api
 * answers with the whole group, which the section hands up to the page; a refusal is
 * shown above the section and the group stays as it was.
 */
export class GroupChange {
  readonly busy = signal(false);
  readonly failure = signal<ApiFailure | null>(null);

  async run(call: Observable<FocusGroupDetail>, changed: (group: FocusGroupDetail) => void): Promise<boolean> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      changed(await firstValueFrom(call));
      return true;
    } catch (error) {
      this.failure.set(toApiFailure(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
