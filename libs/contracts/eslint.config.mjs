import baseConfig, { frameworkFree } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  { files: ['**/*.ts'], ignores: ['**/*.spec.ts'], rules: frameworkFree },
];
