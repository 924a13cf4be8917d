import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  viewChild,
  viewChildren,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { APP_PATHS, appLink, type WebinarPeer } from '@bina-pustaka/shared-contracts';
import type { NetworkQuality, RoomClosedReason } from '@bina-pustaka/web-data-access/webinar';
import { WebinarRoomClient, type RemoteMedia } from '@bina-pustaka/web-data-access/webinar-room';
import { DialogComponent, FailureAlertComponent, WIDE_SCREEN, mediaQuery } from '@bina-pustaka/web-ui';
import { ROOM_PANELS, WEBINAR_SCOPE, type RoomPanel } from '../webinar-keys';
import { ChatPanelComponent } from './chat-panel.component';
import { MediaStreamDirective } from './media-stream.directive';
import { PeoplePanelComponent } from './people-panel.component';
import { PollsPanelComponent } from './polls-panel.component';
import { QaPanelComponent } from './qa-panel.component';
import { QualityDotComponent } from './quality-dot.component';
import { RoomIconComponent } from './room-icon.component';
import { RoomScreenComponent } from './room-screen.component';
import { VideoTileComponent, type TileSize } from './video-tile.component';

/** One tile of the grid: a person with or without a picture. */
interface Tile {
  key: string;
  userId: string;
  name: string;
  /** My own tile: labelled "(Anda)" and mirrored. */
  self: boolean;
  stream: MediaStream | null;
  consumerId: string | null;
  source: 'camera' | 'screen';
  micOff: boolean;
  videoOff: boolean;
  mirrored: boolean;
  handRaised: boolean;
  quality: NetworkQuality | null;
}

const NOTICE_MS = 6_000;
/** The handshake's answers that another try will not change. */
const FINAL_REFUSALS = ['webinar.removed', 'webinar.closed', 'webinar.notInAudience'];
/** Sent away for a reason that joining again answers (a new ticket: the new role, the new password's sign-in). */
const REJOINABLE: readonly (RoomClosedReason | null)[] = ['passwordChanged', 'roleChanged'];

/** The debug hook the browser journey reads (only with localStorage `bp-webinar-debug`). */
interface RoomDebug {
  phase: () => string;
  diagnostics: () => ReturnType<WebinarRoomClient['diagnostics']>;
  inbound: () => ReturnType<WebinarRoomClient['inboundSummary']>;
}

/**
 * The live room: pictures, sound, screen share; the controls; chat, Q&A, polls and people
 * in a side panel (a sheet on phones); the lobby, reconnecting and ended screens.
 */
@Component({
  selector: 'bp-webinar-room-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    DialogComponent,
    FailureAlertComponent,
    ChatPanelComponent,
    QaPanelComponent,
    PollsPanelComponent,
    PeoplePanelComponent,
    MediaStreamDirective,
    QualityDotComponent,
    RoomIconComponent,
    RoomScreenComponent,
    VideoTileComponent,
    NgTemplateOutlet,
  ],
  providers: [WebinarRoomClient],
  host: { '(document:keydown.escape)': 'closeSheet()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './webinar-room.page.html',
  styleUrl: './webinar-room.page.css',
})
export class WebinarRoomPage {
  protected readonly room = inject(WebinarRoomClient);
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  protected readonly webinarId = inject(ActivatedRoute).snapshot.paramMap.get('webinarId') ?? '';
  protected readonly detailLink = appLink(APP_PATHS.webinar, { webinarId: this.webinarId });
  protected readonly listLink = appLink(APP_PATHS.webinars);
  protected readonly panels = ROOM_PANELS;
  protected readonly wide = mediaQuery(WIDE_SCREEN);
  protected readonly panel = signal<RoomPanel>('chat');
  /** Phones: the side panel is a sheet over the pictures. */
  protected readonly sheetOpen = signal(false);
  protected readonly audioBlocked = signal(false);
  protected readonly toast = signal<string | null>(null);
  protected readonly seenChat = signal(0);
  protected readonly canShareScreen =
    typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getDisplayMedia === 'function';
  private readonly endDialog = viewChild<DialogComponent>('confirmEnd');
  private readonly sinks = viewChildren(MediaStreamDirective);

