import { accessSync, constants } from 'node:fs';

type Mediasoup = typeof import('mediasoup');

const HOW_TO_BUILD =
  "npm does not run mediasoup's install script here; build the worker with " +
  '`tools/mediasoup/build-worker.sh` and set MEDIASOUP_WORKER_BIN="$(tools/mediasoup/build-worker.sh --print-path)", ' +
  'or point MEDIASOUP_WORKER_BIN at a prebuilt mediasoup-worker of the same version';

/**
 * Loads the mediasoup library so that it spawns `workerBin` (MEDIASOUP_WORKER_BIN; null:
 * mediasoup's own binary under node_modules), and checks that the binary is there.
 *
 * mediasoup reads MEDIASOUP_WORKER_BIN once, when it is first loaded: that is why it is
 * loaded here, lazily, after the configuration (and `.env`) has been read.
 */
export async function loadMediasoup(workerBin: string | null): Promise<Mediasoup> {
  if (workerBin) process.env['MEDIASOUP_WORKER_BIN'] = workerBin;
  const mediasoup = await import('mediasoup');
  if (workerBin && mediasoup.workerBin !== workerBin) {
    throw new Error(
      `mediasoup was loaded before MEDIASOUP_WORKER_BIN was set and would run ${mediasoup.workerBin} ` +
        `instead of ${workerBin}; load it only through loadMediasoup()`,
    );
  }
  try {
    accessSync(mediasoup.workerBin, constants.X_OK);
  } catch {
    throw new Error(
      workerBin
        ? `MEDIASOUP_WORKER_BIN is not an executable file: ${workerBin}. ${HOW_TO_BUILD}.`
        : `mediasoup has no worker binary (${mediasoup.workerBin}) and MEDIASOUP_WORKER_BIN is not set: ${HOW_TO_BUILD}.`,
    );
  }
  return mediasoup;
}
