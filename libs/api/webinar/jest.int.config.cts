module.exports = {
  displayName: 'api-webinar:int',
  preset: '../../../jest.int.preset.js',
  // The real mediasoup worker: MEDIASOUP_WORKER_BIN, else the one tools/mediasoup builds (cached).
  setupFiles: ['<rootDir>/../../../tools/mediasoup/worker-bin.setup.ts'],
  // werift (the test's WebRTC peers) leaves ICE timers running after close(); everything
  // of ours (workers, routers, STUN socket) is closed by the tests themselves.
  forceExit: true,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
};