  /** Trying again cannot help someone removed from the session, or a session that is over. */
  protected readonly retryable = computed(() => !FINAL_REFUSALS.includes(this.room.failure()?.code ?? ''));
  protected readonly rejoinable = computed(() => REJOINABLE.includes(this.room.closedReason()));
  protected readonly panelVisible = computed(() => this.wide() || this.sheetOpen());
  protected readonly unreadChat = computed(() =>
    this.panelVisible() && this.panel() === 'chat' ? 0 : Math.max(0, this.room.chat().length - this.seenChat()),
  );
  protected readonly peopleAlert = computed(
    () => (this.room.isModerating() ? this.room.lobby().length : 0) + this.room.hands().length,
  );

  protected readonly qualities = computed(() => {
    const result: Record<string, NetworkQuality | null> = { ...this.room.peerQuality() };
    const me = this.room.me();
    if (me) result[me.userId] = this.room.myQuality();
    return result;
  });

  private readonly peersById = computed(() => {
    const map = new Map<string, WebinarPeer>();
    for (const peer of this.room.peers()) map.set(peer.userId, peer);
    return map;
  });

  /** Microphones that are open, by user. */
  private readonly openMics = computed(() => {
    const open = new Set<string>();
    for (const producer of this.room.producers())
      if (producer.source === 'mic' && !producer.paused) open.add(producer.userId);
    return open;
  });

  protected readonly screens = computed<Tile[]>(() =>
    this.room
      .remote()
      .filter((media) => media.source === 'screen')
      .map((media) => this.remoteTile(media)),
  );

  protected readonly tiles = computed<Tile[]>(() => {
    const me = this.room.me();
    const tiles: Tile[] = [];
    // My own tile while I send or may send; a listener needs no picture of themselves.
    if (me && (this.room.mayUseMic() || this.room.mayUseCamera())) {
      const local = this.room.local();
      tiles.push({
        key: 'me',
        userId: me.userId,
        name: me.name,
        self: true,
        stream: this.room.localCamera(),
        consumerId: null,
        source: 'camera',
        micOff: !local.mic,
        videoOff: !local.camera,
        mirrored: true,
        handRaised: this.room.handRaised(),
        quality: this.room.myQuality(),
      });
    }
    const cameras = new Map<string, RemoteMedia>();
    for (const media of this.room.remote()) if (media.source === 'camera') cameras.set(media.userId, media);
    const hands = new Set(this.room.hands());
    const others = [...this.room.peers()].sort(
      (a, b) => staffRank(a) - staffRank(b) || a.name.localeCompare(b.name, 'id'),
    );
    for (const peer of others) {
      const camera = cameras.get(peer.userId);
      const speaks = this.openMics().has(peer.userId);
      if (!camera && peer.role === 'attendee' && !speaks) continue;
      tiles.push({
        key: peer.userId,
        userId: peer.userId,
        name: peer.name,
        self: false,
        stream: camera ? this.streamOf(camera.track) : null,
        consumerId: camera?.consumerId ?? null,
        source: 'camera',
        micOff: !speaks,
        videoOff: !camera || camera.paused || camera.producerPaused,
        mirrored: false,
        handRaised: hands.has(peer.userId),
        quality: this.room.peerQuality()[peer.userId] ?? null,
      });
    }
    return tiles;
  });

  protected readonly audio = computed(() =>
    this.room
      .remote()
      .filter((media) => media.kind === 'audio')
      .map((media) => ({ consumerId: media.consumerId, stream: this.streamOf(media.track) })),
  );

  /** Others in the room without a tile, for the "+12 peserta mendengarkan" line. */
  protected readonly listeners = computed(() => {
    const shown = new Set(this.tiles().map((tile) => tile.userId));
    return this.room.peers().filter((peer) => !shown.has(peer.userId)).length;
  });

  constructor() {
    this.room.join(this.webinarId);
    const destroyRef = inject(DestroyRef);
    destroyRef.onDestroy(() => this.room.leave());

    // Notices: read out by the live region and shown for a few seconds.
    let timer: ReturnType<typeof setTimeout> | undefined;
    effect(() => {
      const notice = this.room.notice();
      if (!notice) return;
      const params = { ...notice.params };
      const text = this.transloco.translate(`${WEBINAR_SCOPE}.${notice.key}`, params);
      this.toast.set(text);
      clearTimeout(timer);
      timer = setTimeout(() => this.toast.set(null), NOTICE_MS);
    });
    destroyRef.onDestroy(() => clearTimeout(timer));

    // Reading the chat marks it read.
    effect(() => {
      const count = this.room.chat().length;
      if (this.panelVisible() && this.panel() === 'chat') this.seenChat.set(count);
    });

    this.exposeDebugHook(destroyRef);
  }

