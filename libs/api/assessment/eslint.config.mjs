import baseConfig, { folderRoad } from '../../../eslint.config.mjs';

export default [
  ...baseConfig,
  folderRoad(import.meta.dirname, [
    'authoring',
    'attempts',
    'grading',
    'results',
    'completion',
    'dashboard',
    'privacy',
  ]),
];
