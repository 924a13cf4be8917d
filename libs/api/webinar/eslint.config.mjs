import baseConfig, { folderRoad } from '../../../eslint.config.mjs';

export default [
  ...baseConfig,
  folderRoad(import.meta.dirname, ['sessions', 'join', 'media', 'room', 'attendance', 'dashboard', 'privacy']),
];
