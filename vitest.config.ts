import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { sourceAliases } from './aliases.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** `react` and `react-dom` (and their subpaths) from React 18, installed by the test/react18 workspace. */
const react18 = ['react', 'react-dom'].flatMap((name) => [
  { find: new RegExp(`^${name}$`), replacement: path.join(dirname, 'test/react18/node_modules', name) },
  { find: new RegExp(`^${name}/(.*)$`), replacement: path.join(dirname, 'test/react18/node_modules', name, '$1') },
]);
const reactTests = {
  include: ['test/react/**/*.test.{ts,tsx}', 'test/query/**/*.test.{ts,tsx}'],
  environment: 'happy-dom',
  setupFiles: ['./test/setup.ts'],
};

// Debian's Chromium, never a downloaded browser; the flags keep it from dialling out.
const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
});

export default defineConfig({
  plugins: [react()],
  resolve: { alias: sourceAliases },
  test: {
    projects: [
      // The core must work in plain Node: no DOM globals.
      { extends: true, test: { name: 'core', include: ['test/core/**/*.test.ts'], environment: 'node' } },
      // The public types as users meet them (`*.test-d.ts`): checked by the compiler, each assertion a test.
      {
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/types/**/*.test-d.{ts,tsx}'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      // Real HTTP clients against a real server on 127.0.0.1: what each hands an app's catch block.
      {
        extends: true,
        test: {
          name: 'clients',
          include: ['test/clients/**/*.test.{ts,tsx}'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      // `test/react19/`: React 19 only. Form actions and `useActionState` do not exist in 18, and TanStack Form's
      // store reaches React through a CommonJS shim (`use-sync-external-store`) that the React 18 aliases cannot
      // redirect.
      {
        extends: true,
        test: { name: 'react', ...reactTests, include: [...reactTests.include, 'test/react19/**/*.test.{ts,tsx}'] },
      },
      // The same tests against React 18. Libraries that import React are bundled by Vite here, so the
      // aliases reach their imports too and one React runs everywhere.
      {
        extends: true,
        resolve: {
          alias: [
            ...react18,
            // Its CommonJS main would `require` the root's React 19 past the aliases; its ESM build imports through
            // them.
            {
              find: /^@testing-library\/react$/,
              replacement: path.join(dirname, 'node_modules/@testing-library/react/dist/@testing-library/react.esm.js'),
            },
            { find: /^formik$/, replacement: path.join(dirname, 'node_modules/formik/dist/formik.esm.js') },
            {
              find: /^react-error-boundary$/,
              replacement: path.join(dirname, 'node_modules/react-error-boundary/dist/react-error-boundary.js'),
            },
            ...sourceAliases,
          ],
        },
        test: {
          name: 'react18',
          ...reactTests,
          server: {
            deps: {
              inline: [
                '@testing-library/react',
                '@tanstack/react-query',
                'react-i18next',
                'react-intl',
                'sonner',
                'react-hot-toast',
                'react-hook-form',
                'react-error-boundary',
              ],
            },
          },
        },
      },
      // Every story as a test in real Chromium: render, play function, and axe.
      {
        extends: true,
        plugins: [
          // The must-fail stories have their own config, used only by the negative check (scripts/check-negative.mjs).
          storybookTest({
            configDir: path.join(dirname, process.env.STORIES_MUST_FAIL ? 'test/must-fail/.storybook' : '.storybook'),
          }),
        ],
        test: {
          name: 'storybook',
          browser: { enabled: true, headless: true, provider: chromium, instances: [{ browser: 'chromium' }] },
        },
      },
    ],
  },
});
