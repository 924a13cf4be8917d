import { TestBed } from '@angular/core/testing';
import {
  HOST,
  HOST_AUDIO,
  HOST_VIDEO,
  LEARNER,
  fakeServer,
  ok,
  roomState,
  setupRoomClient,
  until,
  type FakeSocket,
} from '../../testing/webinar-room-testing';
import { WebinarRoomClient } from './webinar-room-client';

// Real mediasoup-client devices and timers: allow a busy machine time.
jest.setTimeout(20_000);

describe('WebinarRoomClient: media (sending, receiving, permission to speak)', () => {
  afterEach(() => TestBed.inject(WebinarRoomClient).leave());

  it('a host sends the microphone and a camera in three simulcast layers', async () => {
    const { client, sockets } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(HOST) })),
    });
    client.join('s1');
    await until(() => client.local().mic && client.local().camera, 'mic and camera');
    const produced = sockets[0].messages('media:produce');
    expect(produced.map((item) => item['source']).sort()).toEqual(['camera', 'mic']);
    const camera = produced.find((item) => item['source'] === 'camera') as {
      rtpParameters: { encodings: unknown[] };
    };
    expect(camera.rtpParameters.encodings).toHaveLength(3);
    expect(sockets[0].messages('transport:connect').length).toBeGreaterThan(0);
  });

  it('consumes producers that appear later, and drops them when they close', async () => {
    const { client, sockets } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER) })),
    });
    client.join('s1');
    await until(() => client.phase() === 'joined' && sockets[0].messages('transport:create').length > 0, 'joined');
    sockets[0].fire('producer:new', HOST_VIDEO);
    await until(() => client.remote().length === 1, 'the new producer consumed');
    sockets[0].fire('producer:closed', { producerId: HOST_VIDEO.producerId });
    expect(client.remote()).toEqual([]);
  });

  it('sends the microphone once when the permission to speak arrives while media is being set up', async () => {
    const holder: { sockets: FakeSocket[] } = { sockets: [] };
    const { client, sockets } = setupRoomClient({
      server: () => {
        const base = fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER, [HOST_AUDIO]) }));
        return (event, payload) => {
          if (event === 'media:consume') {
            setTimeout(() => holder.sockets[0].fire('peer:updated', { ...LEARNER, canSpeak: true }), 0);
          }
          return base(event, payload);
        };
      },
    });
    holder.sockets = sockets;
    client.join('s1');
    await until(() => client.local().mic && client.local().camera, 'microphone and camera open');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sockets[0].messages('media:produce').map((item) => item['source'])).toEqual(['mic', 'camera']);
  });

  it('announces raised hands to the host, and opens an attendee’s microphone when allowed to speak', async () => {
    const { client, sockets } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER) })),
    });
    client.join('s1');
    await until(() => client.phase() === 'joined' && sockets[0].messages('transport:create').length > 0, 'joined');
    await client.setCamera(true);
    expect(client.local().camera).toBe(false);
    expect(client.notice()?.key).toBe('room.notice.raiseHandToSpeak');
    sockets[0].fire('hands:changed', { hands: ['u-dewi'] });
    expect(client.handRaised()).toBe(true);
    sockets[0].fire('peer:updated', { ...LEARNER, canSpeak: true, handRaised: false });
    // A small room: the camera opens with the microphone.
    await until(() => client.local().mic && client.local().camera, 'microphone and camera open');
    expect(client.notice()?.key).toBe('room.notice.maySpeakWithCamera');
    expect(client.mayUseMic()).toBe(true);
    expect(sockets[0].messages('media:produce').map((item) => item['source'])).toEqual(['mic', 'camera']);
    // The host ends it: microphone and camera close.
    sockets[0].fire('peer:updated', { ...LEARNER, canSpeak: false });
    await until(() => !client.local().mic && !client.local().camera, 'both closed');
    expect(sockets[0].messages('media:closeProducer')).toHaveLength(2);
  });

  it('in a large room an attendee invited to speak gets the microphone only; the camera waits for a click', async () => {
    const { client, sockets } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER, [], 2) })),
    });
    client.join('s1');
    await until(() => client.phase() === 'joined' && sockets[0].messages('transport:create').length > 0, 'joined');
    sockets[0].fire('peer:updated', { ...LEARNER, canSpeak: true });
    await until(() => client.local().mic, 'microphone open');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.notice()?.key).toBe('room.notice.maySpeak');
    expect(client.local().camera).toBe(false);
    await client.setCamera(true);
    expect(sockets[0].messages('media:produce').map((item) => item['source'])).toEqual(['mic', 'camera']);
  });
});
