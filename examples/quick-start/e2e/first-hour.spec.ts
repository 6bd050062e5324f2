// A person's first hour: the README's Quick start, copied as written (src/App.tsx is extracted from
// README.md), built from the packed tarball and run in Chromium against an API on the same origin.
// One journey per failure the Quick start promises to handle; each ends with something visible,
// no developer text shown or announced, no uncaught error and no axe violation.
// What a notice says is checked with expect.soft, so a wrong wording still lets the journey go on
// to its other checks (developer text, axe, the retry) and one run reports every difference.
import { REQUEST_ID, RETRY_AFTER_SECONDS, USER } from '../server/responses.mjs';
import { expect, test } from './fixtures';

const SERVER_ERROR_TEXT = ['Cannot invoke', 'NullPointerException', 'getOwner'];

/** Page-clock times (ms) of the 429 response and of the first countdown, and the countdown's first text. */
interface Times {
  response?: number;
  timer?: number;
  text?: string;
}

test('401 invalid_token (RFC 6750): "Sign in to continue", and Sign in goes to /login with the page to come back to', async ({
  page,
  app,
}) => {
  await app.scenario('401');
  await app.open();
  const notice = await app.notice();
  await expect.soft(notice.getByRole('heading')).toHaveText('Sign in to continue');
  // The provider's signInHref receives the current URL: the link carries it, encoded.
  const returnTo = page.url();
  const signIn = notice.getByRole('link', { name: 'Sign in', exact: true });
  await expect(signIn).toHaveAttribute('href', `/login?returnTo=${encodeURIComponent(returnTo)}`);
  // The same token would fail the same way: not retried.
  expect(await app.hits()).toBe(1);
  await app.finalState('401 notice');

  await signIn.click();
  await expect(page).toHaveURL(`${app.origin}/login?returnTo=${encodeURIComponent(returnTo)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
});

test('404 problem details (Spring): the heading says "Not found", not "Page not found"', async ({ page, app }) => {
  await app.scenario('404');
  await app.open();
  const notice = await app.notice();
  // The request's resource is missing, not the page the person is on.
  await expect.soft(notice.getByRole('heading')).toHaveText('Not found');
  await expect.soft(page.locator('body')).not.toContainText('Page not found');
  // The stylesheet survives the app's production build: its colours are there (a build tool that lowers
  // CSS for older browsers once made every colour of an earlier stylesheet vanish).
  const look = await notice.evaluate((node) => getComputedStyle(node));
  expect(look.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
  expect(look.borderInlineStartWidth).not.toBe('0px');
  expect(await app.hits()).toBe(1);
  await app.finalState('404 notice');
});

test(`429 with Retry-After: ${RETRY_AFTER_SECONDS}: a countdown within 1 s, a way to cancel, and the automatic retry shows the data`, async ({
  page,
  app,
}) => {
  await app.scenario('429');
  // The page's clock is Playwright's: it runs with real time, and the 20 s wait is skipped below.
  await page.clock.install();
  // When the 429 arrived and when a countdown first appeared, both by the page's clock and
  // recorded in the page: measured from the test, the delay would include its own polling.
  await page.addInitScript(() => {
    const times: Times = {};
    (window as unknown as { __times: Times }).__times = times;
    const fetch = window.fetch;
    window.fetch = async function (this: unknown, ...args: Parameters<typeof fetch>) {
      const response = await fetch.apply(this, args);
      if (response.status === 429) times.response ??= Date.now();
      return response;
    };
    new MutationObserver(() => {
      const timer = document.querySelector('[role=timer]');
      if (timer && times.timer === undefined) {
        times.timer = Date.now();
        times.text = timer.textContent ?? '';
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await app.open();

  const timer = page.getByRole('timer');
  await expect.soft(timer, 'a countdown for the 429').toBeVisible();
  const times = await page.evaluate(() => (window as unknown as { __times: Times }).__times);
  expect(times.response, 'the 429 reached the page').toBeDefined();
  if (times.timer !== undefined) {
    test.info().annotations.push({
      type: 'countdown',
      description: `"${times.text}" ${times.timer - times.response!} ms after the 429`,
    });
    await expect.soft(timer).toHaveText(/0:(1\d|20)/);
    expect.soft(times.text, 'the countdown as it first appeared').toMatch(/0:(1\d|20)/);
    expect.soft(times.timer - times.response!, 'ms from the 429 to the countdown').toBeLessThanOrEqual(1000);
  }
  // An automatic retry is a time limit (WCAG 2.2.1): the person can stop it.
  await expect.soft(page.getByRole('button', { name: 'Cancel automatic retry' })).toBeVisible();
  expect(await app.hits(), 'no retry before the wait is over').toBe(1);
  await app.axe('429 countdown');

  await page.clock.fastForward(`00:${RETRY_AFTER_SECONDS + 1}`);
  await expect(page.getByRole('heading', { name: USER.name })).toBeVisible();
  expect(await app.hits(), 'the 429, then one retry').toBe(2);
  await app.finalState('429 retried');
});

test('500 (Spring Boot default error body): "Sorry, there is a problem with the service" with the support ID, never the exception', async ({
  page,
  app,
}) => {
  await app.scenario('500');
  // The retry policy retries a 5xx a few times with backoff first: the clock skips those waits.
  await page.clock.install();
  await app.open();
  const heading = page.getByRole('heading', { name: 'Sorry, there is a problem with the service' });
  await app.fastForwardUntil(heading);
  const notice = await app.notice();
  await expect.soft(notice.getByText(REQUEST_ID), 'the support ID').toBeVisible();

  // Not shown, not hidden, not announced at any moment.
  const html = await page.content();
  for (const secret of SERVER_ERROR_TEXT) expect(html, 'the page').not.toContain(secret);
  const said = app.seen().map((s) => s.text);
  for (const secret of SERVER_ERROR_TEXT)
    expect(
      said.filter((text) => text.includes(secret)),
      `"${secret}" shown or announced`,
    ).toEqual([]);
  test.info().annotations.push({
    type: 'requests',
    description: `${await app.hits()} requests to /api/users/1 before the notice`,
  });
  await app.finalState('500 notice');
});

test('refused connection: "Could not reach the service", not "Check your internet connection", while the device is online', async ({
  page,
  app,
}) => {
  await app.scenario('ok');
  // Chromium's own network error path: the request fails before any response, as against a server that is down.
  await page.route('**/api/users/**', (route) => route.abort('connectionrefused'));
  await page.clock.install();
  await app.open();
  expect(await page.evaluate(() => navigator.onLine), 'navigator.onLine').toBe(true);
  // The retry policy retries network failures with backoff first.
  const notice = page.locator('#root section[aria-labelledby]');
  await app.fastForwardUntil(notice);
  await expect.soft(notice.getByRole('heading')).toHaveText('Could not reach the service');
  await expect.soft(page.locator('body')).not.toContainText('Check your internet connection');
  await app.finalState('refused connection');
});
