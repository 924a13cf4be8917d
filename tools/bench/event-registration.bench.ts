/**
 * Benchmark (not a test) of guest registration for an event, `npm run bench:event-registration`,
 * against the api built and started as in production (support.ts: a fresh database, demo data):
 *
 * GUESTS people (default 2,000) register as guests for an event of SEATS seats (default 300)
 * within ARRIVAL_SECONDS (default 60: one every 30 ms), each over HTTP on loopback from
 * one of GUESTS / 8 addresses of 127.0.0.0/8 (8 guests an address: the api's default limit
 * of 10 registrations per address, event and hour holds and is not raised). Each guest
 * then reads the confirmation email the api sent them (from the api's mail queue in Redis:
 * the rendered mail, link and all, before SMTP; no worker runs) and, after reading it for
 * a random 0-READ_SECONDS seconds (default 20), opens its link, i.e. posts its token: the
 * confirmation is what takes a seat.
 *
 * Prints requests/s over the run, the api's CPU per request, p50/p95/p99 of a registration
 * and of a confirmation, the load average, and the CHECKS, read from the database: confirmed
 * == SEATS (none over capacity), no email registered twice, every guest exactly one
 * registration, and the waitlist's positions in the order the confirmations came in. Exits
 * 1 when a check fails.
 */
import { randomInt } from 'node:crypto';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import type { EventConfirmation, EventDetail } from '@bina-pustaka/shared-contracts';
import { eventBody } from '@bina-pustaka/api-event/testing';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { cpuSeconds, startBenchApi, type BenchApi } from './support';

const PORT = Number(process.env['BENCH_PORT'] ?? 3914);
const GUESTS = Number(process.env['BENCH_GUESTS'] ?? 2000);
const SEATS = Number(process.env['BENCH_SEATS'] ?? 300);
const ARRIVAL_SECONDS = Number(process.env['BENCH_ARRIVAL_SECONDS'] ?? 60);
const READ_SECONDS = Number(process.env['BENCH_READ_SECONDS'] ?? 20);
/** Below the api's EVENT_REGISTRATIONS_PER_HOUR default (10): the limit is kept, not raised for the run. */
const GUESTS_PER_ADDRESS = 8;
const CONFIRM_LINK = /\/acara\/konfirmasi#([A-Za-z0-9_.-]+)/;

interface Answer {
  status: number;
  body: unknown;
  sentAt: number;
  doneAt: number;
}

interface Guest {
  index: number;
  email: string;
  address: string;
  registration?: Answer;
  confirmation?: Answer;
}

const agents = new Map<string, Agent>();

/** A JSON POST from this loopback address (one keep-alive agent per address, as one phone keeps its connection). */
function post(baseUrl: string, path: string, body: unknown, localAddress: string): Promise<Answer> {
  let agent = agents.get(localAddress);
  if (!agent) agents.set(localAddress, (agent = new Agent({ keepAlive: true, localAddress })));
  const payload = JSON.stringify(body);
  const sentAt = performance.now();
  return new Promise((resolve) => {
    const req = request(
      `${baseUrl}${path}`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: kept as text for the failure's report
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, sentAt, doneAt: performance.now() });
        });
      },
    );
    req.on('error', (error) => resolve({ status: 0, body: error.message, sentAt, doneAt: performance.now() }));
    req.end(payload);
  });
}

/**
 * The mails the api queued (BullMQ job hashes `<prefix>:mail:<n>`, no worker takes them),
 * read in order as they come: each guest waits for the confirmation link sent to them.
 */
class Outbox {
  private readonly redis: Redis;
  private readonly prefix: string;
  private next = 1;
  private readonly confirmLinks = new Map<string, string[]>();
  private readonly subjects = new Map<string, string[]>();
  private readonly waiters = new Map<string, (token: string) => void>();
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private reading: Promise<void> = Promise.resolve();

  constructor(env: NodeJS.ProcessEnv) {
    this.prefix = `${env['REDIS_PREFIX']}:mail`;
    this.redis = new Redis(env['REDIS_URL'] ?? 'redis://127.0.0.1:6379');
  }

  start(): void {
    const tick = () => {
      this.reading = this.read().finally(() => {
        if (!this.stopped) this.timer = setTimeout(tick, 100);
      });
    };
    tick();
  }

  /** The token of the first confirmation link mailed to this address. */
  confirmToken(email: string): Promise<string> {
    const found = this.confirmLinks.get(email)?.[0];
    return found ? Promise.resolve(found) : new Promise((resolve) => this.waiters.set(email, resolve));
  }

