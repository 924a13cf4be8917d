import { ChangeDetectionStrategy, Component, input } from '@angular/core';

let nextId = 0;

/** A card in the middle of the room: connecting, the lobby, a failure, the end. */
@Component({
  selector: 'bp-room-screen',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card screen" [attr.aria-labelledby]="headingId">
      @if (busy()) {
        <div class="spinner" aria-hidden="true"></div>
      }
      <h1 [id]="headingId">{{ heading() }}</h1>
      <ng-content />
    </section>
  `,
  styles: `
    .screen {
      margin: 2rem auto;
      max-width: 32rem;
      width: calc(100% - 2rem);
      text-align: center;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 0.75rem;
      color: var(--bp-text);
    }
    .spinner {
      width: 2.5rem;
      height: 2.5rem;
      border-radius: 50%;
      border: 4px solid var(--bp-primary-tint);
      border-top-color: var(--bp-primary);
      animation: spin 1s linear infinite;
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
  `,
})
export class RoomScreenComponent {
  readonly heading = input.required<string>();
  /** Shows a spinner: something is on its way. */
  readonly busy = input(false);
  protected readonly headingId = `room-screen-${++nextId}`;
}
