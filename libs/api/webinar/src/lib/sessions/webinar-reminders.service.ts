import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { QUEUES } from '@bina-pustaka/api-platform';
import type { Queue } from 'bullmq';
import {
  REMINDER_LEADS,
  WEBINAR_REMINDER_JOB,
  type ReminderLead,
  type WebinarReminderJob,
} from './webinar-reminder.job';

/**
 * Plans the T-24h and T-15min reminders of a session as delayed jobs. The job id carries the
 * start time, so rescheduling plans new ones and the worker drops reminders of an old time.
 */
@Injectable()
export class WebinarRemindersService {
  constructor(@InjectQueue(QUEUES.webinars) private readonly queue: Queue<WebinarReminderJob>) {}

  async schedule(session: { id: string; startsAt: Date }): Promise<void> {
    const now = Date.now();
    for (const lead of Object.keys(REMINDER_LEADS) as ReminderLead[]) {
      const sendAt = session.startsAt.getTime() - REMINDER_LEADS[lead];
      // A session made for the next hour gets no "tomorrow" reminder.
      if (sendAt < now - 60_000) continue;
      await this.queue.add(
        WEBINAR_REMINDER_JOB,
        { sessionId: session.id, startsAt: session.startsAt.toISOString(), lead },
        {
          jobId: `webinar-reminder-${session.id}-${lead}-${session.startsAt.getTime()}`,
          delay: Math.max(0, sendAt - now),
          attempts: 3,
          backoff: { type: 'exponential', delay: 10_000 },
          removeOnComplete: true,
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      );
    }
  }
}
