import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ComponentRef,
  type ElementRef,
  type Type,
  ViewContainerRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { appLink } from '@bina-pustaka/shared-contracts';
import type { SideNavComponent, SideNavGroup } from '@bina-pustaka/web-ui';
import { filter, skip } from 'rxjs';
import { MANAGE_HOME } from './shell/navigation';
import { NavigationStore } from './shell/navigation.store';
import { SiteHeaderComponent } from './shell/site-header.component';

@Component({
  selector: 'bp-root',
  imports: [RouterOutlet, TranslocoDirective, SiteHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './app.html',
})
export class App {
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly sideNavHost = viewChild('sideNavHost', { read: ViewContainerRef });
  private readonly navigation = inject(NavigationStore);

  /** The staff pages have their own navigation; the Kelola page itself lists the same links. */
  protected readonly sideNav = computed(() => this.navigation.inStaffArea() && !this.navigation.onManageHome());
  private readonly sideNavGroups = computed<SideNavGroup[]>(() =>
    this.navigation.groups().map((group) => ({
      id: group.id,
      labelKey: group.labelKey,
      links: group.entries.map((entry) => ({
        labelKey: entry.labelKey,
        link: appLink(entry.path),
        current: this.navigation.markOf(entry),
      })),
    })),
  );
  /** Fetched the first time a staff page opens: learners never download it. */
  private readonly sideNavComponent = signal<Type<SideNavComponent> | null>(null);
  private readonly sideNavRef = signal<ComponentRef<SideNavComponent> | null>(null);

  constructor() {
    // After a client-side navigation, screen readers and keyboards start at the new content,
    // as after a full page load. The first navigation is the page load itself.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.main().nativeElement.focus({ preventScroll: true }));

    // A dynamic import, not @defer or inputBinding: their runtime adds 1-2 kB gzip to the initial bundle.
    effect(() => {
      if (this.sideNav() && !this.sideNavComponent()) {
        void import('@bina-pustaka/web-ui').then((ui) => this.sideNavComponent.set(ui.SideNavComponent));
      }
    });
    // The host exists while a staff page is shown; the component goes with it when it leaves.
    effect(() => {
      const host = this.sideNavHost();
      const component = this.sideNavComponent();
      if (!host || !component) return;
      this.sideNavRef.set(
        untracked(() => {
          const ref = host.createComponent(component);
          ref.setInput('labelKey', MANAGE_HOME.labelKey);
          ref.setInput('homeLink', this.navigation.manageHomeLink);
          ref.setInput('groups', this.sideNavGroups());
          return ref;
        }),
      );
    });
    effect(() => {
      const sideNav = this.sideNavRef();
      const groups = this.sideNavGroups();
      if (sideNav && !sideNav.hostView.destroyed) sideNav.setInput('groups', groups);
    });
  }
}
