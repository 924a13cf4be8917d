// Integration tests (*.int-spec.ts): real PostgreSQL, Redis and SMTP; slower than unit tests.
const preset = require('./jest.preset.js');

module.exports = {
  ...preset,
  testMatch: ['**/?(*.)int-spec.ts'],
  testEnvironment: 'node',
  testTimeout: 30_000,
};
