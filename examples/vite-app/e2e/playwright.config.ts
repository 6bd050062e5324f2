import { defineConfig } from '@playwright/test';

// Debian's Chromium, never a downloaded browser; the flags keep it from dialling out.
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
 * The example app, built from the packed tarball (`npm run test:e2e` at the repository root does
 * it all), driven in Chromium. The global setup starts the API and the app on two random ports.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /\.spec\.ts$/,
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? '../../../.tmp/e2e-playwright.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  outputDir: '../../../.tmp/e2e-results',
});
