module.exports = {
  displayName: 'api-event:int',
  preset: '../../../jest.int.preset.js',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  moduleNameMapper: { '^content-disposition$': '<rootDir>/jest.content-disposition.cjs' },
};
