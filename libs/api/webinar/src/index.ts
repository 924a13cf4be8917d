export * from './lib/webinar.module';
export * from './lib/media-worker-pool';
export { MEDIA_CODECS } from './lib/media-codecs';
export { leastLoadedIndex, type WorkerLoad } from './lib/least-loaded';
export { loadMediasoup } from './lib/worker-binary';
export { useDevelopmentWorkerBin } from './lib/build-worker';
export { WebinarAttendance } from './lib/services/webinar-attendance.service';
export * from './lib/webinar-ledger.module';
export * from './lib/services/webinar-ledger-reader.service';
