import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { formatTime } from '@bina-pustaka/shared-util';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { type DoorResult, resultTone } from './door-result';

/** One scan as the door shows it: a big coloured card for the last one, a line for earlier ones. */
@Component({
  selector: 'bp-door-result',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './door-result.css',
  host: { class: 'door-result', '[class]': "'door-result door-' + tone() + (big() ? ' door-result-big' : '')" },
  template: `
    <ng-container *transloco="let t">
      @let r = result();
      <p class="door-headline">
        @switch (r.outcome) {
          @case ('checked-in') {
            {{ r.name ? t('event-door.result.welcome', { name: r.name }) : t('event-door.result.welcomeGuest') }}
          }
          @case ('already-checked-in') {
            {{ t('event-door.result.already', { time: time() }) }}
          }
          @case ('not-confirmed') {
            {{ t('event-door.result.notConfirmed') }}
          }
          @case ('cancelled') {
            {{ t('event-door.result.cancelled') }}
          }
          @case ('other-event') {
            {{ t('event-door.result.otherEvent') }}
          }
          @case ('refused') {
            {{ t('event-door.result.refused') }}
          }
          @default {
            {{ t('event-door.result.unknown') }}
          }
        }
      </p>
      @if (big()) {
        @if (r.outcome === 'already-checked-in' && r.name) {
          <p class="door-detail">{{ r.name }}</p>
        }
        @if (r.by) {
          <p class="door-detail">{{ t('event-door.result.alreadyBy', { by: r.by }) }}</p>
        }
        @if (r.outcome === 'not-confirmed') {
          <p class="door-detail">{{ t('event-door.result.notConfirmedHint') }}</p>
        }
        @if (r.outcome === 'unknown' && !r.sent) {
          <p class="door-detail">{{ t('event-door.result.checking') }}</p>
        }
        @if (r.message) {
          <p class="door-detail">{{ r.message }}</p>
        }
      }
      @if (r.outcome === 'checked-in') {
        <p class="door-sent">{{ r.sent ? t('event-door.result.sent') : t('event-door.result.notSent') }}</p>
      }
    </ng-container>
  `,
})
export class DoorResultComponent {
  readonly result = input.required<DoorResult>();
  readonly timeZone = input.required<string>();
  readonly big = input(false);
  private readonly language = inject(LanguageStore).current;
  protected readonly tone = computed(() => resultTone(this.result()));
  protected readonly time = computed(() => {
    const at = this.result().at;
    return at ? formatTime(at, this.language(), this.timeZone()) : '';
  });
}
