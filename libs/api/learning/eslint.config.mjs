import baseConfig, { folderRoad } from '../../../eslint.config.mjs';

export default [...baseConfig, folderRoad(import.meta.dirname, ['conditions', 'services', 'dashboard', 'privacy'])];
