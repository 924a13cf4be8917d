import baseConfig, { MODULE_BOUNDARIES } from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      // Tools may reach into a lib's files by relative path: benchmarks measure internals on
      // purpose (the room stack without HTTP, the renderer without the queue), and `npm start`
      // runs start.ts under plain swc-node, which does not know the tsconfig path aliases.
      '@nx/enforce-module-boundaries': [
        'error',
        { ...MODULE_BOUNDARIES, allow: [...MODULE_BOUNDARIES.allow, '^(\\.\\./)+libs/'] },
      ],
    },
  },
];
