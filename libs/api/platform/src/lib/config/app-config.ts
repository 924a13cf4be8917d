import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { QUEUES, type QueueName } from '../queues/queue-names';
import { parseTrustProxy, type TrustProxy } from './trust-proxy';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const port = z.coerce
  .number({ error: 'must be a number' })
  .int()
  .min(1, { error: 'must be between 1 and 65535' })
  .max(65535, { error: 'must be between 1 and 65535' });

const positiveInt = z.coerce
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .positive({ error: 'must be greater than 0' });

const ipAddress = z.union([z.ipv4(), z.ipv6()], { error: 'must be an IP address like 203.0.113.10' });

const url = (protocols: RegExp, hint: string) => z.url({ protocol: protocols, error: `must be a URL like ${hint}` });

/**
 * Every setting the api and the worker read, with its default. `.env.example` documents
 * each one; the process refuses to start when one is invalid.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  PUBLIC_URL: url(/^https?$/, 'https://pelatihan.example.go.id').default('http://localhost:3000'),
  DATABASE_URL: url(/^postgres(ql)?$/, 'postgres://user:password@host:5432/db').default(
    'postgres://postgres@127.0.0.1:5432/bina_pustaka',
  ),
  MIGRATIONS_RUN: bool.default(true),
  REDIS_URL: url(/^rediss?$/, 'redis://127.0.0.1:6379').default('redis://127.0.0.1:6379'),
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/, { error: 'must be 1-40 lowercase letters, digits, _ or -' })
    .default('bp'),
  JWT_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ACCESS_TOKEN_TTL_SECONDS: positiveInt.max(3600, { error: 'must be at most 3600' }).default(900),
  REFRESH_TOKEN_TTL_DAYS: positiveInt.max(90, { error: 'must be at most 90' }).default(14),
  COOKIE_SECURE: bool.optional(),
  TRUST_PROXY: z.string().default('false'),
  BODY_LIMIT_BYTES: positiveInt.default(1_048_576),
  SMTP_URL: url(/^smtps?$/, 'smtp://user:password@mail.example.go.id:587').default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('Bina Pustaka <no-reply@bina-pustaka.local>'),
  SELF_REGISTRATION: bool.default(false),
  INVITATION_TTL_HOURS: positiveInt.default(168),
  PASSWORD_RESET_TTL_MINUTES: positiveInt.default(60),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt.default(10),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt.default(100),
  LOGIN_FAILURE_WINDOW_MINUTES: positiveInt.max(24 * 60, { error: 'must be at most 1440 (a day)' }).default(15),
  STORAGE_DIR: z.string().min(1).default('var/storage'),
  FILE_URL_TTL_MINUTES: positiveInt.max(7 * 24 * 60, { error: 'must be at most 10080 (a week)' }).default(360),
  JP_MINUTES: positiveInt.max(120, { error: 'must be at most 120' }).default(45),
  JP_TARGET_PER_YEAR: positiveInt.max(1000, { error: 'must be at most 1000' }).default(20),
  INSTITUTIONS_SEPARATE: bool.default(false),
  WORKER_QUEUES: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(
          z.enum(Object.values(QUEUES) as [QueueName, ...QueueName[]], {
            error: `must list queues among ${Object.values(QUEUES).join(', ')}`,
          }),
        )
        .min(1),
    )
    .optional(),
  CERTIFICATE_WORKER_CONCURRENCY: positiveInt.max(64, { error: 'must be at most 64' }).default(8),
  CERTIFICATE_RENDER_THREADS: z.coerce
    .number()
    .int({ error: 'must be a whole number' })
    .min(0, { error: 'must be 0 or more' })
    .max(16, { error: 'must be at most 16' })
    .default(1),
  CERTIFICATE_RECONCILE_SECONDS: positiveInt.default(300),
  CERTIFICATE_RECONCILE_DAYS: positiveInt.max(3650, { error: 'must be at most 3650' }).default(30),
  CERTIFICATE_VERIFY_PER_MINUTE: positiveInt.default(60),
  SURVEY_PUBLIC_RESPONSES_PER_HOUR: positiveInt.default(5),
  EVENT_REGISTRATIONS_PER_HOUR: positiveInt.default(10),
  ASSESSMENT_SAVE_GRACE_SECONDS: z.coerce
    .number()
    .int({ error: 'must be a whole number of seconds' })
    .min(0, { error: 'must be 0 or more' })
    .max(300, { error: 'must be at most 300' })
    .default(10),
  MEDIASOUP_WORKER_BIN: z
    .string()
    .refine((path) => path.startsWith('/'), { error: 'must be an absolute path to a mediasoup-worker binary' })
    .optional(),
  MEDIASOUP_WORKERS: positiveInt.max(256, { error: 'must be at most 256' }).optional(),
  MEDIASOUP_LISTEN_IP: ipAddress.default('127.0.0.1'),
  MEDIASOUP_ANNOUNCED_IP: z
    .string()
    .regex(/^[0-9a-zA-Z.:-]+$/, { error: 'must be an IP address or a host name' })
    .optional(),
  MEDIASOUP_RTC_MIN_PORT: port.min(1024, { error: 'must be between 1024 and 65535' }).default(40000),
  MEDIASOUP_RTC_MAX_PORT: port.min(1024, { error: 'must be between 1024 and 65535' }).default(49999),
  MEDIASOUP_CONSUMERS_PER_WORKER: positiveInt.default(600),
  WEBINAR_TURN_URLS: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((url) => url.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^(turns?|stun):/, { error: 'must be turn:, turns: or stun: URLs' })))
    .optional(),
  WEBINAR_TURN_USERNAME: z.string().max(200).optional(),
  WEBINAR_TURN_CREDENTIAL: z.string().max(200).optional(),
  WEBINAR_MAX_INCOMING_BITRATE: positiveInt.min(100_000, { error: 'must be at least 100000 bit/s' }).default(1_500_000),
  WEBINAR_RECONNECT_GAP_SECONDS: positiveInt.max(3600, { error: 'must be at most 3600' }).default(120),
  WEBINAR_LARGE_ROOM: positiveInt.default(50),
  WEBINAR_JP_MIN_PERCENT: positiveInt.max(100, { error: 'must be at most 100' }).default(80),
  WEBINAR_VIEWERS_PER_ROUTER: positiveInt.default(300),
  AUDIT_RETENTION_DAYS: positiveInt.default(730),
  NOTIFICATIONS_RETENTION_DAYS: positiveInt.default(180),
  DEMO_SEED: bool.default(false),
  API_DOCS: bool.default(false),
  WEB_DIST_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The names of every setting (a test checks that .env.example documents each). */
