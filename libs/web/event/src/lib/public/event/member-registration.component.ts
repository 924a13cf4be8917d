import {
  ChangeDetectionStrategy,
  Component,
  ViewContainerRef,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { EventRegistrationResult, EventTicket, PublicEvent } from '@bina-pustaka/shared-contracts';
import { AuthStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { PublicEventsApi } from '@bina-pustaka/web-data-access/events';
import { DialogComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { RegisteredComponent } from './registered.component';

/**
 * A signed-in member registers with one click (confirmed at once when a seat is free, their
 * details taken from their account) and sees where their registration stands; online and
 * hybrid, a confirmed member's way into the webinar room (its page, where they join signed in).
 * When the organiser asks questions, the click comes after them (MemberAnswersComponent).
 */
@Component({
  selector: 'bp-member-registration',
  imports: [TranslocoDirective, FailureAlertComponent, DialogComponent, RegisteredComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ng-container *transloco="let t">
      @if (failure(); as f) {
        <bp-failure-alert [failure]="f" />
      }
      @if (done(); as result) {
        <bp-registered [result]="result" />
      }
      @if (loading()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      } @else if (mine(); as ticket) {
        <p>
          {{ t('events.member.signedInAs', { name: auth.user()?.fullName }) }}
          {{ t('events.member.status') }} <strong>{{ t('events.status.' + ticket.status) }}</strong>
          @if (ticket.waitlistPosition) {
            ({{ t('events.member.position', { position: ticket.waitlistPosition }) }})
          }
        </p>
        @if (ticket.joinUrl) {
          <p>
            <a class="btn btn-primary" [href]="ticket.joinUrl">{{ t('events.ticket.join') }}</a>
          </p>
        }
        <button type="button" class="btn btn-danger-outline" [disabled]="busy()" (click)="dialog.open()">
          {{ t('events.member.cancel') }}
        </button>
      } @else if (open()) {
        <p>{{ t('events.member.signedInAs', { name: auth.user()?.fullName }) }}</p>
        @if (asks()) {
          <!-- The organiser's questions (and @angular/forms) load only for an event that asks some. -->
          <ng-container #answers />
        } @else {
          <button type="button" class="btn btn-primary btn-block" [disabled]="busy()" (click)="register()">
            {{ t('events.member.oneClick') }}
          </button>
        }
      } @else {
        <p>{{ t('events.registrationState.' + event().registration) }}</p>
      }
      <bp-dialog #dialog [heading]="t('events.member.cancelTitle')">
        <p>{{ t('events.cancel.question') }}</p>
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" (click)="dialog.close()">
            {{ t('events.cancel.keep') }}
          </button>
          <button type="button" class="btn btn-danger" [disabled]="busy()" (click)="cancel()">
            {{ t('events.cancel.confirm') }}
          </button>
        </div>
      </bp-dialog>
    </ng-container>
  `,
})
export class MemberRegistrationComponent {
  readonly event = input.required<PublicEvent>();
  /** Whether registration is open (or open to the waitlist). */
  readonly open = input.required<boolean>();
  private readonly api = inject(PublicEventsApi);
  protected readonly auth = inject(AuthStore);
  private readonly dialog = viewChild.required(DialogComponent);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  /** Their live registration (a cancelled one is no registration: they may register again). */
  protected readonly mine = signal<EventTicket | null>(null);
  protected readonly done = signal<EventRegistrationResult | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly asks = computed(() => this.event().questions.length > 0);
  private readonly answersHost = viewChild('answers', { read: ViewContainerRef });

  constructor() {
    effect(() => {
      const eventId = this.event().id;
      untracked(() => void this.load(eventId));
    });
    effect(() => {
      const host = this.answersHost();
      const event = this.event();
      if (host) untracked(() => void this.showAnswers(host, event));
    });
  }

  private async showAnswers(host: ViewContainerRef, event: PublicEvent): Promise<void> {
    const { MemberAnswersComponent } = await import('./member-answers.component');
    host.clear();
    const ref = host.createComponent(MemberAnswersComponent);
    ref.setInput('event', event);
    ref.instance.registered.subscribe((result) => {
      this.failure.set(null);
      this.done.set(result);
      void this.load(event.id);
    });
  }

  private async load(eventId: string): Promise<void> {
    this.loading.set(true);
    try {
      const ticket = await firstValueFrom(this.api.myRegistration(eventId));
      this.mine.set(ticket.status === 'cancelled' ? null : ticket);
    } catch (error) {
      const failure = toApiFailure(error);
      this.mine.set(null);
      // 404: no registration yet, the usual case.
      if (failure.status !== 404) this.failure.set(failure);
    } finally {
      this.loading.set(false);
    }
  }

  protected async register(): Promise<void> {
    await this.act(() => this.api.registerMember(this.event().id));
  }

  protected async cancel(): Promise<void> {
    this.dialog().close();
    await this.act(() => this.api.cancelMine(this.event().id));
  }

  private async act(call: () => ReturnType<PublicEventsApi['registerMember']>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    this.done.set(null);
    try {
      const result = await firstValueFrom(call());
      if (result.status !== 'cancelled') this.done.set(result);
      await this.load(this.event().id);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.busy.set(false);
    }
  }
}
