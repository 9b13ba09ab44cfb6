import nx from '@nx/eslint-plugin';

const ESLINT_CONFIG = '^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$';

const boundaries = {
  enforceBuildableLibDependency: true,
  allow: [ESLINT_CONFIG],
  depConstraints: [
    {
      sourceTag: 'type:app',
      onlyDependOnLibsWithTags: ['type:contract', 'type:domain', 'type:ui'],
    },
    {
      sourceTag: 'type:e2e',
      onlyDependOnLibsWithTags: ['type:contract', 'type:domain'],
    },
    {
      sourceTag: 'type:contract',
      onlyDependOnLibsWithTags: ['type:domain'],
    },
    { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
    {
      sourceTag: 'scope:web',
      onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
    },
    {
      sourceTag: 'scope:api',
      onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
    },
    {
      sourceTag: 'scope:shared',
      onlyDependOnLibsWithTags: ['scope:shared'],
    },
    // Benches, seeds and the schema check run against the api's own code.
    {
      sourceTag: 'type:tools',
      onlyDependOnLibsWithTags: ['type:contract', 'type:domain'],
    },
    {
      sourceTag: 'scope:tools',
      onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'],
    },
  ],
  banTransitiveDependencies: false,
};

// Rules for one project are exported so that the project's own config (which
// ESLint reads with paths relative to the project) applies them too.

/** libs/domain and libs/contracts import no framework. */
export const frameworkFree = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [
            '@angular/*',
            '@nestjs/*',
            'typeorm',
            'rxjs',
            'rxjs/*',
            'class-validator',
            'class-transformer',
            'pg',
          ],
          message: 'libs/domain and libs/contracts are framework-free.',
        },
      ],
    },
  ],
};

/**
 * Settings are read and validated once, in config/; the CLI's database helper
 * is the one other reader (it runs without the app).
 */
export const settingsOnlyInConfig = {
  'no-restricted-properties': [
    'error',
    {
      object: 'process',
      property: 'env',
      message:
        'Read settings through apps/api/src/config (loadConfig), not process.env.',
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector:
        "VariableDeclarator[init.name='process'] > ObjectPattern > Property[key.name='env']",
      message:
        'Read settings through apps/api/src/config (loadConfig), not process.env.',
    },
  ],
};

/**
 * The tools reach into the api's source, and only into it: importing the web
 * (or any other project) by path is still refused.
 */
export const toolsRules = {
  '@nx/enforce-module-boundaries': [
    'error',
    {
      ...boundaries,
      allow: [ESLINT_CONFIG, '^(\\.\\./)+apps/api/(src|test/support)/'],
    },
  ],
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/coverage', '**/.data', 'tmp'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs'],
    rules: {
      // `const { version: _version, ...changes } = dto` drops a field on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@nx/enforce-module-boundaries': ['error', boundaries],
    },
  },
  {
    files: ['libs/domain/**/*.ts', 'libs/contracts/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: frameworkFree,
  },
  { files: ['tools/**/*.{ts,mjs,cjs}'], rules: toolsRules },
  {
    files: ['apps/api/src/**/*.ts'],
    ignores: ['apps/api/src/config/**', 'apps/api/src/cli/with-database.ts'],
    rules: settingsOnlyInConfig,
  },
  {
    // Nest resolves constructor parameters from decorator metadata, so a
    // class used only as a type there must stay a value import: with these
    // options the rule leaves decorated files alone.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    rules: {
      // `typeof import('…')` stays allowed: it types a module loaded lazily.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // `import { type A }` alone becomes `import type { A }`: nothing is loaded.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
];