export const ENV_VARIABLES = Object.keys(envSchema.shape);

/** Settings as the environment gives them: strings by variable name. */
export type Env = { [Name in keyof z.input<typeof envSchema>]?: string };

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  http: {
    host: string;
    port: number;
    publicUrl: string;
    /** Proxies whose X-Forwarded-For is believed: none, a hop count, or their addresses. */
    trustProxy: TrustProxy;
    bodyLimitBytes: number;
    apiDocs: boolean;
    webDistDir: string | null;
  };
  database: { url: string; migrationsRun: boolean };
  redis: { url: string; prefix: string };
  auth: {
    jwtSecret: string;
    accessTokenTtlSeconds: number;
    refreshTokenTtlDays: number;
    cookieSecure: boolean;
    selfRegistration: boolean;
    invitationTtlHours: number;
    passwordResetTtlMinutes: number;
    /** Sign-in attempts that may fail per account and per IP address in one window. */
    loginMaxFailuresPerAccount: number;
    loginMaxFailuresPerIp: number;
    loginFailureWindowMinutes: number;
  };
  mail: { smtpUrl: string; from: string };
  storage: { dir: string; fileUrlTtlMinutes: number };
  learning: { jpMinutes: number; jpTargetPerYear: number };
  reporting: {
    /** A coordinator's reports hold only the people of their own institution (admins see all). */
    institutionsSeparate: boolean;
  };
  worker: {
    /** The queues a worker process serves (all by default; e.g. only certificates for a renderer fleet). */
    queues: QueueName[];
  };
  assessment: {
    /** How long after an attempt's deadline saves are still taken (answers queued offline). */
    saveGraceSeconds: number;
  };
  certificates: {
    /** Certificates one worker process has in hand at a time. */
    workerConcurrency: number;
    /** Threads of one worker process that draw PDFs (0: its main thread draws them itself). */
    renderThreads: number;
    /** How often the api looks for certificates that were asked for but never made. */
    reconcileSeconds: number;
    /** How far back the reconciler looks for completions without a certificate. */
    reconcileDays: number;
    /** Public verifications allowed per IP address per minute. */
    verifyPerMinute: number;
  };
  surveys: {
    /** Public survey responses taken per IP address per survey per hour. */
    publicResponsesPerHour: number;
  };
  events: {
    /** Guest registrations taken per IP address per event per hour (a family or an office shares one address). */
    registrationsPerHour: number;
  };
  mediasoup: {
    /** The mediasoup-worker binary (MEDIASOUP_WORKER_BIN); null: mediasoup's own under node_modules. */
    workerBin: string | null;
    /** Worker processes to run (one per core by default). */
    workers: number;
    /** Address WebRTC transports listen on, and the one put in ICE candidates (behind NAT: the public one). */
    listenIp: string;
    announcedAddress: string | null;
    /** UDP/TCP ports WebRTC transports may use, inclusive. */
    rtcMinPort: number;
    rtcMaxPort: number;
    /**
     * Streams one worker may send before new viewers are turned away (see BENCHMARKS.md: a
     * worker on one core forwards ~800 SRTP streams at <= 1% loss; this keeps it below 85%).
     */
    consumersPerWorker: number;
  };
  webinar: {
    /** TURN/STUN servers handed to browsers with each join ticket. */
    iceServers: { urls: string[]; username?: string; credential?: string }[];
    /** Cap on what one peer may send (bit/s per send transport). */
    maxIncomingBitrate: number;
    /** Leaving and coming back within this many seconds counts as one visit. */
    reconnectGapSeconds: number;
    /** From this many people in a room, attendees' cameras start off. */
    largeRoom: number;
    /** Attendance (% of the scheduled time) that earns a standalone session's JP. */
    jpMinPercent: number;
    /** Viewers per router before a room spreads over another worker (pipeToRouter). */
    viewersPerRouter: number;
  };
  /** Days dated records are kept before the nightly retention job deletes them (UU 27/2022). */
  retention: { auditDays: number; notificationsDays: number };
  /** Seed the demo library into an empty database (only when asked: DEMO_SEED=true). */
  demoSeed: boolean;
  logLevel: string;
}

