import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type Locale } from '@bina-pustaka/shared-contracts';
import { AuthStore, IdentityApi, LANGUAGES, LanguageStore, NotificationsStore } from '@bina-pustaka/web-data-access';
import { filter } from 'rxjs';
import { initialsOf } from './initials';
import { type LearnerNavEntry, MANAGE_HOME, type NavEntry } from './navigation';
import { NavigationStore } from './navigation.store';

/**
 * The bar on every page. Wide screens: the learner's links and "Kelola" in one row, then
 * the bell, the language switch and the account menu. Phones: the brand and a Menu button
 * whose panel holds the same links and tools, so the menu stays as short as the learner's
 * list (the staff pages are one entry, "Kelola"). Its styles are global (site-header.css,
 * imported by styles.css): the bar is on every page, so they cost no JavaScript.
 */
@Component({
  selector: 'bp-site-header',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-header.component.html',
  host: {
    '(keydown.escape)': 'closeOnEscape()',
    '(focusout)': 'closeWhenFocusLeaves($event)',
    '(document:click)': 'closeOnOutsideClick($event)',
  },
})
export class SiteHeaderComponent {
  private readonly auth = inject(AuthStore);
  private readonly identityApi = inject(IdentityApi);
  private readonly language = inject(LanguageStore);
  private readonly notifications = inject(NotificationsStore);
  private readonly injector = inject(Injector);
  private readonly menuToggle = viewChild<ElementRef<HTMLElement>>('menuToggle');
  private readonly menuPanel = viewChild<ElementRef<HTMLElement>>('menuPanel');
  private readonly account = viewChild<ElementRef<HTMLElement>>('account');
  private readonly accountToggle = viewChild<ElementRef<HTMLElement>>('accountToggle');
  private readonly accountPanel = viewChild<ElementRef<HTMLElement>>('accountPanel');
  protected readonly navigation = inject(NavigationStore);

  protected readonly user = this.auth.user;
  protected readonly languages = LANGUAGES;
  protected readonly currentLanguage = this.language.current;
  protected readonly homeLink = appLink(APP_PATHS.home);
  protected readonly manageLabelKey = MANAGE_HOME.labelKey;
  protected readonly unread = computed(() => this.notifications.inbox()?.unread ?? 0);
  protected readonly initials = computed(() => initialsOf(this.user()?.fullName ?? ''));
  protected readonly menuOpen = signal(false);
  protected readonly accountOpen = signal(false);
  protected readonly mainEntries = this.entriesAt('main');
  protected readonly bellEntries = this.entriesAt('bell');
  protected readonly accountEntries = this.entriesAt('account');

  constructor() {
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        // The app moves focus to the new page's content.
        this.closeMenus();
        void this.notifications.refreshIfStale();
      });
  }

  protected linkTo(entry: NavEntry): string {
    return appLink(entry.path);
  }

  protected toggleMenu(): void {
    this.accountOpen.set(false);
    this.menuOpen.update((open) => !open);
    if (this.menuOpen()) this.focusFirstLinkIn(this.menuPanel);
  }

  protected toggleAccount(): void {
    this.accountOpen.update((open) => !open);
    if (this.accountOpen()) this.focusFirstLinkIn(this.accountPanel);
  }

  /** Escape closes the innermost open panel and gives focus back to the button that opened it. */
  protected closeOnEscape(): void {
    if (this.accountOpen()) {
      this.accountOpen.set(false);
      this.accountToggle()?.nativeElement.focus();
    } else if (this.menuOpen()) {
      this.menuOpen.set(false);
      this.menuToggle()?.nativeElement.focus();
    }
  }

  /** Tabbing out of the header closes its panels, so they never hide the focused control. */
  protected closeWhenFocusLeaves(event: FocusEvent): void {
    if (this.leftFor(event, event.currentTarget)) this.closeMenus();
  }

  protected closeAccountWhenFocusLeaves(event: FocusEvent): void {
    if (this.leftFor(event, event.currentTarget)) this.accountOpen.set(false);
  }

  protected closeOnOutsideClick(event: MouseEvent): void {
    const target = event.target as Node | null;
    if (!target) return;
    if (!this.account()?.nativeElement.contains(target)) this.accountOpen.set(false);
    if (!this.menuPanel()?.nativeElement.parentElement?.contains(target)) this.menuOpen.set(false);
  }

  protected async chooseLanguage(language: Locale): Promise<void> {
    if (language === this.currentLanguage()) return;
    await this.language.use(language);
    // Signed in: remember it in the profile too, so it follows the person to other devices.
    if (this.auth.signedIn()) {
      this.identityApi.updateMe({ locale: language }).subscribe({ error: () => undefined });
    }
  }

  protected async signOut(): Promise<void> {
    this.closeMenus();
    await this.auth.signOut();
  }

  private closeMenus(): void {
    this.menuOpen.set(false);
    this.accountOpen.set(false);
  }

  private entriesAt(place: LearnerNavEntry['place']) {
    return computed(() =>
      this.navigation.entries().filter((entry) => entry.area === 'learner' && entry.place === place),
    );
  }

  /**
   * Focus went to a control outside `container`. A click on plain text inside a panel moves
   * focus to nothing (no related target): that is not leaving, and outside clicks close anyway.
   */
  private leftFor(event: FocusEvent, container: EventTarget | null): boolean {
    const next = event.relatedTarget as Node | null;
    return !!next && container instanceof Node && !container.contains(next);
  }

  private focusFirstLinkIn(panel: () => ElementRef<HTMLElement> | undefined): void {
    afterNextRender(() => panel()?.nativeElement.querySelector<HTMLElement>('a[href], button')?.focus(), {
      injector: this.injector,
    });
  }
}
