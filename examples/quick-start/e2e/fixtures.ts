import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect, type Locator, type Page, type TestInfo } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Text a person should never see or hear: what the server sent for developers (codes, exception,
 * stack, field names), HTTP's own words, and the browser's error messages. Case-sensitive, so the
 * kit's "Not found" is not the reason phrase "Not Found".
 */
export const DEVELOPER_TEXT: ReadonlyArray<readonly [string, RegExp]> = [
  ['a status number', /\b(?:401|404|429|500)\b/],
  ['an HTTP reason phrase', /Internal Server Error|Not Found|Too Many Requests|Unauthorized/],
  ['an OAuth error code or field', /invalid_token|error_description|WWW-Authenticate|Bearer/],
  ['a problem-details type', /about:blank|problem\+json/],
  [
    'the server exception',
    /Cannot invoke|NullPointerException|getOwner|ItemService|com\.example|java\.lang|\.java:\d+/,
  ],
  ['the server timestamp', /\d{4}-\d\d-\d\dT\d\d:\d\d/],
  ['the API path', /\/api\/users/],
  ['a browser error message', /Failed to fetch|TypeError|NetworkError|net::ERR_|ERR_CONNECTION/],
  ['JSON or code', /[{}]|"\w+"\s*:|\[object \w+\]|\bundefined\b|\bNaN\b/],
];

/** Every developer text in `text`, as "what: match". */
export function developerText(text: string): string[] {
  return DEVELOPER_TEXT.flatMap(([what, pattern]) => {
    const match = pattern.exec(text);
    return match ? [`${what}: "${match[0]}" in "${excerpt(text, match.index)}"`] : [];
  });
}
const excerpt = (text: string, at: number) =>
  text
    .slice(Math.max(0, at - 40), at + 60)
    .replace(/\s+/g, ' ')
    .trim();

export type Scenario = 'ok' | '401' | '404' | '429' | '500';

/** A text the page showed at some point: in the live region (`live`) or anywhere else in it (`page`). */
export interface Seen {
  where: 'page' | 'live';
  text: string;
}

