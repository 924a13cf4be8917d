import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { NetworkQuality } from '@bina-pustaka/web-data-access/webinar';
import { initials } from '../shared/schedule';
import { MediaStreamDirective } from './media-stream.directive';
import { QualityDotComponent } from './quality-dot.component';
import { RoomIconComponent } from './room-icon.component';

export interface TileSize {
  width: number;
  height: number;
}

/**
 * One person's picture (or their initials when the camera is off), with their name, a
 * muted microphone, a raised hand, the network dot and the active speaker's ring. Reports
 * the size it is shown at, so the room receives no more pixels than it needs.
 */
@Component({
  selector: 'bp-video-tile',
  imports: [TranslocoDirective, MediaStreamDirective, QualityDotComponent, RoomIconComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'tile',
    '[class.tile-speaking]': 'speaking()',
    '[class.tile-screen]': "source() === 'screen'",
    '[attr.data-user-id]': 'userId()',
    '[attr.data-source]': 'source()',
  },
  template: `
    <ng-container *transloco="let t; prefix: 'webinar'">
      @if (stream() && !videoOff()) {
        <video
          [bpMediaStream]="stream()"
          [class.mirrored]="mirrored()"
          [attr.data-user-id]="userId()"
          [attr.data-source]="source()"
          autoplay
          playsinline
          muted
          [attr.aria-label]="t(source() === 'screen' ? 'room.tile.screenOf' : 'room.tile.videoOf', { name: name() })"
        ></video>
      } @else {
        <div class="tile-avatar" aria-hidden="true">
          <span>{{ letters() }}</span>
        </div>
      }
      <div class="tile-label">
        <bp-quality-dot [quality]="quality()" />
        <span class="tile-name">{{ label() || name() }}</span>
        @if (handRaised()) {
          <span class="tile-icon tile-hand" role="img" [attr.aria-label]="t('room.tile.handRaised')"
            ><bp-room-icon name="hand" [size]="16"
          /></span>
        }
        @if (micOff() && source() !== 'screen') {
          <span class="tile-icon tile-muted" role="img" [attr.aria-label]="t('room.tile.micOff')">
            <bp-room-icon name="micOff" [size]="16" />
          </span>
        }
      </div>
    </ng-container>
  `,
  styleUrl: './video-tile.component.css',
})
export class VideoTileComponent {
  readonly stream = input<MediaStream | null>(null);
  readonly userId = input.required<string>();
  readonly name = input.required<string>();
  /** What the label says, when it is more than the name ("Dewi Lestari (Anda)"). */
  readonly label = input('');
  readonly source = input<'camera' | 'screen'>('camera');
  readonly speaking = input(false);
  readonly micOff = input(false);
  readonly handRaised = input(false);
  /** The sender paused the camera, or we are in audio only. */
  readonly videoOff = input(false);
  readonly mirrored = input(false);
  readonly quality = input<NetworkQuality | null>(null);
  readonly sized = output<TileSize>();

  protected readonly letters = computed(() => initials(this.name()));

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(([entry]) => {
        const box = entry.contentRect;
        this.sized.emit({ width: Math.round(box.width), height: Math.round(box.height) });
      });
      observer.observe(host);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
