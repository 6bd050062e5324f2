import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

declare global {
  interface Window {
    __reportCsp(violation: string): void;
    axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };
  }
}
interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary: string }>;
}

export interface App {
  /** The app's origin (http://127.0.0.1:port). */
  origin: string;
  /** The API's origin: another port, so another origin. */
  api: string;
  /** Opens a path of the app. */
  open(path: string): Promise<void>;
  /** How many requests this page load sent to the API, per "METHOD /path". */
  hits(): Promise<Record<string, number>>;
  /** Runs axe (WCAG 2.0/2.1 A and AA, 2.2 AA) on the page as it is now; fails on any violation. */
  axe(state: string): Promise<void>;
  /** Presses Tab from the top of the page until `target` has focus; fails after `max` presses. */
  tabTo(target: Locator, max?: number): Promise<number>;
}

const origin = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the global setup did not run`);
  return value;
};

export const test = base.extend<{ app: App; guard: void }>({
  app: async ({ page, request }, use) => {
    const app: App = {
      origin: origin('APP_ORIGIN'),
      api: origin('API_ORIGIN'),
      async open(path) {
        await page.goto(app.origin + path);
      },
      async hits() {
        const session = await page.locator('html').getAttribute('data-session');
        const response = await request.get(`${app.api}/__hits?session=${session}`);
        return (await response.json()) as Record<string, number>;
      },
      async axe(state) {
        // Evaluated through the DevTools protocol: the app's Content Security Policy stays on.
        if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
        const { violations } = await page.evaluate(
          (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
          AXE_TAGS,
        );
        const report = violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`,
        );
        expect(report, `axe violations on ${state}`).toEqual([]);
      },
      async tabTo(target, max = 30) {
        const handle = await target.elementHandle();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        for (let presses = 1; presses <= max; presses++) {
          await page.keyboard.press('Tab');
          if (await page.evaluate((el) => document.activeElement === el, handle)) return presses;
        }
        throw new Error(`Tab did not reach ${target} in ${max} presses`);
      },
    };
    await use(app);
  },
  // Every test: no uncaught error in the page, and nothing blocked by the Content Security Policy.
  guard: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const csp: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // A binding, so violations on every page the test visits are kept, not only on the last one.
      await page.exposeFunction('__reportCsp', (violation: string) => csp.push(violation));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__reportCsp(`${e.violatedDirective}: ${e.blockedURI}`),
        );
      });
      await use();
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(csp, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page };
