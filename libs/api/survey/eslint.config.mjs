import baseConfig, { folderRoad } from '../../../eslint.config.mjs';

export default [
  ...baseConfig,
  folderRoad(import.meta.dirname, [
    'building',
    'answering',
    'evaluation',
    'reminders',
    'results',
    'dashboard',
    'privacy',
  ]),
];
