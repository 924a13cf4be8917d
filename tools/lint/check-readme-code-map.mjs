// The README's code map ("How the code is organised") is where a newcomer learns what each
// project is for, so every Nx project has a row there, and every row names a path that
// exists. Run by `npm run lint`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';

const ROOT = join(import.meta.dirname, '../..');
const README = 'README.md';
const SECTION = '## How the code is organised';

/** The first column of the section's first table, as paths without backticks or a trailing slash. */
function codeMapPaths(markdown) {
  const start = markdown.indexOf(SECTION);
  if (start === -1) return null;
  const rest = markdown.slice(start + SECTION.length);
  const end = rest.search(/^## /m);
  const rows = (end === -1 ? rest : rest.slice(0, end)).split('\n').filter((line) => line.startsWith('|'));
  // rows[0] is the header, rows[1] the |---| line.
  return rows.slice(2).map((row) => row.split('|')[1].trim().replace(/^`|`$/g, '').replace(/\/$/, ''));
}

const paths = codeMapPaths(readFileSync(join(ROOT, README), 'utf8'));
if (!paths || paths.length === 0) {
  console.error(`${README} has no code map: a table under "${SECTION}" with a row per project.`);
  process.exit(1);
}

const graph = await createProjectGraphAsync({ exitOnError: true });
const projects = Object.values(graph.nodes)
  .map((node) => ({ name: node.name, root: node.data.root }))
  .sort((a, b) => a.root.localeCompare(b.root));

const listed = new Set(paths);
const missing = projects.filter((project) => !listed.has(project.root));
const stale = paths.filter((path) => !existsSync(join(ROOT, path)));

for (const project of missing) {
  console.error(
    `${README}: the code map under "${SECTION}" has no row for the Nx project ${project.name}. Add one:\n` +
      `  | \`${project.root}\` | <what it holds, in a few words> |`,
  );
}
for (const path of stale) {
  console.error(`${README}: the code map lists \`${path}\`, which does not exist. Remove or correct that row.`);
}
if (missing.length > 0 || stale.length > 0) process.exit(1);
console.log(`README code map lists all ${projects.length} Nx projects.`);
