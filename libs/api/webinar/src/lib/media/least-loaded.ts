/** What a worker carries: the routers (rooms) on it and their WebRTC transports (connected browsers). */
export interface WorkerLoad {
  routers: number;
  transports: number;
}

/**
 * The index of the worker a new router should go to: the one carrying the fewest routers
 * plus transports (a transport is one browser connection; a router with nobody in it costs
 * little but will fill up), the first of equals. -1 when there is none.
 */
export function leastLoadedIndex(loads: readonly WorkerLoad[]): number {
  let best = -1;
  let bestScore = Infinity;
  loads.forEach((load, index) => {
    const score = load.routers + load.transports;
    if (score < bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
