import { TestBed } from '@angular/core/testing';
import { computed, signal } from '@angular/core';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { WebinarPeer, WebinarProducerInfo } from '@bina-pustaka/shared-contracts';
import type { RoomClosedReason, RoomPhase } from '@bina-pustaka/web-data-access/webinar';
import { WebinarRoomClient, type LocalMediaState, type RoomNotice } from '@bina-pustaka/web-data-access/webinar-room';
import { webinarTranslocoTesting } from '../testing';
import { WebinarRoomPage } from './webinar-room.page';

const ME: WebinarPeer = {
  userId: 'u-dewi',
  name: 'Dewi Lestari',
  role: 'attendee',
  handRaised: false,
  canSpeak: false,
  network: null,
};
const HOST: WebinarPeer = {
  userId: 'u-siti',
  name: 'Siti Rahayu',
  role: 'host',
  handRaised: false,
  canSpeak: true,
  network: null,
};
const BUDI: WebinarPeer = {
  userId: 'u-budi',
  name: 'Budi Santoso',
  role: 'attendee',
  handRaised: true,
  canSpeak: false,
  network: null,
};

/** The room client's surface the page reads, as signals a test sets. */
function fakeRoom() {
  const phase = signal<RoomPhase>('connecting');
  const me = signal<WebinarPeer | null>(null);
  const hands = signal<string[]>([]);
  const fake = {
    phase,
    attempt: signal(1),
    failure: signal<{ code: string; message: string | null } | null>(null),
    closedReason: signal<RoomClosedReason | null>(null),
    title: signal('Kurasi Koleksi Digital'),
    me,
    peers: signal<WebinarPeer[]>([]),
    producers: signal<WebinarProducerInfo[]>([]),
    remote: signal([]),
    local: signal<LocalMediaState>({ mic: false, camera: false, screen: false }),
    localCamera: signal(null),
    localScreen: signal(null),
    audioOnly: signal<'off' | 'manual' | 'auto'>('off'),
    myQuality: signal<'good' | 'fair' | 'poor' | null>('good'),
    peerQuality: signal({}),
    activeSpeakerId: signal<string | null>(null),
    chat: signal([]),
    chatLocked: signal(false),
    questions: signal([]),
    polls: signal([]),
    hands,
    lobby: signal([]),
    notice: signal<RoomNotice | null>(null),
    myRole: computed(() => me()?.role ?? null),
    isHost: computed(() => me()?.role === 'host'),
    isModerating: computed(() => me()?.role === 'host' || me()?.role === 'moderator'),
    mayUseMic: computed(() => !!me() && (me()?.role !== 'attendee' || !!me()?.canSpeak)),
    mayUseCamera: computed(() => !!me() && (me()?.role !== 'attendee' || !!me()?.canSpeak)),
    mayShareScreen: computed(() => me()?.role === 'host'),
    handRaised: computed(() => hands().includes(me()?.userId ?? '')),
    join: jest.fn(),
    leave: jest.fn(),
    retry: jest.fn(),
    setMic: jest.fn(async () => undefined),
    setCamera: jest.fn(async () => undefined),
    setScreen: jest.fn(async () => undefined),
    setAudioOnly: jest.fn(async () => undefined),
    setTileSize: jest.fn(),
    raiseHand: jest.fn(async () => null),
    lowerHand: jest.fn(async () => null),
    endForEveryone: jest.fn(async () => null),
    act: jest.fn(async (call: () => Promise<unknown>) => {
      await call();
      return true;
    }),
  };
  return fake;
}

// Rendering the whole room page: give a busy machine room.
jest.setTimeout(15_000);

