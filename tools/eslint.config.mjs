import baseConfig, { toolsRules } from '../eslint.config.mjs';

export default [
  ...baseConfig,
  { files: ['**/*.ts', '**/*.mjs', '**/*.cjs'], rules: toolsRules },
];
