import { Injectable } from '@nestjs/common';
import type { types } from 'mediasoup';
import { roomHandler, type RoomHandler } from '../room-handler';

/** Transports, producers and consumers: the mediasoup side of a peer. */
@Injectable()
export class MediaHandlers {
  handlers(): RoomHandler[] {
    return [
      roomHandler({
        message: 'transport:create',
        who: 'inside',
        handle: ({ room, peer }, { direction }) => room.media.createTransport(peer, direction),
      }),
      roomHandler({
        message: 'transport:connect',
        who: 'inside',
        handle: async ({ room, peer }, { transportId, dtlsParameters }) => {
          await room.media.connectTransport(peer, transportId, dtlsParameters as types.DtlsParameters);
          return null;
        },
      }),
      roomHandler({
        message: 'media:produce',
        who: 'inside',
        handle: async ({ room, peer }, { transportId, kind, source, rtpParameters }) => ({
          producerId: await room.media.produce(peer, transportId, kind, source, rtpParameters as types.RtpParameters),
        }),
      }),
      roomHandler({
        message: 'media:closeProducer',
        who: 'inside',
        handle: async ({ room, peer }, { producerId }) => {
          room.media.ownProducer(peer, producerId).close();
          return null;
        },
      }),
      roomHandler({
        message: 'media:pauseProducer',
        who: 'inside',
        handle: async ({ room, peer }, { producerId }) => {
          await room.media.pauseProducer(peer, room.media.ownProducer(peer, producerId), true);
          return null;
        },
      }),
      roomHandler({
        message: 'media:resumeProducer',
        who: 'inside',
        handle: async ({ room, peer }, { producerId }) => {
          await room.media.pauseProducer(peer, room.media.ownProducer(peer, producerId), false);
          return null;
        },
      }),
      roomHandler({
        message: 'media:consume',
        who: 'inside',
        handle: ({ room, peer }, { transportId, producerId }) => room.media.consume(peer, transportId, producerId),
      }),
      roomHandler({
        message: 'media:resumeConsumer',
        who: 'inside',
        handle: async ({ room, peer }, { consumerId }) => {
          await room.media.ownConsumer(peer, consumerId).resume();
          return null;
        },
      }),
      roomHandler({
        message: 'media:pauseConsumer',
        who: 'inside',
        handle: async ({ room, peer }, { consumerId }) => {
          await room.media.ownConsumer(peer, consumerId).pause();
          return null;
        },
      }),
      roomHandler({
        message: 'media:preferLayers',
        who: 'inside',
        handle: async ({ room, peer }, { consumerId, spatialLayer, temporalLayer }) => {
          const consumer = room.media.ownConsumer(peer, consumerId);
          if (consumer.type === 'simulcast' || consumer.type === 'svc') {
            await consumer.setPreferredLayers({ spatialLayer, temporalLayer });
          }
          return null;
        },
      }),
    ];
  }
}
