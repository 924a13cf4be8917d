export * from './lib/common.schemas';
export * from './lib/identity.schemas';
export * from './lib/learning.schemas';
export * from './lib/certificates.schemas';
export * from './lib/notifications.schemas';
export * from './lib/assessment.schemas';
export * from './lib/webinar.schemas';
