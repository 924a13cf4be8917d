import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type EventRosterEntry } from '@bina-pustaka/shared-contracts';
import { formatTime } from '@bina-pustaka/shared-util';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { CameraScanner } from './camera-scanner';
import { DoorResultComponent } from './door-result.component';
import { DoorWalkInComponent } from './door-walk-in.component';
import { DoorStore } from './door.store';
import { QR_FALLBACK_LOADER, chooseQrDetector } from './qr-detector';

const SEARCH_MIN = 2;
const SEARCH_SHOWN = 8;

/** "Sérgio" and "sergio", "Dewi  Lestari" and "dewi lestari" are the same search. */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The door's check-in screen on a staff phone (`kelola/acara/:eventId/presensi`): scan a
 * ticket with the rear camera, find a guest by name, or register a walk-in; each answered
 * at once from the roster kept on the phone, and sent when there is a network.
 */
@Component({
  selector: 'bp-door-page',
  imports: [RouterLink, TranslocoDirective, FailureAlertComponent, DoorResultComponent, DoorWalkInComponent],
  providers: [DoorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './door.page.html',
  styleUrl: './door.css',
})
export class DoorPage {
  protected readonly store = inject(DoorStore);
  private readonly language = inject(LanguageStore).current;
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly loadFallback = inject(QR_FALLBACK_LOADER);
  private readonly eventId = inject(ActivatedRoute).snapshot.paramMap.get('eventId') ?? '';
  protected readonly eventLink = appLink(APP_PATHS.manageEvent, { eventId: this.eventId });

  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  private readonly scanner = new CameraScanner();
  protected readonly camera = signal<'off' | 'starting' | 'on' | 'failed'>('off');

  protected readonly query = signal('');
  protected readonly matches = computed(() => {
    const query = folded(this.query());
    if (query.length < SEARCH_MIN) return null;
    return this.store
      .entries()
      .filter((entry) => folded(entry.name).includes(query))
      .slice(0, SEARCH_SHOWN);
  });
  protected readonly latest = computed(() => this.store.results()[0] ?? null);
  protected readonly earlier = computed(() => this.store.results().slice(1));

  constructor() {
    void this.store.open(this.eventId);
    inject(DestroyRef).onDestroy(() => this.scanner.stop());
  }

  protected async startCamera(): Promise<void> {
    const video = this.video()?.nativeElement;
    if (!video) return;
    this.camera.set('starting');
    try {
      const detector = await chooseQrDetector(this.window, this.loadFallback);
      await this.scanner.start(video, detector, (code) => void this.store.scan(code));
      this.camera.set('on');
    } catch {
      // No permission, no camera, or the reader could not load: searching by name still works.
      this.scanner.stop();
      this.camera.set('failed');
    }
  }

  protected stopCamera(): void {
    this.scanner.stop();
    this.camera.set('off');
  }

  protected checkIn(entry: EventRosterEntry): void {
    this.store.checkInByName(entry.registrationId);
  }

  protected time(at: string): string {
    return formatTime(at, this.language(), this.store.timeZone());
  }
}
