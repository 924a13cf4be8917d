import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import { QUEUES, QueueWorkerHost } from '@bina-pustaka/api-platform';
import type { Job, Queue } from 'bullmq';
import { SURVEY_REMINDER_JOB, SURVEY_REMINDER_PATTERN, type SurveyReminderJob } from './survey-reminder.job';
import { SurveyRemindersService } from './survey-reminders.service';

/**
 * Sends the evaluation reminders once a day at 09.00 WIB (a BullMQ job scheduler, one for
 * all worker nodes). A run serves the day it was planned for, so a worker that starts late
 * still sends that day's reminders; a retry sends only what the failed run did not claim.
 */
@Processor(QUEUES.surveys)
export class SurveyReminderProcessor extends QueueWorkerHost implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(QUEUES.surveys) private readonly queue: Queue<SurveyReminderJob>,
    private readonly reminders: SurveyRemindersService,
  ) {
    super();
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SURVEY_REMINDER_JOB,
      { pattern: SURVEY_REMINDER_PATTERN, tz: 'UTC' },
      { name: SURVEY_REMINDER_JOB, data: {}, opts: { attempts: 3, backoff: { type: 'exponential', delay: 60_000 } } },
    );
  }

  async process(job: Job<SurveyReminderJob>): Promise<number> {
    const at = job.data.at ? new Date(job.data.at) : new Date(job.timestamp + job.delay);
    return this.reminders.send(at);
  }
}
