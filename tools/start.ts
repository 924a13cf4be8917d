/**
 * `npm start`: checks PostgreSQL and Redis, builds, then runs the api (serving the web
 * client), the worker and a development mailbox that catches every email the product
 * sends (http://localhost:8025). The api creates, migrates and seeds the database.
 * Sets MEDIASOUP_WORKER_BIN (when unset) to the worker tools/mediasoup builds and caches.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { loadConfig, loadDotEnv } from '../libs/api/platform/src/lib/config/app-config';
import { preflight } from '../libs/api/platform/src/lib/config/preflight';
import { Mailbox, type ReceivedMail } from '../libs/api/testing/src/lib/mailbox';
import { useDevelopmentWorkerBin } from './mediasoup/worker-bin';

const root = join(__dirname, '..');
const MAILBOX_SMTP_PORT = Number(process.env['MAILBOX_SMTP_PORT'] ?? 1025);
const MAILBOX_WEB_PORT = Number(process.env['MAILBOX_PORT'] ?? 8025);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const linkify = (text: string) => escapeHtml(text).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>');

function mailboxPage(messages: ReceivedMail[]): string {
  const items = [...messages]
    .reverse()
    .map(
      (mail) => `<article><h2>${escapeHtml(mail.subject)}</h2>
<p class="meta">Untuk: ${escapeHtml(mail.to.join(', '))} &middot; ${mail.receivedAt.toLocaleString('id-ID', { timeZone: 'Asia/Jakarta' })} WIB</p>
<pre>${linkify(mail.text)}</pre></article>`,
    )
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>Kotak surat pengembangan - Bina Pustaka</title>
<style>body{font-family:system-ui,sans-serif;max-width:860px;margin:2rem auto;padding:0 1rem;color:#1f2933}
article{border:1px solid #d9d4cc;border-radius:8px;padding:1rem;margin:1rem 0;background:#fff}
h1{color:#0b5d57}h2{margin:0 0 .25rem;font-size:1.1rem}.meta{color:#52606d;margin:0}pre{white-space:pre-wrap;font-family:inherit}</style>
</head><body><h1>Kotak surat pengembangan</h1><p>Semua email yang dikirim Bina Pustaka di mesin ini (diperbarui tiap 5 detik).</p>
${items || '<p>Belum ada email.</p>'}</body></html>`;
}

async function main(): Promise<void> {
  loadDotEnv();
  // The mediasoup worker for live webinars: MEDIASOUP_WORKER_BIN, else the one
  // tools/mediasoup/build-worker.sh builds from Debian packages (once; then cached).
  useDevelopmentWorkerBin();
  const config = loadConfig();
  await preflight(config);

  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'web'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
    if (build.status !== 0) throw new Error('The build failed (see above).');
  }

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WEB_DIST_DIR: process.env['WEB_DIST_DIR'] || join(root, 'dist/apps/web/browser'),
    // The development product: the demo library in an empty database, and the API docs.
    // Both are off unless asked for, so a real installation never gets the README's password.
    DEMO_SEED: process.env['DEMO_SEED'] || 'true',
    API_DOCS: process.env['API_DOCS'] || 'true',
  };
  let mailbox: Mailbox | undefined;
  if (!process.env['SMTP_URL']) {
    mailbox = new Mailbox();
    await mailbox.start(MAILBOX_SMTP_PORT);
    const messages = mailbox.messages;
    createServer((request, response) => {
      // JSON for the browser journeys, HTML for people.
      if (request.url === '/messages.json') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages));
      } else {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(mailboxPage(messages));
      }
    }).listen(MAILBOX_WEB_PORT, '127.0.0.1');
    env['SMTP_URL'] = `smtp://127.0.0.1:${MAILBOX_SMTP_PORT}`;
  }

  const children: ChildProcess[] = [];
  let stopping = false;
  const stopAll = (code: number) => {
    if (stopping) return;
    stopping = true;
    children.forEach((child) => child.kill('SIGTERM'));
    setTimeout(() => process.exit(code), 5_000).unref();
    // finally() ends the process either way, so a failed stop needs no handler of its own.
    void Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))))
      .then(() => mailbox?.stop())
      .finally(() => process.exit(code));
  };
  for (const app of ['api', 'worker']) {
    const child = spawn(process.execPath, [join(root, `dist/apps/${app}/main.js`)], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.once('exit', (code) => {
      if (!stopping) {
        console.error(`The ${app} stopped (exit code ${code}); stopping the rest.`);
        stopAll(code ?? 1);
      }
    });
    children.push(child);
  }
  process.once('SIGINT', () => stopAll(0));
  process.once('SIGTERM', () => stopAll(0));

  console.log(`
  Bina Pustaka is starting on ${config.http.publicUrl}
  Demo accounts (password PustakaDemo2026): admin@perpustakaan.test, koordinator@perpustakaan.test,
    pelatih.siti@perpustakaan.test, dewi.lestari@perpustakaan.test (more in README.md)
  ${mailbox ? `Emails the product sends: http://localhost:${MAILBOX_WEB_PORT}` : `Emails go to ${env['SMTP_URL']}`}
  API documentation: ${config.http.publicUrl}/api/docs
  Stop with Ctrl+C.
`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
