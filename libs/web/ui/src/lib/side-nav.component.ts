import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';

export interface SideNavLink {
  labelKey: string;
  link: string;
  /** `page` on the link's own page, `true` on a page that belongs to it. */
  current: 'page' | 'true' | null;
}

export interface SideNavGroup {
  id: string;
  labelKey: string;
  links: readonly SideNavLink[];
}

/**
 * A section's own navigation, grouped (the staff area's _Kelola_). On wide screens a
 * column beside the page; on phones only the way back to the section's home, whose page
 * lists the same links, so the page itself keeps the whole width.
 */
@Component({
  selector: 'bp-side-nav',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './side-nav.component.css',
  template: `
    <nav class="side-nav" *transloco="let t" [attr.aria-label]="t(labelKey())">
      <a class="side-nav-home" [routerLink]="homeLink()">
        <span class="side-nav-back" aria-hidden="true">‹</span>{{ t(labelKey()) }}
      </a>
      @for (group of groups(); track group.id) {
        <p class="side-nav-group" [id]="'side-nav-' + group.id">{{ t(group.labelKey) }}</p>
        <ul [attr.aria-labelledby]="'side-nav-' + group.id">
          @for (item of group.links; track item.link) {
            <li>
              <a [routerLink]="item.link" [attr.aria-current]="item.current">{{ t(item.labelKey) }}</a>
            </li>
          }
        </ul>
      }
    </nav>
  `,
})
export class SideNavComponent {
  /** Translation key of the section's name: the landmark's label and the home link's text. */
  readonly labelKey = input.required<string>();
  readonly homeLink = input.required<string>();
  readonly groups = input.required<readonly SideNavGroup[]>();
}
