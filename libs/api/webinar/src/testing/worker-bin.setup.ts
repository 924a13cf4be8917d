// Jest setup for tests that start mediasoup workers: the real worker binary, built and
// cached by tools/mediasoup/build-worker.sh unless MEDIASOUP_WORKER_BIN names one.
import { join } from 'node:path';
import { useDevelopmentWorkerBin } from '../lib/build-worker';

useDevelopmentWorkerBin(join(__dirname, '../../../../..'));
