import type { TestApp } from '@bina-pustaka/api-testing';
import { createTestUser, signIn, type SignedInUser } from '@bina-pustaka/api-identity/testing';
import type {
  ApiErrorBody,
  WebinarChatMessage,
  WebinarPeer,
  WebinarPoll,
  WebinarProducerInfo,
  WebinarQuestion,
} from '@bina-pustaka/shared-contracts';
import { MediaWorkerPool } from './media/media-worker-pool';
import { publishFakeMedia, receiveMedia, TEST_RTP_CAPABILITIES, TestRoomClient } from '../testing/room-client';
import { sleep, until, useWebinarTestBed, type WebinarTestBed } from '../testing/webinar-test-bed';

describe('webinars: in the /webinar room over real mediasoup (media, lobby, conversation, host controls, workers)', () => {
  const bed = useWebinarTestBed();
  const { media, ticket, enter, liveSession, room } = bed;
  let t: TestApp;
  let baseUrl: string;
  let stun: WebinarTestBed['stun'];
  let trainer: SignedInUser;
  let learner: SignedInUser;
  let secondLearner: SignedInUser;
  beforeAll(() => {
    ({ t, baseUrl, stun, trainer, learner, secondLearner } = bed);
  });

  it('carries audio and video from the host to an attendee, and a screen share as a second video', async () => {
    const session = await liveSession();
    const host = await enter(trainer, session.id);
    expect(host.joined).toMatchObject({ state: 'joined', room: { me: { role: 'host' }, peers: [] } });
    const sent = await publishFakeMedia(host.client, stun.iceServers);
    media.push(sent);

    const started = Date.now();
    const attendee = await enter(learner, session.id);
    expect(attendee.joined.state).toBe('joined');
    const state = attendee.joined.state === 'joined' ? attendee.joined.room : null;
    expect(state?.producers.map((p) => [p.userId, p.source])).toEqual([
      [trainer.id, 'mic'],
      [trainer.id, 'camera'],
    ]);
    await host.client.nextEvent<WebinarPeer>('peer:joined', (peer) => peer.userId === learner.id);

    const received = await receiveMedia(
      attendee.client,
      [sent.producerIds.audio, sent.producerIds.video],
      stun.iceServers,
    );
    await until(
      () => received.received,
      (r) => r.audio > 0 && r.video > 0,
      'first RTP at the attendee',
    );
    const firstMediaMs = Date.now() - started;
    const peer = room(session.id).members.peers.get(learner.id);
    const bytes = async () =>
      Promise.all(
        [...(peer?.consumers.values() ?? [])].map(async (consumer) => {
          const stats = await consumer.getStats();
          return stats.find((entry) => entry.type === 'outbound-rtp')?.byteCount ?? 0;
        }),
      );
    const first = await bytes();
    await sleep(1000);
    const later = await bytes();
    expect(later.every((value, index) => value > first[index] && first[index] > 0)).toBe(true);
    console.log(`join to first media (werift peer, loopback): ${firstMediaMs} ms; consumer bytes ${first} -> ${later}`);
    received.close();

    // The attendee may not send; the host shares a screen as a second video producer.
    await expect(
      attendee.client.request('transport:create', { direction: 'send' }).then((transport) =>
        attendee.client.request('media:produce', {
          transportId: transport.id,
          kind: 'audio',
          source: 'mic',
          rtpParameters: { codecs: [], encodings: [] },
        }),
      ),
    ).rejects.toMatchObject({ code: 'webinar.mayNotSend' });
    const presenter = await signIn(
      t.api,
      await createTestUser(t.db, { roles: ['trainer'], fullName: 'Narasumber Dua' }),
    );
    await t.api.patch(
      `/api/webinars/${session.id}`,
      { staff: [{ userId: presenter.id, role: 'presenter' }] },
      { token: trainer.token },
    );
    const screen = await enter(presenter, session.id);
    const shared = await publishFakeMedia(screen.client, stun.iceServers, 'screen');
    media.push(shared);
    const announced = await attendee.client.nextEvent<WebinarProducerInfo>(
      'producer:new',
      (producer) => producer.source === 'screen',
    );
    expect(announced).toMatchObject({ userId: presenter.id, kind: 'video' });
    const viewer = await enter(secondLearner, session.id);
    const screenReceived = await receiveMedia(viewer.client, [announced.producerId], stun.iceServers);
    await until(
      () => screenReceived.received.video,
      (packets) => packets > 10,
      'screen share RTP',
    );
    screenReceived.close();
  });

  it('holds attendees in the lobby until a host admits them', async () => {
    const session = await liveSession({ requireAdmission: true });
    const host = await enter(trainer, session.id);
    const waiting = await enter(learner, session.id);
    expect(waiting.joined).toEqual({ state: 'lobby' });
    await expect(waiting.client.request('chat:send', { body: 'Halo?' })).rejects.toMatchObject({
      code: 'webinar.notInRoom',
    });
    const lobby = await host.client.nextEvent<{ lobby: { userId: string; name: string }[] }>(
      'lobby:changed',
      (event) => event.lobby.length === 1,
    );
    expect(lobby.lobby[0]).toEqual({ userId: learner.id, name: 'Pustakawan Budi' });
    await host.client.request('host:admit', { userId: learner.id });
    await waiting.client.nextEvent('lobby:admitted');
    const joined = await waiting.client.request('room:join', { rtpCapabilities: TEST_RTP_CAPABILITIES });
    expect(joined.state).toBe('joined');
  });

  it('chat, questions with upvotes, raised hands and polls reach everyone and are kept', async () => {
    const session = await liveSession();
    const host = await enter(trainer, session.id);
    const attendee = await enter(learner, session.id);

    const message = await attendee.client.request('chat:send', { body: 'Selamat siang, Bu Sari!' });
    const seen = await host.client.nextEvent<WebinarChatMessage>('chat:message');
    expect(seen).toEqual(message);
    expect(seen.name).toBe('Pustakawan Budi');

    const question = await attendee.client.request('qa:ask', { body: 'Bagaimana menilai sumber daring?' });
    await host.client.request('qa:upvote', { questionId: question.id });
    const upvoted = await attendee.client.nextEvent<WebinarQuestion>('qa:question', (q) => q.votes === 1);
    expect(upvoted.votedByMe).toBe(false);
    await host.client.request('qa:answered', { questionId: question.id });
    await attendee.client.nextEvent<WebinarQuestion>('qa:question', (q) => q.answered);
    await expect(attendee.client.request('qa:answered', { questionId: question.id })).rejects.toMatchObject({
      code: 'webinar.notAllowed',
    });

    // A listener's browser says how its connection is: the host sees it on the list.
    await attendee.client.request('network:report', { quality: 'poor' });
    const reported = await host.client.nextEvent<WebinarPeer>(
      'peer:updated',
      (peer) => peer.userId === learner.id && peer.network === 'poor',
    );
    expect(reported.name).toBe('Pustakawan Budi');
    const invalid = await attendee.client.answer('network:report', { quality: 'great' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'validation.failed' } });

    await attendee.client.request('hand:raise', {});
    await host.client.nextEvent<{ hands: string[] }>('hands:changed', (event) => event.hands[0] === learner.id);
    await host.client.request('host:allowSpeak', { userId: learner.id, allowed: true });
    const allowed = await attendee.client.nextEvent<WebinarPeer>('peer:updated', (peer) => peer.canSpeak);
    expect(allowed.handRaised).toBe(false);

    const poll = await host.client.request('poll:create', {
      question: 'Sudah memakai RDA?',
      options: ['Sudah', 'Belum'],
    });
    await attendee.client.request('poll:vote', { pollId: poll.id, option: 1 });
    const counted = await host.client.nextEvent<WebinarPoll>('poll:updated', (p) => p.counts[1] === 1);
    expect(counted.myChoice).toBeNull();
    await expect(attendee.client.request('poll:vote', { pollId: poll.id, option: 5 })).rejects.toMatchObject({
      code: 'webinar.pollOption',
      message: 'Pilihan polling tidak ada.',
    });

    await host.client.request('host:lockChat', { locked: true });
    await attendee.client.nextEvent('chat:locked');
    await expect(attendee.client.request('chat:send', { body: 'Masih bisa?' })).rejects.toMatchObject({
      code: 'webinar.chatLocked',
    });
    await host.client.request('chat:delete', { messageId: message.id });
    await attendee.client.nextEvent('chat:deleted');

    // Someone joining later sees what is kept (the deleted message is gone).
    attendee.client.close();
    const again = await enter(learner, session.id);
    const state = again.joined.state === 'joined' ? again.joined.room : null;
    expect(state).toMatchObject({ chatLocked: true, chat: [], hands: [] });
    expect(state?.questions[0]).toMatchObject({ votes: 1, answered: true, votedByMe: false });
    expect(state?.polls[0]).toMatchObject({ counts: [0, 1], myChoice: 1, open: true });
    expect(state?.me.canSpeak).toBe(true);
  });

  it('validates every message and limits how fast people type', async () => {
    const session = await liveSession();
    const attendee = await enter(learner, session.id);
    const bad = await attendee.client.answer('chat:send', { body: '', extra: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation.failed' } });
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, index) => attendee.client.answer('chat:send', { body: `Pesan ${index}` })),
    );
    const limited = answers.filter((answer) => !answer.ok);
    expect(limited.length).toBeGreaterThanOrEqual(6);
    expect(limited[0]).toMatchObject({ ok: false, error: { code: 'webinar.tooFast' } });
  });

  it('host controls: mute, remove and ban (the removed person cannot come back)', async () => {
    const session = await liveSession();
    const host = await enter(trainer, session.id);
    const attendee = await enter(learner, session.id);
    await host.client.request('host:allowSpeak', { userId: learner.id, allowed: true });
    await attendee.client.nextEvent<WebinarPeer>('peer:updated', (peer) => peer.canSpeak);
    const speaking = await publishFakeMedia(attendee.client, stun.iceServers);
    media.push(speaking);
    await host.client.request('host:mute', {});
    expect(await attendee.client.nextEvent<{ source: string }>('you:muted')).toEqual({ source: 'mic' });
    expect(room(session.id).members.peers.get(learner.id)?.producerOf('mic')?.paused).toBe(true);

    const spare = await ticket(learner, session.id);
    await host.client.request('host:remove', { userId: learner.id });
    expect(await attendee.client.nextEvent('room:closed')).toEqual({ reason: 'removed' });
    await attendee.client.disconnected();
    const comeback = await TestRoomClient.connect(baseUrl, { token: spare.token, sessionId: session.id });
    expect(comeback).toMatchObject({ refused: true, code: 'webinar.removed' });
    const noTicket = await t.api.post<ApiErrorBody>(`/api/webinars/${session.id}/join-ticket`, undefined, {
      token: learner.token,
    });
    expect(noTicket.status).toBe(403);
    expect(noTicket.body.message).toBe('Anda telah dikeluarkan dari sesi ini oleh host.');
  });

  it('spreads the viewers of a large room over a second worker (pipeToRouter) and media reaches them', async () => {
    const settings = t.config.webinar;
    const viewersPerRouter = settings.viewersPerRouter;
    settings.viewersPerRouter = 1;
    try {
      const session = await liveSession();
      const host = await enter(trainer, session.id);
      const sent = await publishFakeMedia(host.client, stun.iceServers);
      media.push(sent);
      const producerIds = [sent.producerIds.audio, sent.producerIds.video];
      const first = await enter(learner, session.id);
      const onMain = await receiveMedia(first.client, producerIds, stun.iceServers);
      const second = await enter(secondLearner, session.id);
      const piped = await receiveMedia(second.client, producerIds, stun.iceServers);
      await until(
        () => piped.received,
        (r) => r.audio > 5 && r.video > 5,
        'media through the piped router',
      );
      await until(
        () => onMain.received,
        (r) => r.audio > 5 && r.video > 5,
        'media on the main router',
      );
      const peers = room(session.id).members.peers;
      const workerOf = (userId: string) => {
        const router = peers.get(userId)?.recvRouter;
        return router ? t.app.get(MediaWorkerPool).workerPidOf(router) : undefined;
      };
      expect(workerOf(secondLearner.id)).toBeDefined();
      expect(workerOf(secondLearner.id)).not.toBe(workerOf(learner.id));
      onMain.close();
      piped.close();
    } finally {
      settings.viewersPerRouter = viewersPerRouter;
    }
  });

  it('turns a viewer away with a clear message while no worker can send more streams, and lets them in after', async () => {
    const settings = t.config.mediasoup;
    const budget = settings.consumersPerWorker;
    try {
      const session = await liveSession();
      const host = await enter(trainer, session.id);
      const sent = await publishFakeMedia(host.client, stun.iceServers);
      media.push(sent);
      const viewer = await enter(learner, session.id);
      expect(viewer.joined.state).toBe('joined');
      // Every worker is as full as its budget allows: one more viewer's two streams fit nowhere.
      settings.consumersPerWorker =
        Math.min(
          ...t.app
            .get(MediaWorkerPool)
            .loads()
            .map((load) => load.consumers),
        ) + 1;
      const refused = await viewer.client.answer('transport:create', { direction: 'recv' });
      expect(refused).toEqual({
        ok: false,
        error: {
          code: 'webinar.mediaFull',
          message: expect.stringContaining('Server media webinar sedang penuh'),
        },
      });
      // Still in the room: chat works.
      await viewer.client.request('chat:send', { body: 'Saya ikut lewat obrolan dulu.' });

      settings.consumersPerWorker = budget;
      const received = await receiveMedia(
        viewer.client,
        [sent.producerIds.audio, sent.producerIds.video],
        stun.iceServers,
      );
      await until(
        () => received.received,
        (r) => r.audio > 5 && r.video > 5,
        'media once a worker has room',
      );
      received.close();
    } finally {
      settings.consumersPerWorker = budget;
    }
  });

  it('when a worker is killed, people are told and get their media back', async () => {
    const session = await liveSession();
    const host = await enter(trainer, session.id);
    media.push(await publishFakeMedia(host.client, stun.iceServers));
    const attendee = await enter(learner, session.id);
    const state = attendee.joined.state === 'joined' ? attendee.joined.room : null;
    const before = await receiveMedia(
      attendee.client,
      state?.producers.map((p) => p.producerId) ?? [],
      stun.iceServers,
    );
    await until(
      () => before.received.video,
      (packets) => packets > 0,
      'media before the kill',
    );
    before.close();

    const pool = t.app.get(MediaWorkerPool);
    const attendeeRouter = room(session.id).members.peers.get(learner.id)?.recvRouter;
    const roomRouterPid = attendeeRouter ? pool.workerPidOf(attendeeRouter) : undefined;
    expect(roomRouterPid).toBeDefined();
    const killedAt = Date.now();
    process.kill(roomRouterPid as number, 'SIGKILL');

    // The client's part, as the browser does it: on room:restarted, publish and consume again.
    await host.client.nextEvent('room:restarted', () => true, 20_000);
    await attendee.client.nextEvent('room:restarted', () => true, 20_000);
    for (const published of media.splice(0)) published.stop();
    const republished = await publishFakeMedia(host.client, stun.iceServers);
    media.push(republished);
    const after = await receiveMedia(
      attendee.client,
      [republished.producerIds.audio, republished.producerIds.video],
      stun.iceServers,
    );
    await until(
      () => after.received,
      (r) => r.audio > 0 && r.video > 0,
      'media after the kill',
      10_000,
    );
    const recoveredMs = Date.now() - killedAt;
    after.close();
    // The goal is 10 s; the figure is printed (a busy shared machine is no place for a timing assertion).
    console.log(`worker SIGKILL to media flowing again: ${recoveredMs} ms (goal <= 10 000 ms)`);
    expect(pool.workers).toHaveLength(2);
    expect(room(session.id).members.peers.size).toBe(2);
  });
});
