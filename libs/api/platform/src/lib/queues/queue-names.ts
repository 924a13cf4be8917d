/** Every BullMQ queue of the system, in one place. */
export const QUEUES = {
  mail: 'mail',
  certificates: 'certificates',
  assessment: 'assessment',
  webinars: 'webinars',
  forum: 'forum',
  surveys: 'surveys',
  reporting: 'reporting',
  retention: 'retention',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
