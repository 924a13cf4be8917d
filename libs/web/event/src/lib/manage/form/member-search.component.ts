import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { UserRef } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { UserAdminApi } from '@bina-pustaka/web-data-access/users';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/**
 * Finds a member by name or email (the users api, which coordinators and admins may read)
 * and hands back the one picked.
 */
@Component({
  selector: 'bp-member-search',
  imports: [TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../manage.css',
  template: `
    <div class="member-search" *transloco="let t">
      <div class="field-row">
        <div class="field field-grow">
          <label [for]="inputId()">{{ label() }}</label>
          <input
            #query
            type="search"
            autocomplete="off"
            maxlength="60"
            [id]="inputId()"
            (keydown.enter)="$event.preventDefault(); search(query.value)"
          />
        </div>
        <button type="button" class="btn btn-secondary" (click)="search(query.value)">
          {{ t('event-manage.form.people.search') }}
        </button>
      </div>
      @if (failure(); as shown) {
        <bp-failure-alert [failure]="shown" />
      }
      @if (found(); as users) {
        @if (users.length) {
          <ul class="member-results" [attr.aria-label]="t('event-manage.form.people.results')">
            @for (user of users; track user.id) {
              <li>
                <button type="button" class="btn btn-link" (click)="picked.emit(user); found.set(null)">
                  {{ user.fullName }}
                </button>
              </li>
            }
          </ul>
        } @else {
          <p class="muted" role="status">{{ t('event-manage.form.people.noneFound') }}</p>
        }
      }
    </div>
  `,
})
export class MemberSearchComponent {
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly picked = output<UserRef>();
  private readonly api = inject(UserAdminApi);
  protected readonly found = signal<UserRef[] | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);

  protected async search(q: string): Promise<void> {
    if (!q.trim()) return;
    this.failure.set(null);
    try {
      const page = await firstValueFrom(this.api.listUsers({ q: q.trim(), status: 'active', page: 1, pageSize: 8 }));
      this.found.set(page.items.map((user) => ({ id: user.id, fullName: user.fullName })));
    } catch (error) {
      this.found.set(null);
      this.failure.set(toApiFailure(error));
    }
  }
}
