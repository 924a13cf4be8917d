module.exports = {
  displayName: 'api:int',
  preset: '../../jest.int.preset.js',
  // The api starts mediasoup workers for webinars: the real binary (see tools/mediasoup).
  setupFiles: ['<rootDir>/../../tools/mediasoup/worker-bin.setup.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
};
