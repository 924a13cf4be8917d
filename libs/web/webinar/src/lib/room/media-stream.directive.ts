import { DestroyRef, Directive, ElementRef, effect, inject, input, output } from '@angular/core';

/**
 * Plays a MediaStream in a <video> or <audio>: sets srcObject when the stream changes and
 * starts playback. `blocked` fires when the browser refuses to play sound without a click.
 */
@Directive({ selector: 'video[bpMediaStream], audio[bpMediaStream]' })
export class MediaStreamDirective {
  readonly stream = input<MediaStream | null>(null, { alias: 'bpMediaStream' });
  readonly blocked = output<void>();
  private readonly element = inject<ElementRef<HTMLMediaElement>>(ElementRef).nativeElement;

  constructor() {
    effect(() => {
      const stream = this.stream();
      if (this.element.srcObject === stream) return;
      this.element.srcObject = stream;
      if (stream) this.play();
    });
    inject(DestroyRef).onDestroy(() => {
      this.element.srcObject = null;
    });
  }

  /** Also called after a click on "Aktifkan suara". */
  play(): void {
    const playing = this.element.play?.();
    playing?.catch((error: unknown) => {
      if ((error as { name?: string } | null)?.name === 'NotAllowedError') this.blocked.emit();
    });
  }
}
