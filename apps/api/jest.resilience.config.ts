/**
 * The long checks (`npm run test:resilience`): crashes, hostile input, backups.
 * Some start the built API as a real process: build first.
 */
export default {
  displayName: 'api-resilience',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/test/resilience/**/*.resilience-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 600000,
};
