import type { LoggerService } from '@nestjs/common';
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import { destination, pino, type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config';

/** Query parameters (and fragments) that carry a credential: signed file links, tokens, tickets. */
const SECRET_PARAMETER =
  /([?&#;](?:signature|sig|token|access_token|refresh_token|id_token|ticket|code|key|password)=)[^&#;\s]*/gi;

/** An address fit for a log: every credential in its query string or fragment blanked. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMETER, '$1[redacted]');
}

/**
 * Every `req` any log line carries (ours, Fastify's own error lines, Nest's) goes through
 * here, so a signed download link never lands in the log with its signature.
 */
function requestForLog(request: { method?: string; url?: string } | undefined): unknown {
  if (!request || typeof request.url !== 'string') return request;
  return { method: request.method, url: redactUrl(request.url) };
}

const LOG_OPTIONS = { serializers: { req: requestForLog } };

/**
 * One pino logger per process, shared by Fastify (one line per request) and Nest.
 * Fastify's own logger rather than a Nest middleware: nestjs-pino's per-request
 * middleware and async context cost about 250 µs of CPU per request in the read benchmark.
 */
export function createLogger(config: AppConfig, sink?: DestinationStream): Logger {
  if (sink) return pino({ ...LOG_OPTIONS, level: config.logLevel }, sink);
  if (config.env === 'development') {
    return pino({
      ...LOG_OPTIONS,
      level: config.logLevel,
      transport: { target: 'pino-pretty', options: { singleLine: true } },
    });
  }
  // Buffered, asynchronous writes (flushed at exit): synchronous stdout writes were another
  // seventh of the api's CPU in that benchmark.
  return pino({ ...LOG_OPTIONS, level: config.logLevel }, destination({ dest: 1, sync: false, minLength: 4096 }));
}

/** Nest's logger interface over pino: `context` becomes a field, objects are merged. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    rest: unknown[],
  ): void {
    // Nest passes the context (a class name) last.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    if (message instanceof Error) {
      this.logger[level]({ context, err: message }, message.message);
    } else if (message && typeof message === 'object') {
      const text = typeof rest[0] === 'string' ? rest[0] : undefined;
      this.logger[level]({ context, ...message }, text);
    } else {
      // Nest's own error calls pass a stack string after the message.
      const stack = typeof rest[0] === 'string' ? rest[0] : undefined;
      this.logger[level]({ context, ...(stack ? { stack } : {}) }, String(message));
    }
  }
}

/** One line per finished request (Fastify's default is two), and none for health checks. */
export class OneLineRequestLog extends LogController {
  override isLogDisabled(request: FastifyRequest): boolean {
    return request.url === '/api/health';
  }

  override incomingRequest(): void {
    // Logged once, when complete.
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = {
      req: { method: request.method, url: request.url },
      res: { statusCode: reply.statusCode },
      responseTime: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
