/** Starts the built API (dist/apps/api/main.js) as a real process: build first. */
export default {
  displayName: 'api-process',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  testMatch: ['<rootDir>/test/process/**/*.process-spec.ts'],
  testTimeout: 60000,
};
