import { MODULE_BOUNDARIES, angularConfig } from '../../eslint.config.mjs';

export default [
  ...angularConfig,
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
            'web-focus-group',
            'web-survey',
            'web-event',
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
