/** Starts the built API (dist/apps/api/main.js) as a real process: build first. */
export default {
  displayName: 'api-process',
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
  testMatch: ['<rootDir>/test/process/**/*.process-spec.ts'],
  testTimeout: 60000,
};