describe('WebinarRoomPage', () => {
  async function open() {
    const room = fakeRoom();
    TestBed.configureTestingModule({
      imports: [webinarTranslocoTesting()],
      providers: [
        provideRouter([
          { path: 'webinar/:webinarId/ruang', component: WebinarRoomPage },
          { path: '**', children: [] },
        ]),
      ],
    });
    TestBed.overrideComponent(WebinarRoomPage, {
      set: { providers: [{ provide: WebinarRoomClient, useValue: room }] },
    });
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/webinar/w1/ruang');
    const render = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await harness.fixture.whenStable();
    };
    await render();
    return { room, harness, render, element: harness.routeNativeElement as HTMLElement };
  }

  const buttonNamed = (element: HTMLElement, name: string) =>
    [...element.querySelectorAll('button')].find((button) => button.textContent?.replace(/\s+/g, ' ').trim() === name);

  it('joins the session of the address, and leaves when the page goes', async () => {
    const { room, harness, element } = await open();
    expect(room.join).toHaveBeenCalledWith('w1');
    expect(element.textContent).toContain('Menghubungkan ke ruang webinar…');
    harness.fixture.destroy();
    expect(room.leave).toHaveBeenCalled();
  });

  it('shows the waiting room', async () => {
    const { room, render, element } = await open();
    room.phase.set('lobby');
    await render();
    expect(element.querySelector('h1')?.textContent).toContain('Anda berada di ruang tunggu');
  });

  it('says why the room closed: removed, ended', async () => {
    const { room, render, element } = await open();
    room.phase.set('closed');
    room.closedReason.set('removed');
    await render();
    expect(element.textContent).toContain('Host mengeluarkan Anda dari webinar ini.');
    room.closedReason.set('ended');
    await render();
    expect(element.querySelector('h1')?.textContent).toContain('Webinar telah berakhir');
    expect(element.querySelector('a[href="/webinar/w1"]')).not.toBeNull();
  });

  it('says why the room closed from outside it, and offers to join again only where that helps', async () => {
    const { room, render, element } = await open();
    room.phase.set('closed');
    room.closedReason.set('accountDisabled');
    await render();
    expect(element.querySelector('h1')?.textContent).toContain('Akun Anda dinonaktifkan');
    expect(buttonNamed(element, 'Bergabung lagi')).toBeUndefined();
    room.closedReason.set('notInAudience');
    await render();
    expect(element.querySelector('h1')?.textContent).toContain('Anda tidak lagi terdaftar di sesi ini');
    expect(buttonNamed(element, 'Bergabung lagi')).toBeUndefined();
    room.closedReason.set('roleChanged');
    await render();
    expect(element.textContent).toContain('Bergabunglah lagi untuk masuk dengan peran yang baru.');
    expect(buttonNamed(element, 'Bergabung lagi')).toBeDefined();
  });

  it('shows the server’s reason and a retry after a failure', async () => {
    const { room, render, element } = await open();
    room.phase.set('failed');
    room.failure.set({ code: 'network', message: 'Server tidak dapat dihubungi.' });
    await render();
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Server tidak dapat dihubungi.');
    buttonNamed(element, 'Coba lagi')?.click();
    expect(room.retry).toHaveBeenCalled();
    // Removed people are not offered another try.
    room.failure.set({ code: 'webinar.removed', message: 'Anda telah dikeluarkan dari sesi ini.' });
    await render();
    expect(buttonNamed(element, 'Coba lagi')).toBeUndefined();
  });

  it('in the room: tiles for me and the host, labelled controls, a hand to raise', async () => {
    const { room, render, element } = await open();
    room.me.set(ME);
    room.peers.set([HOST, BUDI]);
    room.producers.set([{ producerId: 'p1', userId: 'u-siti', kind: 'audio', source: 'mic', paused: false }]);
    room.activeSpeakerId.set('u-siti');
    room.phase.set('joined');
    await render();

    // A listener sees the speakers, not themselves; Budi and Dewi listen without a tile.
    let tiles = [...element.querySelectorAll('bp-video-tile')];
    expect(tiles.map((tile) => tile.getAttribute('data-user-id'))).toEqual(['u-siti']);
    expect(tiles[0].classList).toContain('tile-speaking');
    expect(element.textContent).toContain('+1 peserta lain mendengarkan');

    const controls = element.querySelector('nav[aria-label="Kontrol ruang"]') as HTMLElement;
    const mic = buttonNamed(controls, 'Mikrofon');
    expect(mic?.disabled).toBe(true);
    expect(mic?.getAttribute('aria-pressed')).toBe('false');
    buttonNamed(controls, 'Angkat tangan')?.click();
    expect(room.raiseHand).toHaveBeenCalled();
    room.hands.set(['u-dewi']);
    await render();
    expect(buttonNamed(controls, 'Turunkan tangan')?.getAttribute('aria-pressed')).toBe('true');
    // Not a host: no "end for everyone".
    expect(buttonNamed(controls, 'Akhiri untuk semua')).toBeUndefined();

    // Invited to speak: my own tile appears, with my initials while the camera is off.
    room.me.set({ ...ME, canSpeak: true });
    await render();
    tiles = [...element.querySelectorAll('bp-video-tile')];
    expect(tiles.map((tile) => tile.getAttribute('data-user-id'))).toEqual(['u-dewi', 'u-siti']);
    expect(tiles[0].textContent).toContain('Dewi Lestari (Anda)');
    expect(tiles[0].querySelector('.tile-avatar')?.textContent?.trim()).toBe('DL');
    expect(buttonNamed(controls, 'Mikrofon')?.disabled).toBe(false);
  });

  it('announces notices in a live region and shows the reconnecting and audio-only banners', async () => {
    const { room, render, element } = await open();
    room.me.set(ME);
    room.phase.set('reconnecting');
    room.attempt.set(2);
    room.audioOnly.set('auto');
    room.notice.set({ id: 1, key: 'room.notice.handRaised', params: { name: 'Budi Santoso' } });
    await render();
    expect(element.querySelector('[role="status"][aria-live="polite"]')?.textContent).toContain(
      'Budi Santoso mengangkat tangan.',
    );
    expect(element.textContent).toContain('Koneksi terputus. Menyambungkan kembali… (percobaan ke-2)');
    expect(element.textContent).toContain('Jaringan Anda sedang lemah');
    buttonNamed(element, 'Nyalakan video lagi')?.click();
    expect(room.setAudioOnly).toHaveBeenCalledWith(false);
  });
});