declare global {
  interface Window {
    __quickStartSaw(seen: Seen[]): void;
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

export interface QuickStart {
  /** The app's origin (http://127.0.0.1:port): the app, its API and /login. */
  origin: string;
  /** What GET /api/users/:id answers from now on; also clears the request counts. */
  scenario(name: Scenario): Promise<void>;
  /** Opens the app at /. */
  open(): Promise<void>;
  /** How many times the app has requested /api/users/1 since the scenario was set. */
  hits(): Promise<number>;
  /** The kit's notice in the app (a `<section>` named by its heading): waits until there is exactly one. */
  notice(): Promise<Locator>;
  /**
   * Runs the page's fake clock forward (`page.clock.install()` first) until `target` is visible:
   * the retry policy's backoff waits between attempts are skipped instead of waited for.
   */
  fastForwardUntil(target: Locator, step?: number): Promise<void>;
  /** Every text the page and its live region have shown since the test began. */
  seen(): Seen[];
  /**
   * The checks every journey ends with: something visible in #root, no developer text in the page or the live region,
   * and axe.
   */
  finalState(state: string): Promise<void>;
  /** Runs axe (WCAG 2.0/2.1 A and AA, 2.2 AA) on the page as it is now; fails on any violation. */
  axe(state: string): Promise<void>;
}

const origin = () => {
  const value = process.env.QUICK_START_ORIGIN;
  if (!value) throw new Error('QUICK_START_ORIGIN is not set: the global setup did not run');
  return value;
};

export const test = base.extend<{ app: QuickStart; guard: void }>({
  app: async ({ page, request }, use) => {
    const seen: Seen[] = [];
    // Every text added to the page, recorded in the page as it happens and sent to the test: a live
    // region line is removed after a few seconds and a notice may be replaced, so looking only at
    // the end could miss developer text that was shown or announced on the way.
    await page.exposeFunction('__quickStartSaw', (batch: Seen[]) => void seen.push(...batch));
    await page.addInitScript(() => {
      const ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'alt'];
      const where = (node: Node): 'page' | 'live' =>
        (node instanceof Element ? node : node.parentElement)?.closest('[data-api-error-announcer]') ? 'live' : 'page';
      new MutationObserver((records) => {
        const batch: Seen[] = [];
        for (const record of records) {
          if (record.type === 'characterData')
            batch.push({ where: where(record.target), text: record.target.textContent ?? '' });
          else if (record.type === 'attributes')
            batch.push({
              where: where(record.target),
              text: (record.target as Element).getAttribute(record.attributeName!) ?? '',
            });
          else
            for (const node of record.addedNodes) {
              if (node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE' || node.nodeName === 'HEAD') continue;
              batch.push({ where: where(node), text: node.textContent ?? '' });
              if (node instanceof Element)
                for (const el of [node, ...node.querySelectorAll('*')])
                  for (const name of ATTRIBUTES)
                    if (el.hasAttribute(name)) batch.push({ where: where(el), text: el.getAttribute(name)! });
            }
        }
        const said = batch.filter((s) => s.text.trim());
        if (said.length) void window.__quickStartSaw(said);
      }).observe(document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ATTRIBUTES,
      });
    });

    const app: QuickStart = {
      origin: origin(),
      async scenario(name) {
        const response = await request.post(`${app.origin}/__scenario`, { data: { scenario: name } });
        expect(response.status(), `setting the scenario ${name}`).toBe(204);
      },
      async open() {
        await page.goto(`${app.origin}/`);
      },
      async hits() {
        const response = await request.get(`${app.origin}/__hits`);
        return ((await response.json()) as Record<string, number>)['GET /api/users/1'] ?? 0;
      },
      async notice() {
        const notice = page.locator('#root section[aria-labelledby]');
        await expect(notice.first(), 'a notice from the kit').toBeVisible();
        await expect(notice, 'one notice').toHaveCount(1);
        return notice;
      },
      async fastForwardUntil(target, step = 5_000) {
        await expect(async () => {
          await page.clock.fastForward(step);
          await expect(target).toBeVisible({ timeout: 1_000 });
        }, `${target} after fast-forwarding the clock`).toPass({ timeout: 30_000 });
      },
      seen: () => seen,
      async finalState(state) {
        // Not a blank page: the app rendered something a person can see.
        const root = page.locator('#root');
        await expect(root, `${state}: #root`).toBeVisible();
        expect((await root.innerText()).trim(), `${state}: visible text in #root`).not.toBe('');
        // Nothing for developers in the page as it is now (hidden text included) or in the live region.
        const now = await page.evaluate(() => ({
          page: document.body.textContent ?? '',
          live: document.querySelector('[data-api-error-announcer]')?.textContent ?? '',
        }));
        expect(developerText(now.page), `${state}: developer text in the page`).toEqual([]);
        expect(developerText(now.live), `${state}: developer text in the live region`).toEqual([]);
        await app.axe(state);
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
    };
    await use(app);
  },
  // Every test: no uncaught error in the page, nothing blocked by the Content Security Policy, and
  // no developer text shown or announced at any moment of the journey.
  guard: [
    async ({ page, app }, use, info) => {
      const errors: string[] = [];
      const csp: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.exposeFunction('__reportCsp', (violation: string) => csp.push(violation));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__reportCsp(`${e.violatedDirective}: ${e.blockedURI}`),
        );
      });
      await use();
      if (info.status !== info.expectedStatus) await describe(page, app, info);
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(csp, 'Content Security Policy violations').toEqual([]);
      const shown = [
        ...new Set(app.seen().flatMap(({ where, text }) => developerText(text).map((found) => `${where}: ${found}`))),
      ];
      expect(shown, 'developer text shown or announced during the journey').toEqual([]);
    },
    { auto: true },
  ],
});

/** On a failure: what the person saw and heard, to tell a wrong message from a missing one. */
async function describe(page: Page, app: QuickStart, info: TestInfo) {
  const root = await page
    .locator('#root')
    .innerText({ timeout: 1_000 })
    .catch((error: Error) => `(could not read #root: ${error.message.split('\n')[0]})`);
  const live = [
    ...new Set(
      app
        .seen()
        .filter((s) => s.where === 'live')
        .map((s) => s.text),
    ),
  ];
  const body = `url: ${page.url()}\n#root shows:\n${root.replace(/^/gm, '  ')}\nlive region said:\n${live.map((line) => `  ${line}`).join('\n') || '  (nothing)'}\nAPI requests: ${await app.hits()}`;
  console.log(`\n--- ${info.title}\n${body}`);
  await info.attach('what the person saw', { body, contentType: 'text/plain' });
}

export { expect };
export type { Page };
