import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Import boundaries: renderer and electron never import each other; shared imports neither. */
const boundary = (forbidden, message, modules = []) => ({
  'no-restricted-imports': [
    'error',
    { paths: modules.map((name) => ({ name, message })), patterns: forbidden.map((g) => ({ group: [g], message })) },
  ],
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.tsbuild/**', 'test-results/**', 'playwright-report/**', 'bench/data/**', 'docs/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...boundary(['**/electron/**', 'node:*'], 'The renderer reaches the shell only through the Platform interface.', ['electron']),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: boundary(['**/renderer/**'], 'Main and preload never import renderer code; share through shared/.'),
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: boundary(
      ['**/renderer/**', '**/electron/**', 'node:*'],
      'shared/ is pure TypeScript for both processes: no DOM, Node, React or Dexie.',
      ['electron', 'react', 'dexie'],
    ),
  },
);
