import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; the same launch options as examples/vite-app.
export const launchOptions = {
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
};

/**
 * The README's Quick start, built from the packed tarball (`npm run test:e2e` at the repository
 * root does it all), driven in Chromium. The global setup serves the app and its API on one
 * random port. One worker: the API's scenario is one setting for the whole server.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /first-hour\.spec\.ts$/,
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 5_000 },
  // Its own JSON file: E2E_JSON is the vite-app run's, read by scripts/e2e.mjs separately.
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.E2E_QUICK_START_JSON ?? '../../../.tmp/e2e-quick-start-playwright.json' }],
  ],
  use: {
    browserName: 'chromium',
    launchOptions,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  outputDir: '../../../.tmp/e2e-quick-start-results',
});