  protected tileSized(tile: Tile, size: TileSize): void {
    if (tile.consumerId) this.room.setTileSize(tile.consumerId, size.width, size.height);
  }

  /** Phones: opens the sheet and moves focus into it; Escape or "Tutup" bring it back. */
  protected choosePanel(panel: RoomPanel): void {
    this.panel.set(panel);
    if (this.wide()) return;
    this.sheetOpen.set(true);
    setTimeout(() => document.getElementById(`room-tab-${panel}`)?.focus());
  }

  protected closeSheet(): void {
    if (this.wide() || !this.sheetOpen()) return;
    this.sheetOpen.set(false);
    setTimeout(() => document.getElementById('room-open-panel')?.focus());
  }

  /** Arrow keys move between the tabs (the tablist pattern). */
  protected tabKey(event: KeyboardEvent, index: number): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + ROOM_PANELS.length) % ROOM_PANELS.length;
    this.panel.set(ROOM_PANELS[next]);
    const target = (event.currentTarget as HTMLElement).parentElement?.children[next] as HTMLElement | undefined;
    target?.focus();
  }

  protected toggleMic(): void {
    void this.room.setMic(!this.room.local().mic);
  }

  protected toggleCamera(): void {
    void this.room.setCamera(!this.room.local().camera);
  }

  protected toggleScreen(): void {
    void this.room.setScreen(!this.room.local().screen);
  }

  protected toggleAudioOnly(): void {
    void this.room.setAudioOnly(this.room.audioOnly() === 'off');
  }

  protected toggleHand(): void {
    void this.room.act(() => (this.room.handRaised() ? this.room.lowerHand() : this.room.raiseHand()));
  }

  protected enableSound(): void {
    this.audioBlocked.set(false);
    for (const sink of this.sinks()) sink.play();
  }

  protected async leave(): Promise<void> {
    this.room.leave();
    await this.router.navigateByUrl(this.detailLink);
  }

  protected askEnd(): void {
    this.endDialog()?.open();
  }

  protected async endForEveryone(): Promise<void> {
    if (await this.room.act(() => this.room.endForEveryone())) this.endDialog()?.close();
  }

  protected reload(): void {
    location.reload();
  }

  /** One stream per track, kept: a new stream object would restart the video element. */
  private readonly streams = new WeakMap<MediaStreamTrack, MediaStream>();

  private streamOf(track: MediaStreamTrack): MediaStream {
    let stream = this.streams.get(track);
    if (!stream) {
      stream = new MediaStream([track]);
      this.streams.set(track, stream);
    }
    return stream;
  }

  private remoteTile(media: RemoteMedia): Tile {
    const peer = this.peersById().get(media.userId);
    return {
      key: media.consumerId,
      userId: media.userId,
      name: peer?.name ?? '',
      self: false,
      stream: this.streamOf(media.track),
      consumerId: media.consumerId,
      source: 'screen',
      micOff: false,
      videoOff: media.paused || media.producerPaused,
      mirrored: false,
      handRaised: false,
      quality: this.room.peerQuality()[media.userId] ?? null,
    };
  }

  private exposeDebugHook(destroyRef: DestroyRef): void {
    let enabled = false;
    try {
      enabled = localStorage.getItem('bp-webinar-debug') === '1';
    } catch {
      enabled = false;
    }
    if (!enabled) return;
    const hook: RoomDebug = {
      phase: () => this.room.phase(),
      diagnostics: () => this.room.diagnostics(),
      inbound: () => this.room.inboundSummary(),
    };
    (window as unknown as { bpWebinar?: RoomDebug }).bpWebinar = hook;
    destroyRef.onDestroy(() => delete (window as unknown as { bpWebinar?: RoomDebug }).bpWebinar);
  }
}

function staffRank(peer: WebinarPeer): number {
  return peer.role === 'host' ? 0 : peer.role === 'presenter' ? 1 : peer.role === 'moderator' ? 2 : 3;
}
