import { defineConfig } from '@playwright/test';
import { launchOptions } from '../../quick-start/e2e/playwright.config';

/**
 * The Next.js app, built from the packed tarball (`npm run test:e2e` at the repository root runs
 * `next build` first), served by `next start` on 127.0.0.1 with its API beside it, driven in Chromium.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /next\.spec\.ts$/,
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_NEXT_JSON ?? '../../../.tmp/e2e-next-playwright.json' }]],
  use: { browserName: 'chromium', launchOptions, trace: 'off', screenshot: 'only-on-failure' },
  outputDir: '../../../.tmp/e2e-next-results',
});
