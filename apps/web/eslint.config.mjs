import nx from '@nx/eslint-plugin';
import baseConfig, { MODULE_BOUNDARIES } from '../../eslint.config.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'bp',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'bp',
          style: 'kebab-case',
        },
      ],
    },
  },
  {
    // The app loads each feature lazily (app.routes.ts), so its code may not import one
    // statically; its specs run in Node, not in the bundle, and read every feature's routes
    // and translation keys.
    files: ['**/*.spec.ts', 'src/app/testing/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          ...MODULE_BOUNDARIES,
          checkDynamicDependenciesExceptions: [
            'web-learning',
            'web-assessment',
            'web-webinar',
            'web-audit',
            'web-forum',
            'web-ui',
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.html'],
    // Override or add rules here
    rules: {},
  },
];
