import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import nx from '@nx/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jest from 'eslint-plugin-jest';

/** Packages that must never reach the browser bundle or the framework-free shared libs. */
const SERVER_ONLY = [
  '@nestjs/*',
  'typeorm',
  'bullmq',
  'ioredis',
  'pg',
  'mediasoup',
  '@node-rs/*',
  'nodemailer',
  'fastify',
  '@fastify/*',
];

/** Which project may import which (by tags); tools/eslint.config.mjs extends it. */
export const MODULE_BOUNDARIES = {
  enforceBuildableLibDependency: true,
  allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
  depConstraints: [
    {
      sourceTag: 'scope:shared',
      onlyDependOnLibsWithTags: ['scope:shared'],
      bannedExternalImports: [...SERVER_ONLY, '@angular/*', 'rxjs'],
    },
    { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
    {
      sourceTag: 'scope:web',
      onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
      bannedExternalImports: SERVER_ONLY,
    },
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
    },
    {
      sourceTag: 'type:feature',
      onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
    },
    { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
    { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
    { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
    // Tooling (scripts, benchmarks, lint checks) runs beside the product and may use any
    // api or shared lib; nothing depends on tools (no other constraint lists its tags).
    { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
    {
      sourceTag: 'type:tooling',
      onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:util'],
    },
  ],
};

/**
 * DESIGN.md: source files stay under ~400 lines. Blank lines and comments are not counted:
 * the limit is about how much code one file asks a reader to hold, and counting the short
 * "why" comments the conventions ask for would push people to delete them.
 */
const MAX_LINES = { max: 400, skipBlankLines: true, skipComments: true };

/**
 * Specs may be half as long again: each `it` is read on its own, and an integration spec
 * starts a whole app (its own database, Redis prefix and SMTP) per file, so splitting one
 * only for length costs every test run a few seconds. Still bounded, so a spec that grows
 * past this is split by the behaviour it covers.
 */
const MAX_SPEC_LINES = { ...MAX_LINES, max: 600 };

/**
 * Files allowed past the limit for now, each with why. Paths from the repository root.
 * Empty today: the last one (webinar.int-spec.ts) was split by topic.
 * @type {{ file: string, why: string }[]}
 */
const MAX_LINES_ALLOWED = [];

/** Every api domain lib's road starts and ends with these folders (libs/api/README.md). */
const ROAD_START = ['migrations', 'entities', 'shared'];
const ROAD_END = ['demo', 'controllers'];

/**
 * The folders of an api domain lib (`src/lib/<folder>/`) in the order its data flows, for
 * its eslint.config.mjs: a folder may import the folders before it and never one after it,
 * so the road reads in one direction (libs/api/README.md). `stages` are the lib's own
 * folders between the common start (migrations, entities, shared) and end (demo,
 * controllers). A folder on disk that is not on the road stops lint: a new folder is
 * placed on the road when it is made, not left to import in both directions.
 *
 * @param {string} libRoot the lib's directory (its config's import.meta.dirname)
 * @param {string[]} stages
 */
export function folderRoad(libRoot, stages) {
  const libDir = join(libRoot, 'src/lib');
  const road = [...ROAD_START, ...stages, ...ROAD_END];
  const folders = readdirSync(libDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const offRoad = folders.filter((folder) => !road.includes(folder));
  if (offRoad.length > 0) {
    throw new Error(
      `${libDir}: ${offRoad.map((folder) => `${folder}/`).join(', ')} not on the lib's road; ` +
        `place each in the folderRoad() stages of its eslint.config.mjs (see libs/api/README.md)`,
    );
  }
  const onRoad = road.filter((folder) => folders.includes(folder));
  return {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: libDir,
          zones: onRoad.slice(0, -1).map((folder, index) => ({
            target: `./${folder}`,
            from: onRoad.slice(index + 1).map((later) => `./${later}`),
            message: `${folder}/ may import only the folders before it on this lib's road: ${onRoad.join(' -> ')} (libs/api/README.md).`,
          })),
        },
      ],
    },
  };
}

const houseRules = [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', '.nx', 'tmp'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', MODULE_BOUNDARIES],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits is a bug that hides errors.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // No import cycles inside a project (a cycle between projects is already refused by
    // @nx/enforce-module-boundaries). Imports by a package name (other libs through their
    // @bina-pustaka/* alias, node_modules) are not followed: that keeps the walk inside the
    // linted project, which is what makes the rule cheap enough to run on every lint.
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: `${import.meta.dirname}/tsconfig.base.json` }),
      ],
      'import-x/external-module-folders': ['node_modules', 'libs'],
      'import-x/extensions': ['.ts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['**/*.ts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs', '**/*.html'],
    rules: { 'max-lines': ['error', MAX_LINES] },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { 'max-lines': ['error', MAX_SPEC_LINES] },
  },
  // basePath: the entries name files from the repository root, whichever project's config loads this.
  ...MAX_LINES_ALLOWED.map(({ file }) => ({
    basePath: import.meta.dirname,
    files: [file],
    rules: { 'max-lines': 'off' },
  })),
  {
    // One naming scheme for the api's injectables: a service class ends in `Service`; the
    // other Nest roles keep their own suffix, and a port's implementation is named by its
    // port (LocalDiskStorage is a Storage, SessionPrincipalSource a PrincipalSource).
    basePath: import.meta.dirname,
    files: ['libs/api/**/*.ts', 'apps/api/**/*.ts', 'apps/worker/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ClassDeclaration:has(Decorator > CallExpression[callee.name='Injectable'])" +
            ':not([id.name=/(Service|Guard|Pipe|Interceptor|Filter|Gateway|Condition|Handlers|Storage|Source)$/])',
          message:
            'An @Injectable() class ends in Service (or in its role: Guard, Pipe, Interceptor, Filter, Gateway, Condition, Handlers; an implementation in its port: Storage, Source).',
        },
      ],
    },
  },
  {
    // Every CSV the api writes goes through api-platform's toCsv, which keeps names and titles
    // from running as formulas in a spreadsheet (OWASP CSV injection).
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        ...['csv-stringify', 'csv-stringify/sync'].map((name) => ({
          name,
          message: 'Write CSV with toCsv from @bina-pustaka/api-platform: it escapes formulas.',
        })),
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    plugins: { jest },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/no-identical-title': 'error',
    },
  },
];

export default houseRules;

/**
 * Every Angular project (the web app and each web lib): nx's Angular rules, the house rules,
 * and one selector prefix, `bp` (components `bp-kebab-case`, directives `bpCamelCase`).
 */
export const angularConfig = [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...houseRules,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'bp', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'bp', style: 'kebab-case' }],
    },
  },
];
