import baseConfig, { folderRoad } from '../../../eslint.config.mjs';

export default [...baseConfig, folderRoad(import.meta.dirname, ['visits', 'dashboard', 'records', 'privacy'])];
