// The React section of `npm run bench`: bundles react-page.tsx for the browser (production React,
// the kit from source), serves it on 127.0.0.1, runs it in Debian's Chromium and prints the figures.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

// Paths from the repository root (npm runs scripts there): this file runs bundled from .tmp/.
const src = (path: string) => resolve('src', path);

interface Results {
  error?: string;
  react: string;
  summary: { items: number; summaryMs: number; listMs: number; ratio: number };
  countdowns: {
    timersAfterMount: number;
    parentRendersPerTick: number;
    childRendersPerSecond: number;
    mostTimersWaitingOnRealTime: number;
    timersLeftAfterUnmount: number;
  };
}

export async function run(): Promise<void> {
  const bundle = await build({
    entryPoints: [resolve('scripts/bench/react-page.tsx')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    alias: { 'api-error-kit/react': src('react/index.ts'), 'api-error-kit': src('index.ts') },
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]!.text;
  const server = createServer((request, response) => {
    if (request.url === '/bench.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(
          '<!doctype html><html lang="en"><title>bench</title><body><script type="module" src="/bench.js"></script></body></html>',
        );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
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
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, undefined, {
      timeout: 120_000,
    });
    const results = (await page.evaluate(() => (window as unknown as { __bench: unknown }).__bench)) as Results;
    if (results.error) throw new Error(results.error);
    const { summary, countdowns } = results;
    console.log(
      `\nreact: Chromium ${browser.version()}, React ${results.react} (production build), medians of interleaved rounds`,
    );
    console.log(`ErrorSummary of ${summary.items} field errors   ${summary.summaryMs.toFixed(2)} ms to mount`);
    console.log(`hand-written <ul> of the same items  ${summary.listMs.toFixed(2)} ms to mount`);
    console.log(`ratio (ErrorSummary / <ul>)          ${summary.ratio.toFixed(2)}   (aim ≤ 1.25)`);
    console.log(
      `100 countdowns, manual clock: timers waiting after mount ${countdowns.timersAfterMount}; parent re-renders per tick ${countdowns.parentRendersPerTick}; child renders per second ${countdowns.childRendersPerSecond}`,
    );
    console.log(
      `100 countdowns, real time (2.5 s): most timers waiting at once ${countdowns.mostTimersWaitingOnRealTime}; left after unmount ${countdowns.timersLeftAfterUnmount}`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
