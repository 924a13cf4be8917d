import baseConfig, { folderRoad } from '../../../eslint.config.mjs';

export default [
  ...baseConfig,
  folderRoad(import.meta.dirname, [
    'access',
    'posts',
    'reading',
    'threads',
    'search',
    'moderation',
    'digest',
    'live',
    'privacy',
  ]),
];
