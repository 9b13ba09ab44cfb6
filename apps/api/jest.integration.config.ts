export default {
  displayName: 'api-integration',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  // marked ships ES modules for bundlers and a UMD build for CommonJS.
  moduleNameMapper: {
    '^marked$': '<rootDir>/../../node_modules/marked/lib/marked.umd.js',
  },
  testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Each worker's own copy of the migrated database.
  setupFiles: ['<rootDir>/test/support/worker-database.ts'],
  testTimeout: 30000,
};
