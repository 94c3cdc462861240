import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'artifacts/', 'deployment/teams/build/', 'src/web/vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Offline tools (importers, knowledge check) are never loaded by the service; only the composition
    // root (src/index.ts) knows the dialogs, which depend on src/bot and never the reverse.
    files: ['src/**/*.ts'],
    ignores: ['src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/tools/**'], message: 'The runtime must not load the offline tools.' },
            { group: ['**/dialogs/**'], message: 'Only src/index.ts wires the dialogs in; src/ must not import dialogs/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/index.ts', 'dialogs/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/tools/**'], message: 'The runtime must not load the offline tools.' }] }],
    },
  },
  {
    // The orientation core stays free of any bot framework: the CLI, scripts and tests use it directly.
    files: ['src/orientation/**/*.ts', 'src/knowledge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder*', 'botframework-*', 'restify*', '**/bot/**', '**/server/**', '**/dialogs/**'],
              message: 'The orientation core must not depend on the bot or the server.',
            },
            { group: ['**/tools/**'], message: 'The runtime must not load the offline tools.' },
          ],
        },
      ],
    },
  },
  {
    // botbuilder-dialogs' index loads every prompt and its text recognisers (some 30 MB and most of a
    // second at each start) for prompts the service never uses: the service imports the modules it needs.
    files: ['src/**/*.ts', 'dialogs/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'botbuilder-dialogs',
              allowTypeImports: true,
              message: "Import the module itself (botbuilder-dialogs/lib/dialogSet.js, ...): the package's index loads every prompt and recogniser at start.",
            },
          ],
        },
      ],
    },
  },
  {
    // dependency-cruiser reads CommonJS configuration files.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['bin/**/*.js', 'src/web/**/*.js'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', sessionStorage: 'readonly', fetch: 'readonly', console: 'readonly', process: 'readonly' },
    },
  },
);
