import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { appLink } from '@bina-pustaka/shared-contracts';
import type { StaffNavEntry } from '../shell/navigation';
import { NavigationStore } from '../shell/navigation.store';

/**
 * Kelola: every staff page the person may use, by group, each with a line on what it is
 * for. The header's "Kelola" (one entry in the phone menu) leads here; on phones it is the
 * staff side navigation.
 */
@Component({
  selector: 'bp-manage-page',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .manage-groups {
      display: grid;
      gap: 1.5rem 1rem;
    }
    .manage-links {
      display: grid;
      gap: 0.75rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    @media (min-width: 48em) {
      .manage-groups {
        grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      }
    }
  `,
  template: `
    <div class="page" *transloco="let t">
      <header class="page-header">
        <h1>{{ t('nav.manage') }}</h1>
        <p class="lead">{{ t('manage.intro') }}</p>
      </header>
      <div class="manage-groups">
        @for (group of navigation.groups(); track group.id) {
          <section [attr.aria-labelledby]="'kelola-' + group.id">
            <h2 [id]="'kelola-' + group.id">{{ t(group.labelKey) }}</h2>
            <ul class="manage-links">
              @for (entry of group.entries; track entry.path) {
                <li>
                  <a class="quick-link card" [routerLink]="linkTo(entry)">
                    <span class="quick-link-title">{{ t(entry.labelKey) }}</span>
                    <span class="quick-link-text">{{ t('manage.hints.' + entry.hint) }}</span>
                  </a>
                </li>
              }
            </ul>
          </section>
        }
      </div>
    </div>
  `,
})
export class ManagePage {
  protected readonly navigation = inject(NavigationStore);

  protected linkTo(entry: StaffNavEntry): string {
    return appLink(entry.path);
  }
}
