// The kit in a React Router framework-mode app, as built and served for production: loaders fetch
// from a real API and `throw data(body, { status })`; the route's ErrorBoundary reads
// useRouteError() with the kit, on the server and again when the page hydrates in Chromium.
import { USER } from '../../next-app/server/api.mjs';
import { expect, hydrated, test } from '../../next-app/e2e/ssr-fixtures';

const notice = 'main section[aria-labelledby]';

test('a loader fetches the user', async ({ page, ssr }) => {
  await page.goto(`${ssr.origin}/users/1`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(USER.name);
  await ssr.axe('a user');
});

test("429 (Discord, retry_after in the body): the route boundary's countdown in the server HTML hydrates without a mismatch", async ({
  page,
  request,
  ssr,
}) => {
  const response = await request.get(`${ssr.origin}/users/discord`);
  expect(response.status()).toBe(429);
  expect(await response.text(), 'the countdown in the server HTML').toMatch(
    /role="timer"[^>]*>You can try again in 1:0[45]</,
  );

  // The page's clock runs 7 s ahead of the server's: hydration must still show what the HTML shows.
  await page.clock.install({ time: Date.now() + 7_000 });
  await page.goto(`${ssr.origin}/users/discord`);
  await expect(page.locator(notice).getByRole('heading')).toHaveText(/rate limit|Too many requests/i);
  await expect(page.locator(notice)).toContainText('You are being rate limited.');
  await hydrated(page, 'main section[aria-labelledby]');
  await expect(page.getByRole('timer')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel automatic retry' })).toBeVisible();
  await ssr.axe('429 countdown');
});

test('404 (Rails): the route boundary says "Not found" for the user, the layout stays', async ({ page, ssr }) => {
  const response = await page.goto(`${ssr.origin}/users/404`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('User');
  await expect(page.locator(notice).getByRole('heading')).toHaveText('Not found');
  await hydrated(page, 'main section[aria-labelledby]');
  await ssr.axe('404');
});

test('500 (Laravel): plain words, never the server\'s "Server Error"', async ({ page, ssr }) => {
  const response = await page.goto(`${ssr.origin}/users/500`);
  expect(response?.status()).toBe(500);
  await expect(page.locator(notice).getByRole('heading')).toHaveText(/problem with the service/);
  await expect(page.locator('body')).not.toContainText('Server Error');
  await hydrated(page, 'main section[aria-labelledby]');
  await ssr.axe('500');
});

test('a URL no route matches: the root boundary\'s "Page not found", not React Router\'s developer text', async ({
  page,
  ssr,
}) => {
  const response = await page.goto(`${ssr.origin}/no/such/page`);
  expect(response?.status()).toBe(404);
  await expect(page.locator(notice).getByRole('heading')).toHaveText('Page not found');
  await expect(page.locator('body')).not.toContainText('No route matches');
  await hydrated(page, 'main section[aria-labelledby]');
  await ssr.axe('no route');
});
