// What a person sees for each failed request: the app built from the packed tarball, in Chromium,
// against the example API on another origin. Every page state also passes axe.
import { GATEWAY_REQUEST_ID, LOG_ID, octopus400, octopus401, octopus403 } from '../server/seeds.mjs';
import { expect, test } from './fixtures';

test('home: the navigation, then a route the app does not have says "Page not found"', async ({ page, app }) => {
  await app.open('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('api-error-kit example');
  await expect(page.getByRole('navigation', { name: 'Examples' }).getByRole('link')).toHaveCount(10);
  await app.axe('home');

  await app.open('/no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('region', { name: 'There is nothing here' })).toContainText(
    'It may have been moved or deleted.',
  );
  await app.axe('unknown route');
});

test('400 with Errors[] (seed 000): an error summary lists each message, takes focus, and links nowhere', async ({
  page,
  app,
}) => {
  await app.open('/bad-request');
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
  await expect(summary.getByRole('listitem')).toHaveText(octopus400.Errors);
  // The items name no field, so there is nothing to link to.
  await expect(summary.getByRole('link')).toHaveCount(0);
  await expect(page.locator('.aek-summary')).toBeFocused();
  await expect(page.getByRole('main')).not.toContainText('400');
  expect(await app.hits()).toEqual({ 'GET /api/projects': 1 });
  await app.axe('400 summary');
});

test('401 (seed 000): "Sign in to continue" with the server\'s sentence; Sign in goes to the sign-in page and back', async ({
  page,
  app,
}) => {
  await app.open('/unauthorized');
  const notice = page.getByRole('region', { name: 'Sign in to continue' });
  await expect(notice).toContainText(octopus401.ErrorMessage);
  // The same credentials would fail the same way: no Try again.
  await expect(notice.getByRole('button')).toHaveText(['Sign in']);
  await expect(page.getByRole('main')).not.toContainText('401');
  await app.axe('401 notice');

  await app.tabTo(notice.getByRole('button', { name: 'Sign in' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${app.origin}/sign-in?returnTo=%2Funauthorized`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
});

test('403 (seed 000): "You do not have access", no sign-in and no retry', async ({ page, app }) => {
  await app.open('/forbidden');
  const notice = page.getByRole('region', { name: 'You do not have access' });
  await expect(notice).toContainText(octopus403.ErrorMessage);
  await expect(notice.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('403');
  expect(await app.hits()).toEqual({ 'GET /api/admin/users': 1 });
  await app.axe('403 notice');
});

test('404 (seed 000): "Not found" (the thing, not the page) with the server\'s sentence, no status number', async ({
  page,
  app,
}) => {
  await app.open('/not-found');
  const notice = page.getByRole('region', { name: 'Not found' });
  await expect(notice).toContainText('The resource was not found.');
  await expect(page.getByRole('main')).not.toContainText('404');
  await app.axe('404 notice');
});

test('500 (seeds 004 + 000): the support ID is shown and copied; the stack trace is nowhere in the page', async ({
  page,
  app,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  await app.open('/server-error');
  const notice = page.getByRole('region', { name: 'Sorry, there is a problem with the service' });
  await expect(notice).toContainText('An error occurred requesting the entry');
  await expect(notice).toContainText(`Support ID: ${LOG_ID}`);
  await expect(notice.getByRole('link', { name: 'Contact support' })).toHaveAttribute(
    'href',
    `https://help.example.com/contact?ref=${LOG_ID}`,
  );
  await expect(notice.getByText('Technical details')).toHaveCount(0);
  // Not shown, not hidden, not announced: the FullException never reaches the DOM.
  const html = await page.content();
  for (const secret of ['DivideByZeroException', 'Foo.cs', 'divide by zero', 'FullException'])
    expect(html).not.toContain(secret);
  await expect(page.getByRole('main')).not.toContainText('500');
  await app.axe('500 notice');

  // Keyboard: Tab to Copy, Enter; the clipboard holds the ID and the result is shown and announced.
  await app.tabTo(notice.getByRole('button', { name: 'Copy support ID' }));
  await page.keyboard.press('Enter');
  await expect(notice).toContainText('Support ID copied');
  await expect(page.locator('[data-api-error-announcer]')).toContainText('Support ID copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(LOG_ID);
  await app.axe('500 after copy');

  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => app.hits()).toEqual({ 'GET /api/entries/ba8a92bd-0e5f-465e-acec-3cdb3db38df6': 2 });
  await expect(notice).toContainText(`Support ID: ${LOG_ID}`);
});

test('502 HTML page: "the service is unavailable", the gateway\'s X-Request-Id as support ID, retried once by retryPolicy', async ({
  page,
  app,
}) => {
  await app.open('/bad-gateway');
  const notice = page.getByRole('region', { name: 'Sorry, the service is unavailable' });
  await expect(notice).toContainText('Try again later.');
  // Readable only because the API lists X-Request-Id in Access-Control-Expose-Headers.
  await expect(notice).toContainText(`Support ID: ${GATEWAY_REQUEST_ID}`);
  const text = await page.getByRole('main').innerText();
  for (const raw of ['502', 'Bad Gateway', 'nginx', '<']) expect(text).not.toContain(raw);
  expect(await page.content()).not.toContain('nginx');
  // retryPolicy({ maxRetries: 1 }): the first request and one automatic retry, then the boundary.
  expect(await app.hits()).toEqual({ 'GET /api/status': 2 });
  await app.axe('502 notice');

  // Try again resets ApiErrorBoundary: the query runs again (and is retried once again).
  await notice.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(async () => (await app.hits())['GET /api/status']).toBe(4);
  await expect(page.getByRole('region', { name: 'Sorry, the service is unavailable' })).toBeVisible();
});

test('CORS for real: an origin the API does not allow gets no answer, and the page says the service could not be reached', async ({
  page,
  app,
}) => {
  // The same app from http://localhost:port, an origin the API does not list in Access-Control-Allow-Origin.
  const other = app.origin.replace('127.0.0.1', 'localhost');
  await page.goto(`${other}/unauthorized`);
  // The device is online, so the connection is not what failed.
  const notice = page.getByRole('region', { name: 'Could not reach the service' });
  await expect(notice).not.toContainText('internet connection');
  await expect(notice.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sign in to continue' })).toHaveCount(0);
  // The request did reach the API; the browser would not let the page read the answer.
  expect(await app.hits()).toEqual({ 'GET /api/account': 1 });
  await app.axe('blocked by CORS');
});
