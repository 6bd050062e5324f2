// ESLint 9 flat config. The house rules of issue 10: typescript-eslint, react-hooks and jsx-a11y, and
// no suppression without a reason on the same line. Layout and line length are Prettier's job
// (.prettierrc.json), so no stylistic rule is turned on here.
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Build output, generated files and installed trees: nothing here is written by hand.
    ignores: [
      '**/node_modules/',
      'dist/',
      'storybook-static/',
      'coverage/',
      '.tmp/',
      'test-results/',
      'public/mockServiceWorker.js', // written by `msw init`
      'examples/*/dist/',
      'examples/*/build/',
      'examples/*/.next/',
      'examples/*/.react-router/',
      'examples/*/next-env.d.ts', // written by Next.js
      'examples/quick-start/src/App.tsx', // written from README.md by extract.mjs
      'test/clients/openapi-typescript-codegen/', // written by openapi-typescript-codegen (its own `/* eslint-disable */`)
      'test/clients/swagger-typescript-api/', // written by swagger-typescript-api (`/* eslint-disable */`, `// @ts-nocheck`)
    ],
  },
  {
    linterOptions: {
      // A disable comment that no longer suppresses anything is an error, not a leftover.
      reportUnusedDisableDirectives: 'error',
    },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  comments.recommended,
  {
    rules: {
      // Every `eslint-disable…` comment says why, after ` -- `, on the comment's own line.
      '@eslint-community/eslint-comments/require-description': 'error',
      // Unused names are errors, except the `_`-prefixed ones kept on purpose (rest siblings, fixed signatures).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Lines of about 120 at most: Prettier wraps code there, but not comments, strings or URLs. Recorded
      // response bodies (strings), patterns (regexes) and links stay whole; comments are wrapped by hand.
      // (`max-len` is frozen in ESLint 9, not removed: it needs no extra plugin.)
      // No `!` as a coercion: neither a non-null assertion (a guess the compiler cannot check) nor `!!x`.
      // Tests keep their assertions on values they just made.
      'no-implicit-coercion': ['error', { boolean: true, number: false, string: false }],
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
    },
  },
  {
    // The kit runs in browsers and Node (the core has no DOM dependency, the scripts and examples run in Node).
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    // Playwright's fixture callback is called `use`, which the rules take for React's `use()`; the
    // end-to-end folders drive browsers and hold no React code.
    ignores: ['**/e2e/**'],
    ...reactHooks.configs.flat.recommended,
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // A missing dependency is a stale-closure bug: fail CI, do not just warn.
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      // On DOM elements autofocus stays banned. The kit's own components take an `autoFocus` prop (the
      // error summary takes focus once, as GOV.UK's does; `autoFocus={false}` opts out), which is not one.
      'jsx-a11y/no-autofocus': ['error', { ignoreNonDOM: true }],
      // A scrolling `<pre>` must be reachable by keyboard to be read (axe's scrollable-region-focusable,
      // which the stories run), so `tabIndex={0}` is allowed on it. The other options are the preset's.
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: ['pre'], roles: ['tabpanel'], allowExpressionValues: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
  },
);
