// What every server-rendered journey checks (examples/next-app and examples/react-router-app): the
// app's origin, axe on the page as it is, and a console with no hydration mismatch. In production
// React reports a mismatch as "Minified React error #418" (or #423, #425), without the word.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const HYDRATION = /hydrat|react\.dev\/errors\/(?:418|423|425)\b|Minified React error #(?:418|423|425)\b/i;

export interface Ssr {
  /** http://127.0.0.1:port of the app, started by the global setup. */
  origin: string;
  /** Runs axe (WCAG 2.0/2.1 A and AA, 2.2 AA) on the page as it is now; fails on any violation. */
  axe(state: string): Promise<void>;
  /** Console errors and warnings so far, and uncaught errors. */
  console(): string[];
}

declare global {
  interface Window {
    axe: {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>;
      }>;
    };
  }
}

export const test = base.extend<{ ssr: Ssr }>({
  ssr: async ({ page }, use) => {
    const origin = process.env.SSR_ORIGIN;
    if (!origin) throw new Error('SSR_ORIGIN is not set: the global setup did not run');
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        messages.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
    await use({
      origin,
      async axe(state) {
        if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
        const { violations } = await page.evaluate(
          (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
          AXE_TAGS,
        );
        const report = violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(report, `axe violations on ${state}`).toEqual([]);
      },
      console: () => [...messages],
    });
    // Checked after every journey, whatever it did: hydration must agree with the server's HTML.
    expect(
      messages.filter((text) => HYDRATION.test(text)),
      'hydration mismatches in the console',
    ).toEqual([]);
  },
});

/** Waits until React has hydrated the page: Playwright's clock and clicks act on a live page, not on HTML. */
export async function hydrated(page: Page, selector: string) {
  await page.waitForFunction((s) => {
    const node = document.querySelector(s);
    return Boolean(node) && Object.keys(node).some((key) => key.startsWith('__reactFiber$'));
  }, selector);
}

export { expect };
