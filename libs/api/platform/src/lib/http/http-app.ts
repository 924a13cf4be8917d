import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NotFoundException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { localeFromAcceptLanguage } from '../i18n/messages';
import { createLogger, OneLineRequestLog, PinoNestLogger } from '../logging/logger';
import { mountApiDocs } from './api-docs';
import { answerClientError } from './client-error';
import { describeError } from './describe-error';
import { precompressAssets } from './precompress-assets';
import { HttpErrorFilter } from './http-error.filter';
import { PageMetaRegistryService, withPageMeta } from './page-meta';
import { webClientCacheControl } from './web-client-headers';
import { ZodValidationPipe } from './zod-validation.pipe';

export const API_PREFIX = 'api';

/** The largest upload of any kind (lesson videos). */
export const MAX_UPLOAD_BYTES = 500 * 1024 * 1024;

/** The same app the tests exercise: one place builds it for main.ts and for them. */
export async function createHttpApp(rootModule: unknown, config: AppConfig): Promise<NestFastifyApplication> {
  const logger = createLogger(config);
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    loggerInstance: logger,
    logController: new OneLineRequestLog(),
    clientErrorHandler: answerClientError(config.http.bodyLimitBytes),
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule as never, adapter, {
    logger: new PinoNestLogger(logger),
  });
  app.enableShutdownHooks();
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(new ZodValidationPipe());
  app.useGlobalFilters(new HttpErrorFilter(config));

  const fastify = app.getHttpAdapter().getInstance();
  await app.register(fastifyCookie);
  // helmet's middleware made once: @fastify/helmet rebuilds it (and re-parses the CSP) on
  // every request, which was the largest single cost of a small API read.
  const securityHeaders = helmet({
    // HSTS only where the site is served over HTTPS (it would pin http://localhost otherwise).
    hsts: config.auth.cookieSecure,
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // WebAssembly (the door's QR reader on phones without BarcodeDetector) compiles only with this.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        // Lesson videos embedded from the two providers the course editor accepts.
        frameSrc: ['https://www.youtube-nocookie.com', 'https://player.vimeo.com'],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );
  await app.register(fastifyCompress, { threshold: 1024 });
  // Uploads stream to storage; the per-purpose limits are checked there, this is the ceiling.
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, fieldSize: 1_000 },
  });
  // CSV imports (enrolment lists) arrive as text/csv.
  fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  if (config.http.apiDocs) mountApiDocs(app, config);
  await mountWebClient(app, config, logger);
  return app;
}

/**
 * Serves the built Angular client from the same origin (cookies stay first-party and
 * SameSite=Strict). Any non-API path falls back to index.html for client-side routes.
 * Files are sent Brotli- or gzip-compressed from copies made once in the background
 * (precompressAssets); content-hashed files may be cached for a year, the rest revalidated.
 * A page a domain describes (PageMetaRegistryService: an event's public page) gets index.html with
 * its title and Open Graph tags, for link previewers that run no script.
 */
async function mountWebClient(app: NestFastifyApplication, config: AppConfig, logger: Logger): Promise<void> {
  const root = config.http.webDistDir;
  if (!root) return;
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`WEB_DIST_DIR ${root} has no index.html: build the web app first`);
  // Loaded only when serving the client (it is an ES module that Jest cannot load).
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: true,
    setHeaders: (reply, path) => {
      reply.header('Cache-Control', webClientCacheControl(path));
    },
  });
  void precompressAssets(root).then(
    (count) => count && logger.info(`Compressed ${count} files of the web client (Brotli 11, gzip 9)`),
    (error: unknown) => logger.warn({ err: error }, "The web client's files stay compressed per request"),
  );
  const pageMeta = app.get(PageMetaRegistryService);
  // Read once: it changes only with a new build, which restarts the api.
  let indexHtml: Promise<string> | undefined;
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    // API paths and file requests (a missing chunk after a deploy) get a real 404, never the page.
    const path = request.url.split('?')[0];
    if (path === `/${API_PREFIX}` || path.startsWith(`/${API_PREFIX}/`) || /\.[a-z0-9]+$/i.test(path)) {
      const described = describeError(
        new NotFoundException(),
        localeFromAcceptLanguage(request.headers['accept-language']),
        config.http.bodyLimitBytes,
      );
      return reply.status(404).send(described.body);
    }
    const meta = await pageMeta.describe(path);
    if (!meta) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    indexHtml ??= readFile(join(root, 'index.html'), 'utf8');
    return reply
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(withPageMeta(await indexHtml, meta));
  });
}
