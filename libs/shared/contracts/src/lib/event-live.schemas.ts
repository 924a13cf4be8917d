import { z } from 'zod';
import { uuidSchema } from './common.schemas';
import type { EventLiveClientMessage, EventLiveClientPayloads } from './event-live.types';

const eventRef = z.strictObject({ eventId: uuidSchema });

/** The schema of each client message on the /events namespace. */
export const eventLiveMessageSchemas = {
  'event.watch': eventRef,
  'event.unwatch': eventRef,
} satisfies { [Message in EventLiveClientMessage]: z.ZodType<EventLiveClientPayloads[Message]> };
