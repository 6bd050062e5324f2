import { defineConfig } from '@playwright/test';
import { launchOptions } from '../../quick-start/e2e/playwright.config';

/**
 * The React Router framework-mode app, built from the packed tarball (`npm run test:e2e` at the
 * repository root builds it with Node 22), served by react-router-serve on 127.0.0.1 with its API
 * beside it, driven in Chromium.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /react-router\.spec\.ts$/,
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_REACT_ROUTER_JSON ?? '../../../.tmp/e2e-react-router-playwright.json' }],
  ],
  use: { browserName: 'chromium', launchOptions, trace: 'off', screenshot: 'only-on-failure' },
  outputDir: '../../../.tmp/e2e-react-router-results',
});
