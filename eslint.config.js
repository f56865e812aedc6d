import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import vitest from '@vitest/eslint-plugin'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import checkFile from 'eslint-plugin-check-file'
import importX from 'eslint-plugin-import-x'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import testingLibrary from 'eslint-plugin-testing-library'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'node_modules', 'docs'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/lib', from: ['./src/api', './src/components', './src/entities', './src/features', './src/app'], message: 'lib/ is the bottom layer: plain helpers only.' },
            { target: './src/api', from: ['./src/components', './src/entities', './src/features', './src/app'], message: 'api/ depends on lib/ only.' },
            { target: './src/components', from: ['./src/entities', './src/features', './src/app'], message: 'components/ are shared UI: no call or feature knowledge.' },
            { target: './src/entities', from: ['./src/features', './src/app'], message: 'entities/ sit below features/.' },
            { target: './src/features', from: './src/app', message: 'app/ composes features; features never reach up into it.' },
            { target: ['./src/features/lookups', './src/features/errors', './src/features/theme', './src/features/session'], from: ['./src/features/call-page', './src/features/playback', './src/features/recent-calls'], message: 'Shared features never import a page feature.' },
            { target: './src/features/playback', from: ['./src/features/call-page', './src/features/recent-calls'], message: 'playback/ is mounted by the call page, not the other way round.' },
            { target: './src/features/lead-journey', from: ['./src/features/call-page', './src/features/recent-calls', './src/features/playback'], message: 'lead-journey/ is mounted by the call page, not the other way round.' },
            { target: './src/features/recent-calls', from: './src/features/call-page', message: 'The start page and the call page are siblings.' },
            { target: './src/features/call-page/panels', from: './src/features/call-page/*.{ts,tsx}', message: 'A panel gets its data as props, not from the page around it.' },
            { target: './src/mock-api', from: ['./src/app', './src/features', './src/entities', './src/components', './src/server'] },
          ],
        },
      ],
      'import-x/no-default-export': 'error',
      'check-file/filename-naming-convention': ['error', { '**/*.{ts,tsx}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'API data is rendered as text only.' },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/*', '@/server/*'], message: 'Server code never reaches the browser bundle.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended, ...pluginQuery.configs['flat/recommended']],
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'test/*.{ts,tsx}'],
    ignores: ['src/server/**'],
    extends: [testingLibrary.configs['flat/react']],
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    extends: [vitest.configs.recommended],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      'vitest/valid-title': ['error', { ignoreTypeOfDescribeName: true }],
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
    },
  },
  {
    files: ['src/server/**', 'test/server/**', 'test/e2e/**', 'test/media/**', 'test/bench/*.ts', 'test/bench/server/**', 'test/budget/**', 'test/lighthouse/**', 'vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': 'off', 'import-x/no-default-export': 'off' },
  },
  { files: ['eslint.config.js'], extends: [tseslint.configs.disableTypeChecked], rules: { 'import-x/no-default-export': 'off' } },
)
