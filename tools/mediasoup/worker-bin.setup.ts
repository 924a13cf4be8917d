// Jest setup (setupFiles) for tests that start mediasoup workers (api-webinar:int, api:int):
// the real worker binary, built and cached by build-worker.sh unless MEDIASOUP_WORKER_BIN names one.
import { useDevelopmentWorkerBin } from './worker-bin';

useDevelopmentWorkerBin();
