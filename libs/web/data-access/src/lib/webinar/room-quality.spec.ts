import { TestBed } from '@angular/core/testing';
import type { WebinarProducerInfo } from '@bina-pustaka/shared-contracts';
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
} from '../../testing/webinar-room-testing';
import { WebinarRoomClient } from './webinar-room-client';

// Real mediasoup-client devices and timers: allow a busy machine time.
jest.setTimeout(20_000);

/** The same stream, sent by an attendee who may speak (a host is the one receiving it). */
const fromBudi = (producer: WebinarProducerInfo): WebinarProducerInfo => ({
  ...producer,
  producerId: producer.producerId.replace('host', 'budi'),
  userId: 'u-budi',
});

describe('WebinarRoomClient: quality (audio only, network quality, layers)', () => {
  afterEach(() => TestBed.inject(WebinarRoomClient).leave());

  it('audio only pauses every received video on the server and turns the camera off; off brings both back', async () => {
    const { client, sockets } = setupRoomClient({
      server: () =>
        fakeServer(() => ok({ state: 'joined', room: roomState(HOST, [fromBudi(HOST_VIDEO), fromBudi(HOST_AUDIO)]) })),
    });
    client.join('s1');
    await until(() => client.local().camera && sockets[0].messages('media:resumeConsumer').length === 2, 'joined');
    await client.setAudioOnly(true);
    expect(client.audioOnly()).toBe('manual');
    expect(sockets[0].messages('media:pauseConsumer')).toEqual([{ consumerId: 'c-p-budi-video' }]);
    expect(client.local().camera).toBe(false);
    expect(sockets[0].messages('media:closeProducer')).toHaveLength(1);
    await client.setAudioOnly(false);
    await until(() => client.local().camera, 'camera back');
    expect(
      sockets[0].messages('media:resumeConsumer').filter((item) => item['consumerId'] === 'c-p-budi-video'),
    ).toHaveLength(2);
  });

  it('shows each person’s own report of their connection over what arrives from them', async () => {
    const { client, sockets } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER, [HOST_AUDIO]) })),
    });
    client.join('s1');
    await until(() => client.phase() === 'joined', 'joined');
    expect(client.peerQuality()['u-host']).toBeUndefined();
    sockets[0].fire('peer:updated', { ...HOST, network: 'poor' });
    expect(client.peerQuality()['u-host']).toBe('poor');
  });
  it('turning the camera on in audio only ends audio only: received video comes back with the camera', async () => {
    const { client, sockets } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(HOST, [fromBudi(HOST_VIDEO)]) })),
    });
    client.join('s1');
    await until(() => client.local().camera && sockets[0].messages('media:resumeConsumer').length === 1, 'joined');
    await client.setCamera(false);
    await client.setAudioOnly(true);
    expect(client.remote()[0].paused).toBe(true);
    await client.setCamera(true);
    expect(client.audioOnly()).toBe('off');
    expect(client.remote()[0].paused).toBe(false);
    expect(client.local().camera).toBe(true);
    expect(sockets[0].messages('media:resumeConsumer')).toEqual([
      { consumerId: 'c-p-budi-video' },
      { consumerId: 'c-p-budi-video' },
    ]);
    expect(sockets[0].messages('media:produce').filter((item) => item['source'] === 'camera')).toHaveLength(2);
  });

  it('asks for each received camera in the layer its tile needs, once per change', async () => {
    const { client, sockets } = setupRoomClient({
      server: () => fakeServer(() => ok({ state: 'joined', room: roomState(LEARNER, [HOST_VIDEO]) })),
    });
    client.join('s1');
    await until(() => sockets[0]?.messages('media:preferLayers').length === 1, 'the first choice');
    // Before its tile is measured a stream is taken as a small one.
    expect(sockets[0].messages('media:preferLayers')).toEqual([{ consumerId: 'c-p-host-video', spatialLayer: 0 }]);
    client.setTileSize('c-p-host-video', 1280, 720);
    await until(() => sockets[0].messages('media:preferLayers').length === 2, 'the larger layer');
    expect(sockets[0].messages('media:preferLayers')[1]).toEqual({ consumerId: 'c-p-host-video', spatialLayer: 2 });
    // A few pixels either way is not worth asking the server again.
    client.setTileSize('c-p-host-video', 1270, 714);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sockets[0].messages('media:preferLayers')).toHaveLength(2);
  });
});
