import baseConfig, { folderRoad } from '../../../eslint.config.mjs';

export default [
  ...baseConfig,
  folderRoad(import.meta.dirname, [
    'organising',
    'tickets',
    'registration',
    'check-in',
    'after',
    'dashboard',
    'privacy',
  ]),
];
