import baseConfig, { settingsOnlyInConfig } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['src/**/*.ts'],
    ignores: ['src/config/**', 'src/cli/with-database.ts'],
    rules: settingsOnlyInConfig,
  },
];
