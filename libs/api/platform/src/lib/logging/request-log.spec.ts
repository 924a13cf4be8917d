import { Writable } from 'node:stream';
import fastify from 'fastify';
import { loadConfig } from '../config/app-config';
import { createLogger, OneLineRequestLog, redactUrl } from './logger';

/** What reaches the log, line by line, from a real Fastify server with the app's logger. */
async function logLinesOf(urls: string[]): Promise<string[]> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }), sink);
  const app = fastify({ loggerInstance: logger, logController: new OneLineRequestLog() });
  app.get('/api/files/:id', async () => ({ ok: true }));
  app.get('/api/fail', async () => {
    throw new Error('boom');
  });
  for (const url of urls) await app.inject({ method: 'GET', url });
  await app.close();
  logger.flush();
  return lines;
}

describe('the request log', () => {
  it('keeps signatures and tokens of links out, and the rest of the address in', async () => {
    const lines = await logLinesOf([
      '/api/files/7f1c?u=42&expires=1764000000&signature=S1GNATURE-secret_value',
      '/api/files/7f1c?token=T0KEN-secret&access_token=ACCESS-secret&page=2',
      '/api/fail?Signature=UPPER-secret',
    ]);
    const log = lines.join('\n');
    // One line per request, and Fastify's own line for the failed one: all of them clean.
    expect(lines).toHaveLength(4);
    for (const secret of ['S1GNATURE-secret_value', 'T0KEN-secret', 'ACCESS-secret', 'UPPER-secret']) {
      expect(log).not.toContain(secret);
    }
    const urls = lines
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg === 'request completed')
      .map((entry) => entry.req.url);
    expect(urls).toEqual([
      '/api/files/7f1c?u=42&expires=1764000000&signature=[redacted]',
      '/api/files/7f1c?token=[redacted]&access_token=[redacted]&page=2',
      '/api/fail?Signature=[redacted]',
    ]);
  });

  it('blanks a token in a fragment too (a client that sends the whole link)', () => {
    expect(redactUrl('/undangan#token=Ab_c-9')).toBe('/undangan#token=[redacted]');
    expect(redactUrl('/atur-ulang-sandi?x=1#token=Ab_c-9')).toBe('/atur-ulang-sandi?x=1#token=[redacted]');
    expect(redactUrl('/api/courses?tokenizer=id&page=2')).toBe('/api/courses?tokenizer=id&page=2');
  });
});
