// @ts-check
/**
 * Lint rules for the TypeScript, JavaScript and Astro files (`npm run lint`, part of `npm test`).
 * Formatting is Prettier's job (.prettierrc.json); the layers are dependency-cruiser's
 * (.dependency-cruiser.cjs). Beyond the recommended rules, one of the project's own: web addresses
 * of entries come from the route table (src/schemas/routes.ts), never written by hand.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** A template literal that starts an entry's address by hand, such as `/policies/${id}/`. */
const HAND_WRITTEN_ENTRY_URL =
  'TemplateLiteral[expressions.length>0] > TemplateElement:first-child[value.raw=/^\\/(policies|newsletters|classes|curriculum-letters|events|surveys|home-learning|support|notices|clubs|vacancies|governors\\/register)\\/$/]';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'tests/fixtures/', 'screenshots/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: HAND_WRITTEN_ENTRY_URL, message: 'Use the route table (src/schemas/routes.ts: entryPath, entryFiles…) for an entry’s address.' },
      ],
      // The content check, the XML rules and their tests match control characters on purpose: finding them is the point.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests and benchmarks read loosely typed data (parsed feeds, JSON from a browser, zod internals).
    files: ['tests/**/*.ts', 'scripts/bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-restricted-syntax': 'off' },
  },
);