/** 0.0.0.0 or ::: listen on every interface (then an announced address is needed). */
function isUnspecifiedAddress(ip: string): boolean {
  return ip === '0.0.0.0' || /^[0:]+$/.test(ip);
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Settings that were renamed: a deployment still setting the old name is told what to set instead. */
const RENAMED: Record<string, string> = {
  LOGIN_MAX_FAILURES_PER_ACCOUNT_PER_HOUR:
    'LOGIN_MAX_FAILURES_PER_ACCOUNT (failures per LOGIN_FAILURE_WINDOW_MINUTES, default 10 per 15 minutes)',
  LOGIN_MAX_FAILURES_PER_IP_PER_HOUR:
    'LOGIN_MAX_FAILURES_PER_IP (failures per LOGIN_FAILURE_WINDOW_MINUTES, default 100 per 15 minutes)',
};

/** Reads `.env` from the working directory when there is one (real variables win). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

export function loadConfig(source: NodeJS.ProcessEnv | Env = process.env): AppConfig {
  // Empty strings mean "not set", as in a .env file with `NAME=`.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const renamed = Object.keys(RENAMED).filter((name) => name in present);
  if (renamed.length > 0) {
    throw new ConfigError(renamed.map((name) => `${name} is no longer read: set ${RENAMED[name]} instead`));
  }
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const given = present[name];
        const shown = given === undefined || /SECRET|PASSWORD|URL/.test(name) ? '' : ` (got "${given}")`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  if (production && !env.JWT_SECRET) {
    throw new ConfigError(['JWT_SECRET must be set in production (at least 32 random characters)']);
  }
  if (env.MEDIASOUP_RTC_MIN_PORT > env.MEDIASOUP_RTC_MAX_PORT) {
    throw new ConfigError([
      `MEDIASOUP_RTC_MIN_PORT must not be above MEDIASOUP_RTC_MAX_PORT (got ${env.MEDIASOUP_RTC_MIN_PORT} > ${env.MEDIASOUP_RTC_MAX_PORT})`,
    ]);
  }
  if (isUnspecifiedAddress(env.MEDIASOUP_LISTEN_IP) && !env.MEDIASOUP_ANNOUNCED_IP) {
    throw new ConfigError([
      `MEDIASOUP_ANNOUNCED_IP must be set when MEDIASOUP_LISTEN_IP is ${env.MEDIASOUP_LISTEN_IP} (browsers need an address they can reach)`,
    ]);
  }
  const trustProxy = parseTrustProxy(env.TRUST_PROXY);
  if ('problem' in trustProxy) throw new ConfigError([trustProxy.problem]);
  return {
    env: env.NODE_ENV,
    http: {
      host: env.HOST,
      port: env.PORT,
      publicUrl: env.PUBLIC_URL.replace(/\/+$/, ''),
      trustProxy: trustProxy.trust,
      bodyLimitBytes: env.BODY_LIMIT_BYTES,
      apiDocs: env.API_DOCS,
      webDistDir: env.WEB_DIST_DIR ?? null,
    },
    database: { url: env.DATABASE_URL, migrationsRun: env.MIGRATIONS_RUN },
    redis: { url: env.REDIS_URL, prefix: env.REDIS_PREFIX },
    auth: {
      // Outside production a per-process secret is fine: refresh tokens are opaque and
      // stored in the database, so a restart only costs clients one silent refresh.
      jwtSecret: env.JWT_SECRET ?? randomBytes(32).toString('base64url'),
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
      refreshTokenTtlDays: env.REFRESH_TOKEN_TTL_DAYS,
      cookieSecure: env.COOKIE_SECURE ?? production,
      selfRegistration: env.SELF_REGISTRATION,
      invitationTtlHours: env.INVITATION_TTL_HOURS,
      passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
      loginMaxFailuresPerAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginMaxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP,
      loginFailureWindowMinutes: env.LOGIN_FAILURE_WINDOW_MINUTES,
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    storage: { dir: resolve(env.STORAGE_DIR), fileUrlTtlMinutes: env.FILE_URL_TTL_MINUTES },
    learning: { jpMinutes: env.JP_MINUTES, jpTargetPerYear: env.JP_TARGET_PER_YEAR },
    reporting: { institutionsSeparate: env.INSTITUTIONS_SEPARATE },
    certificates: {
      workerConcurrency: env.CERTIFICATE_WORKER_CONCURRENCY,
      renderThreads: env.CERTIFICATE_RENDER_THREADS,
      reconcileSeconds: env.CERTIFICATE_RECONCILE_SECONDS,
      reconcileDays: env.CERTIFICATE_RECONCILE_DAYS,
      verifyPerMinute: env.CERTIFICATE_VERIFY_PER_MINUTE,
    },
    surveys: { publicResponsesPerHour: env.SURVEY_PUBLIC_RESPONSES_PER_HOUR },
    events: { registrationsPerHour: env.EVENT_REGISTRATIONS_PER_HOUR },
    assessment: { saveGraceSeconds: env.ASSESSMENT_SAVE_GRACE_SECONDS },
    worker: { queues: env.WORKER_QUEUES ?? Object.values(QUEUES) },
    mediasoup: {
      workerBin: env.MEDIASOUP_WORKER_BIN ?? null,
      workers: env.MEDIASOUP_WORKERS ?? availableParallelism(),
      listenIp: env.MEDIASOUP_LISTEN_IP,
      announcedAddress: env.MEDIASOUP_ANNOUNCED_IP ?? null,
      rtcMinPort: env.MEDIASOUP_RTC_MIN_PORT,
      rtcMaxPort: env.MEDIASOUP_RTC_MAX_PORT,
      consumersPerWorker: env.MEDIASOUP_CONSUMERS_PER_WORKER,
    },
    webinar: {
      iceServers: env.WEBINAR_TURN_URLS?.length
        ? [
            {
              urls: env.WEBINAR_TURN_URLS,
              ...(env.WEBINAR_TURN_USERNAME ? { username: env.WEBINAR_TURN_USERNAME } : {}),
              ...(env.WEBINAR_TURN_CREDENTIAL ? { credential: env.WEBINAR_TURN_CREDENTIAL } : {}),
            },
          ]
        : [],
      maxIncomingBitrate: env.WEBINAR_MAX_INCOMING_BITRATE,
      reconnectGapSeconds: env.WEBINAR_RECONNECT_GAP_SECONDS,
      largeRoom: env.WEBINAR_LARGE_ROOM,
      jpMinPercent: env.WEBINAR_JP_MIN_PERCENT,
      viewersPerRouter: env.WEBINAR_VIEWERS_PER_ROUTER,
    },
    retention: { auditDays: env.AUDIT_RETENTION_DAYS, notificationsDays: env.NOTIFICATIONS_RETENTION_DAYS },
    demoSeed: env.DEMO_SEED,
    logLevel: env.LOG_LEVEL,
  };
}

/** Injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
