// The kit in a Next.js App Router app, as built and started for production: server components
// fetch from a real API, error.tsx and not-found.tsx take what the pages hand them, a server action
// returns field errors, and a 429's countdown is rendered on the server and hydrated in Chromium.
import { RETRY_AFTER_SECONDS, USER } from '../server/api.mjs';
import { expect, hydrated, test } from './ssr-fixtures';

test('a server component fetches the user', async ({ page, ssr }) => {
  await page.goto(`${ssr.origin}/users/1`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(USER.name);
  await ssr.axe('a user');
});

test('429 (Falcon, Retry-After: 60): the countdown is in the server HTML, hydrates without a mismatch, then counts on the client', async ({
  page,
  request,
  ssr,
}) => {
  // What the server sent, before any script ran: the notice and its countdown.
  const html = await (await request.get(`${ssr.origin}/users/429`)).text();
  expect(html, 'the countdown in the server HTML').toMatch(/role="timer"[^>]*>You can try again in (?:1:00|0:59)</);
  // retryPolicy() and throwOnError ran in the server component (they are not client references).
  expect(html).toContain('data-server-retries="false"');
  expect(html).toContain('data-server-throws="false"');

  // The page's clock runs 7 s ahead of the server's: a first client render from its own clock would
  // say 0:53 where the HTML says 1:00, and React would report a hydration mismatch.
  await page.clock.install({ time: Date.now() + 7_000 });
  await page.goto(`${ssr.origin}/users/429`);
  const notice = page.locator('main section[aria-labelledby]');
  await expect(notice.getByRole('heading')).toHaveText('Too many requests');
  await hydrated(page, 'main section[aria-labelledby]');
  const timer = page.getByRole('timer');
  // After hydration the live count takes over, from the page's own clock.
  await expect(timer).toHaveText(/You can try again in 0:5[0-4]/);
  await expect(page.getByRole('button', { name: 'Cancel automatic retry' })).toBeVisible();
  await ssr.axe('429 countdown');
  test.info().annotations.push({
    type: 'countdown',
    description: `server ${RETRY_AFTER_SECONDS} s, client "${await timer.textContent()}"`,
  });
});

test('404 (Rails): notFound() renders not-found.tsx with the kit\'s "Page not found"', async ({ page, ssr }) => {
  const response = await page.goto(`${ssr.origin}/users/404`);
  expect(response?.status()).toBe(404);
  await expect(page.locator('main section[aria-labelledby]').getByRole('heading')).toHaveText('Page not found');
  await hydrated(page, 'main section[aria-labelledby]');
  await ssr.axe('not found');
});

test("500 (Laravel): error.tsx shows plain words and the digest as support ID, never the server's text", async ({
  page,
  ssr,
}) => {
  await page.goto(`${ssr.origin}/users/500`);
  const notice = page.locator('main section[aria-labelledby]');
  await expect(notice.getByRole('heading')).toBeVisible();
  const heading = await notice.getByRole('heading').textContent();
  expect(heading).toMatch(/problem with the service|Something went wrong/);
  // Next.js hands error.tsx a digest, the ID its server logged the failure under.
  await expect(notice).toContainText(/\b\d{6,}\b/);
  await expect(page.locator('body')).not.toContainText('Server Error');
  await expect(page.locator('body')).not.toContainText('Server Components render');
  await ssr.axe('error.tsx');
});

test('server action (DRF field map): field errors next to their inputs, a summary, and the typed values kept', async ({
  page,
  ssr,
}) => {
  await page.goto(`${ssr.origin}/payments`);
  await hydrated(page, 'form');
  await page.getByLabel('Amount').fill('ten');
  await page.getByRole('button', { name: 'Pay' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('link', { name: /valid integer is required/ })).toHaveAttribute('href', '#amount');
  await expect(summary.getByRole('link', { name: /may not be blank/ })).toHaveAttribute('href', '#description');
  await expect(page.locator('#amount')).toHaveAccessibleDescription(/A valid integer is required/);
  await expect(page.locator('#amount')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Amount'), 'what the person typed').toHaveValue('ten');
  await ssr.axe('server action field errors');

  await page.getByLabel('Amount').fill('10');
  await page.getByLabel('Description').fill('Coffee');
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Payment sent.' })).toBeVisible();
  await expect(summary).toHaveCount(0);
});
