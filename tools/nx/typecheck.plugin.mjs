// @ts-check
/**
 * An inferred `typecheck` target for every project: `tsc --noEmit` on each of its
 * TypeScript configs (the lib's or app's and the spec's; a tools or e2e project's single
 * tsconfig.json). Jest runs specs through SWC without type checks and lint is not a type
 * checker, so before this a type error in a spec or a tool surfaced only when someone
 * built or typechecked by hand. `npm test` runs it first in its lint part.
 *
 *   npx nx run api-learning:typecheck
 *   npx nx run-many -t typecheck
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The configs a project's code is compiled with; tsconfig.json alone when it has none of them. */
const SPLIT_CONFIGS = ['tsconfig.lib.json', 'tsconfig.app.json', 'tsconfig.spec.json'];

/** @param {string} root @param {string} workspaceRoot */
function typecheckConfigs(root, workspaceRoot) {
  const split = SPLIT_CONFIGS.filter((name) => existsSync(join(workspaceRoot, root, name)));
  if (split.length > 0) return split;
  return existsSync(join(workspaceRoot, root, 'tsconfig.json')) ? ['tsconfig.json'] : [];
}

/**
 * Angular projects resolve packages as their bundler does, but their spec configs say
 * node10 for Jest's transform, under which tsc cannot find `@angular/common/http` and its
 * kind (package exports): their specs are checked with the bundler's resolution.
 * @param {string} root @param {string} workspaceRoot
 */
function specOverrides(root, workspaceRoot) {
  const base = JSON.parse(readFileSync(join(workspaceRoot, root, 'tsconfig.json'), 'utf8'));
  return base.compilerOptions?.moduleResolution === 'bundler' ? ' --module preserve --moduleResolution bundler' : '';
}

/** @type {import('@nx/devkit').CreateNodesV2} */
export const createNodesV2 = [
  '**/project.json',
  async (projectFiles, _options, context) =>
    projectFiles.map((file) => {
      const root = dirname(file);
      const configs = typecheckConfigs(root, context.workspaceRoot);
      if (configs.length === 0) return [file, {}];
      return [
        file,
        {
          projects: {
            [root]: {
              targets: {
                typecheck: {
                  executor: 'nx:run-commands',
                  cache: true,
                  // Libraries are imported through path aliases as sources: a change in any
                  // library this project depends on is checked again here.
                  inputs: [
                    'default',
                    '^production',
                    '{workspaceRoot}/tsconfig.base.json',
                    { externalDependencies: ['typescript'] },
                  ],
                  outputs: [],
                  options: {
                    command: configs
                      .map(
                        (config) =>
                          `tsc -p ${join(root, config)} --noEmit` +
                          (config === 'tsconfig.spec.json' ? specOverrides(root, context.workspaceRoot) : ''),
                      )
                      .join(' && '),
                  },
                  metadata: { description: `tsc --noEmit on ${configs.join(', ')}` },
                },
              },
            },
          },
        },
      ];
    }),
];
