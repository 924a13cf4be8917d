import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RenderThreadEntry } from '../lib/render/certificate-render-pool';

/**
 * The render thread run from the TypeScript sources, compiled on the fly by
 * @swc-node/register (a development package), for tests that run the worker in-process:
 * a worker thread does not go through Jest's transform. Apps run the bundled entry instead.
 */
export function renderThreadFromSources(): RenderThreadEntry {
  const register = require.resolve('@swc-node/register');
  let project = process.env['SWC_NODE_PROJECT'];
  for (let directory = __dirname; !project && dirname(directory) !== directory; directory = dirname(directory)) {
    if (existsSync(join(directory, 'tsconfig.base.json'))) project = join(directory, 'tsconfig.base.json');
  }
  const source = join(__dirname, '..', 'render-thread.ts');
  return {
    filename: `require(${JSON.stringify(register)}); require(${JSON.stringify(source)});`,
    eval: true,
    env: { ...process.env, SWC_NODE_PROJECT: project },
  };
}
