/**
 * What PostgreSQL does for one server during a benchmark phase: the wait events of its
 * active backends (pg_stat_activity sampled every 100 ms) and the CPU its backends spent
 * (from /proc), both picked by the pool's application_name.
 */
import { Client } from 'pg';
import { cpuSeconds } from './support';

export interface PostgresActivity {
  /** Mean number of the server's backends running a statement. */
  activeBackends: number;
  /** Share of active-backend samples per wait event ("CPU" when not waiting), largest first. */
  waits: [event: string, share: number][];
  /** CPU seconds its backends used during the phase. */
  cpuSeconds: number;
}

export async function watchPostgres(
  databaseUrl: string,
  applicationName: string,
): Promise<() => Promise<PostgresActivity>> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const backends = async (): Promise<Map<number, number>> => {
    const { rows } = await db.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
      [applicationName],
    );
    return new Map(rows.map(({ pid }) => [pid, cpuSeconds(pid)]));
  };
  const cpuBefore = await backends();
  const counts = new Map<string, number>();
  let samples = 0;
  let activeSamples = 0;
  let sampling = Promise.resolve();
  const sample = async () => {
    const { rows } = await db.query<{ event: string; n: string }>(
      `SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') AS event, count(*) AS n
         FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1 AND state = 'active'
        GROUP BY 1`,
      [applicationName],
    );
    samples += 1;
    for (const { event, n } of rows) {
      counts.set(event, (counts.get(event) ?? 0) + Number(n));
      activeSamples += Number(n);
    }
  };
  const timer = setInterval(() => {
    sampling = sampling.then(sample);
  }, 100);
  return async () => {
    clearInterval(timer);
    await sampling;
    const cpuAfter = await backends();
    await db.end();
    let cpu = 0;
    // A backend that ended during the phase is not counted; the pools keep theirs open.
    for (const [pid, after] of cpuAfter) cpu += after - (cpuBefore.get(pid) ?? 0);
    return {
      activeBackends: samples === 0 ? 0 : activeSamples / samples,
      waits: [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([event, n]): [string, number] => [event, activeSamples === 0 ? 0 : n / activeSamples]),
      cpuSeconds: cpu,
    };
  };
}