  /** Mails per address by subject's first words ("Tiket Anda", "Daftar tunggu", ...), once the queue is still. */
  async settled(): Promise<Map<string, string[]>> {
    let seen = -1;
    while (seen !== this.next) {
      seen = this.next;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    return this.subjects;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.reading;
    await this.redis.quit();
  }

  private async read(): Promise<void> {
    const last = Number((await this.redis.get(`${this.prefix}:id`)) ?? 0);
    if (last < this.next) return;
    const pipeline = this.redis.pipeline();
    for (let id = this.next; id <= last; id++) pipeline.hget(`${this.prefix}:${id}`, 'data');
    const results = (await pipeline.exec()) ?? [];
    this.next = last + 1;
    for (const [, data] of results) {
      if (typeof data !== 'string') continue;
      const mail = JSON.parse(data) as { to: string; subject: string; text: string };
      this.subjects.set(mail.to, [...(this.subjects.get(mail.to) ?? []), mail.subject.split(':')[0]]);
      const token = CONFIRM_LINK.exec(mail.text)?.[1];
      if (!token) continue;
      this.confirmLinks.set(mail.to, [...(this.confirmLinks.get(mail.to) ?? []), token]);
      this.waiters.get(mail.to)?.(token);
      this.waiters.delete(mail.to);
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);
}

function latencies(answers: Answer[]): { p50: number; p95: number; p99: number } {
  const sorted = answers.map((answer) => answer.doneAt - answer.sentAt).sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

async function benchEvent(api: BenchApi): Promise<EventDetail> {
  const token = await api.signIn('koordinator@perpustakaan.test');
  const call = async (path: string, body?: unknown) => {
    const response = await fetch(`${api.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as EventDetail;
  };
  const created = await call('/api/events', eventBody({ title: 'Bedah Buku Bench Pendaftaran', capacity: SEATS }));
  return call(`/api/events/${created.id}/publish`);
}

/** One guest: registers at their moment, reads the confirmation mail for a while, confirms. */
async function guest(baseUrl: string, slug: string, outbox: Outbox, one: Guest, at: number): Promise<void> {
  await sleepUntil(at);
  one.registration = await post(
    baseUrl,
    `/api/public/events/${slug}/registrations`,
    { name: `Tamu Bench ${one.index + 1}`, email: one.email, consent: true },
    one.address,
  );
  if (one.registration.status !== 201) return;
  const token = await outbox.confirmToken(one.email);
  await sleepUntil(performance.now() + Math.random() * READ_SECONDS * 1000);
  one.confirmation = await post(baseUrl, '/api/public/event-registrations/confirm', { token }, one.address);
}

interface Check {
  check: string;
  found: string;
  ok: boolean;
}

/** The checks, from the database, with the order the confirmations came in as the guests saw it. */
async function checks(databaseUrl: string, eventId: string, guests: Guest[]): Promise<Check[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const [event] = (await db.query(`SELECT confirmed_count, capacity FROM events WHERE id = $1`, [eventId])).rows;
    const statuses = Object.fromEntries(
      (
        await db.query<{ status: string; n: number }>(
          `SELECT status, count(*)::int AS n FROM event_registrations WHERE event_id = $1 GROUP BY status`,
          [eventId],
        )
      ).rows.map((row) => [row.status, row.n]),
    );
    const perEmail = new Map(
      (
        await db.query<{ email: string; n: number }>(
          `SELECT email, count(*)::int AS n FROM event_registrations WHERE event_id = $1 GROUP BY email`,
          [eventId],
        )
      ).rows.map((row) => [row.email, row.n]),
    );
    const waitlist = (
      await db.query<{ email: string; position: number }>(
        `SELECT email, row_number() OVER (ORDER BY arrival)::int AS position
           FROM event_registrations WHERE event_id = $1 AND status = 'waitlisted'`,
        [eventId],
      )
    ).rows;
    const confirmed = statuses['confirmed'] ?? 0;
    const duplicates = [...perEmail.values()].filter((n) => n > 1).length;
    const notOnce = guests.filter((one) => perEmail.get(one.email) !== 1).length;
    // In line in the order the confirmations came in: one answered before another was sent is ahead of it.
    const byEmail = new Map(guests.map((one) => [one.email, one]));
    const lined = waitlist.map((row) => ({ ...row, confirmation: byEmail.get(row.email)?.confirmation }));
    const out = waitlistOutOfOrder(lined);
    const movedBack = lined.filter(
      (row) => ((row.confirmation?.body as EventConfirmation | undefined)?.waitlistPosition ?? 0) < row.position,
    ).length;
    return [
      {
        check: `confirmed == ${SEATS} (0 over capacity)`,
        found: `${confirmed} confirmed, confirmed_count ${event.confirmed_count} of ${event.capacity}`,
        ok: confirmed === SEATS && event.confirmed_count === SEATS,
      },
      { check: '0 duplicate emails', found: String(duplicates), ok: duplicates === 0 },
      {
        check: 'every guest exactly one registration',
        found: `${GUESTS - notOnce} of ${GUESTS} (${JSON.stringify(statuses)})`,
        ok: notOnce === 0 && Object.values(statuses).reduce((a, b) => a + b, 0) === GUESTS,
      },
      {
        check: 'waitlist positions in arrival order of confirmation',
        found: `${waitlist.length} in line; ${out} ahead of one who confirmed before them; ${movedBack} moved back from the place told`,
        ok: out === 0 && waitlist.length === GUESTS - SEATS,
      },
    ];
  } finally {
    await db.end();
  }
}

/** Guests b in line ahead of some a whose confirmation was answered before b's was sent. */
function waitlistOutOfOrder(lined: { position: number; confirmation?: Answer }[]): number {
  const answered = [...lined].sort((a, b) => (a.confirmation?.doneAt ?? 0) - (b.confirmation?.doneAt ?? 0));
  const sent = [...lined].sort((a, b) => (a.confirmation?.sentAt ?? 0) - (b.confirmation?.sentAt ?? 0));
  // Sweep b by send time, keeping the furthest-back position among those answered before it.
  let out = 0;
  let furthest = 0;
  let i = 0;
  for (const b of sent) {
    while (i < answered.length && (answered[i].confirmation?.doneAt ?? 0) < (b.confirmation?.sentAt ?? 0)) {
      furthest = Math.max(furthest, answered[i].position);
      i++;
    }
    if (furthest > b.position) out++;
  }
  return out;
}

async function main(): Promise<void> {
  const api = await startBenchApi(PORT);
  const outbox = new Outbox(api.env);
  try {
    const event = await benchEvent(api);
    const guests: Guest[] = Array.from({ length: GUESTS }, (_, index) => ({
      index,
      email: `tamu-${String(index + 1).padStart(4, '0')}@bench.contoh.id`,
      address: `127.0.${1 + Math.floor(index / GUESTS_PER_ADDRESS / 250)}.${1 + (Math.floor(index / GUESTS_PER_ADDRESS) % 250)}`,
    }));
    outbox.start();
    const load = loadavg();
    console.log(
      `\n${GUESTS} guests register within ${ARRIVAL_SECONDS} s for ${SEATS} seats, each confirming 0-${READ_SECONDS} s after their mail (load average ${load.map((v) => v.toFixed(2)).join(' ')})`,
    );
    const cpuBefore = cpuSeconds(api.process.pid ?? 0);
    const started = performance.now();
    const spacing = (ARRIVAL_SECONDS * 1000) / GUESTS;
    await Promise.all(
      guests.map((one, index) =>
        guest(api.baseUrl, event.slug, outbox, one, started + index * spacing + randomInt(0, Math.ceil(spacing))),
      ),
    );
    const wallS = (performance.now() - started) / 1000;
    const cpu = cpuSeconds(api.process.pid ?? 0) - cpuBefore;
    const registrations = guests.flatMap((one) => (one.registration ? [one.registration] : []));
    const confirmations = guests.flatMap((one) => (one.confirmation ? [one.confirmation] : []));
    const requests = registrations.length + confirmations.length;
    const statusCounts = (answers: Answer[]) =>
      JSON.stringify(
        answers.reduce<Record<number, number>>((all, a) => ({ ...all, [a.status]: (all[a.status] ?? 0) + 1 }), {}),
      );
    const registered = latencies(registrations.filter((answer) => answer.status === 201));
    const confirmedLatency = latencies(confirmations.filter((answer) => answer.status === 200));
    console.table([
      {
        requests,
        'wall s': Math.round(wallS * 10) / 10,
        'req/s': Math.round(requests / wallS),
        'api CPU ms/req': Math.round((cpu / requests) * 1e4) / 10,
        registrations: statusCounts(registrations),
        confirmations: statusCounts(confirmations),
      },
    ]);
    console.table([
      { request: 'registration', ...registered },
      { request: 'confirmation', ...confirmedLatency },
    ]);
    const mails = await outbox.settled();
    // Each guest's mails after the confirmation link: their ticket or their place in line, once.
    const told = guests.map((one) => (mails.get(one.email) ?? []).slice(1).join(', ') || 'nothing');
    console.log(
      `Mails after confirming: ${JSON.stringify(told.reduce<Record<string, number>>((all, s) => ({ ...all, [s]: (all[s] ?? 0) + 1 }), {}))}`,
    );
    const results = await checks(api.databaseUrl, event.id, guests);
    console.log('\nCHECKS (from the database)');
    for (const result of results) console.log(`  ${result.ok ? 'ok  ' : 'FAIL'} ${result.check}: ${result.found}`);
    console.log(
      `Load average at end: ${loadavg()
        .map((v) => v.toFixed(2))
        .join(' ')}`,
    );
    if (results.some((result) => !result.ok)) process.exitCode = 1;
  } finally {
    agents.forEach((agent) => agent.destroy());
    await outbox.stop().finally(() => api.stop());
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
