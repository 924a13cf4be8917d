#!/usr/bin/env node
// Initial JavaScript of the web client, gzipped: what a phone downloads before the first
// screen. "Initial" = the entry scripts and modulepreloads in index.html plus every chunk
// they import statically (lazy `import()` chunks are not counted).
//
//   node tools/web/check-bundle-size.mjs [maxKb=105] [--dir dist/apps/web/browser]
//
// Exits 1 when the gzip total is above maxKb (1 kB = 1000 bytes, as Angular reports).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dir = resolve(dirFlag >= 0 ? args[dirFlag + 1] : 'dist/apps/web/browser');
const positional = args.filter((arg, i) => !arg.startsWith('--') && (dirFlag < 0 || i !== dirFlag + 1));
const maxKb = positional.length ? Number(positional[0]) : 105;
if (!Number.isFinite(maxKb) || maxKb <= 0) {
  console.error(`Budget must be a positive number of kB, got "${positional[0]}"`);
  process.exit(2);
}

const indexPath = join(dir, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`${indexPath} not found: build first (npx nx build web)`);
  process.exit(2);
}
const html = readFileSync(indexPath, 'utf8');

/** Local .js files referenced by <script src> and <link rel="modulepreload" href>. */
function entryFiles(source) {
  const found = [];
  for (const tag of source.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload/i.test(tag)) continue;
    const url = tag.match(isScript ? /\bsrc=["']?([^"'\s>]+)/i : /\bhref=["']?([^"'\s>]+)/i)?.[1];
    if (url && url.endsWith('.js') && !/^(https?:)?\/\//.test(url)) found.push(url.replace(/^\.?\//, ''));
  }
  return found;
}

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; not `import("./x.js")`. */
function staticImports(code) {
  const pattern = /\b(?:import|export)\s*(?:[\w$*{},\s]*?\bfrom\s*)?["'](\.\/[^"']+\.js)["']/g;
  return [...code.matchAll(pattern)].map((match) => match[1].slice(2));
}

const queue = entryFiles(html);
const seen = new Set();
const rows = [];
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const path = join(dir, file);
  if (!existsSync(path)) {
    console.error(`index.html or a chunk refers to ${file}, which is missing`);
    process.exit(2);
  }
  const code = readFileSync(path);
  rows.push({ file, raw: code.length, gzip: gzipSync(code, { level: 9 }).length });
  queue.push(...staticImports(code.toString('utf8')));
}

if (!rows.length) {
  console.error('No initial JavaScript found in index.html');
  process.exit(2);
}

const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const width = Math.max(...rows.map((row) => row.file.length), 'total'.length);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip -9'.padStart(11)}`);
for (const row of rows)
  console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(11)}  ${kb(row.gzip).padStart(11)}`);
const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
console.log(`${'total'.padEnd(width)}  ${kb(total.raw).padStart(11)}  ${kb(total.gzip).padStart(11)}`);

if (total.gzip > maxKb * 1000) {
  console.error(`Initial JS is ${kb(total.gzip)} gzip, above the budget of ${maxKb} kB.`);
  process.exit(1);
}
console.log(`Within the budget of ${maxKb} kB gzip.`);
