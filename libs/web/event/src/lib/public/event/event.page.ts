import {
  ChangeDetectionStrategy,
  Component,
  type ComponentRef,
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
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type PublicEvent } from '@bina-pustaka/shared-contracts';
import {
  AuthStore,
  LanguageStore,
  RETURN_URL_PARAM,
  toApiFailure,
  type ApiFailure,
} from '@bina-pustaka/web-data-access';
import { PublicEventsApi } from '@bina-pustaka/web-data-access/events';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { EventWhenPipe, eventDate } from '../../shared/event-when';
import { openStreetMapUrl } from './venue-map';
import { SeatsBadgeComponent } from '../list/seats-badge.component';
import { MemberRegistrationComponent } from './member-registration.component';
import type { RegistrationFormComponent } from './registration-form.component';
import { ShareButtonComponent } from './share-button.component';

/**
 * /acara/:slug: the page a guest opens from WhatsApp on a phone, often on a slow connection:
 * everything about the event, then the registration form (or, signed in, one click). Kept
 * light: no library beyond the shell's, the cover sized before it loads, the rest lazy.
 */
@Component({
  selector: 'bp-event-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    FailureAlertComponent,
    EventWhenPipe,
    SeatsBadgeComponent,
    MemberRegistrationComponent,
    ShareButtonComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './event.page.html',
  styleUrl: '../public.css',
})
export class EventPage {
  private readonly api = inject(PublicEventsApi);
  private readonly title = inject(Title);
  protected readonly auth = inject(AuthStore);
  protected readonly language = inject(LanguageStore).current;
  protected readonly listLink = appLink(APP_PATHS.events);
  protected readonly event = signal<PublicEvent | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  private slug = '';

  protected readonly mapUrl = computed(() => openStreetMapUrl(this.event()?.venue ?? null));
  protected readonly calendarUrl = computed(() => this.api.calendarUrl(this.event()?.slug ?? this.slug));
  /** The programme grouped by day, each with its date written out (days without lines are left out). */
  protected readonly programme = computed(() => {
    const event = this.event();
    if (!event) return [];
    return event.days
      .map((day, index) => ({
        index,
        date: eventDate(day.startsAt, this.language(), event.timeZone),
        items: event.programme.filter((item) => item.day === index),
      }))
      .filter((day) => day.items.length > 0);
  });
  protected readonly registering = computed(() => {
    const state = this.event()?.registration;
    return state === 'open' || state === 'waitlist';
  });

  /**
   * The guest's form (and @angular/forms with it) loads once the page is shown, by a dynamic
   * import rather than @defer, whose runtime would land in every visitor's first download.
   */
  private readonly formHost = viewChild('registrationForm', { read: ViewContainerRef });
  private readonly formComponent = signal<Type<RegistrationFormComponent> | null>(null);
  private readonly formRef = signal<ComponentRef<RegistrationFormComponent> | null>(null);
  protected readonly formShown = computed(() => this.formRef() !== null);

  constructor() {
    effect(() => {
      if (this.formHost() && !this.formComponent()) {
        void import('./registration-form.component').then((m) => this.formComponent.set(m.RegistrationFormComponent));
      }
    });
    effect(() => {
      const host = this.formHost();
      const component = this.formComponent();
      const event = this.event();
      if (!host || !component || !event) return;
      untracked(() => {
        const current = this.formRef();
        // A new host (another event opened) gets a new form; the old one went with its host.
        const ref = current && !current.hostView.destroyed ? current : host.createComponent(component);
        ref.setInput('event', event);
        this.formRef.set(ref);
      });
    });
    inject(ActivatedRoute)
      .paramMap.pipe(takeUntilDestroyed())
      .subscribe((params) => {
        this.slug = params.get('slug') ?? '';
        void this.load();
      });
  }

  protected async load(): Promise<void> {
    this.event.set(null);
    this.failure.set(null);
    try {
      const event = await firstValueFrom(this.api.bySlug(this.slug));
      this.event.set(event);
      // The tab (and a bookmark) names the event, not just "Acara".
      this.title.setTitle(`${event.title} · Bina Pustaka`);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected readonly signInLink = appLink(APP_PATHS.signIn);

  /** Back to this page after signing in, to register with one click. */
  protected returnHere(): Record<string, string> {
    return { [RETURN_URL_PARAM]: appLink(APP_PATHS.event, { slug: this.slug }) };
  }
}
