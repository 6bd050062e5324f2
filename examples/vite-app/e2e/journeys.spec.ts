// Flows a person goes through: a form the server rejects, waiting out a rate limit in real time,
// and an OAuth sign-in the person declined. Every page state also passes axe.
import { RETRY_AFTER_SECONDS } from '../server/api.mjs';
import { accessDenied } from '../server/seeds.mjs';
import { expect, test } from './fixtures';

test('422 ValidationFailure (seed 003): summary takes focus, links focus the fields, each field shows its message', async ({
  page,
  app,
}) => {
  await app.open('/signup');
  await app.axe('sign-up form');
  const email = page.getByRole('textbox', { name: 'Email address' });
  const password = page.getByLabel('Password', { exact: true });
  await email.fill('ada@example');
  await password.fill('123');
  await page.getByRole('button', { name: 'Create account' }).click();

  // The summary (GOV.UK) takes focus after the submit.
  const summary = page.locator('.aek-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  // The custom ErrorParser mapped InvalidEmail -> email and InvalidPassword -> password. A message
  // gets its field's label in front unless it already names it.
  const emailLink = summary.getByRole('link', { name: 'Email address: Invalid email' });
  const passwordLink = summary.getByRole('link', { name: 'Invalid password', exact: true });
  await expect(emailLink).toHaveAttribute('href', '#email');
  await expect(passwordLink).toHaveAttribute('href', '#password');

  // Email: react-hook-form's errors, filled by applyFieldErrors; password: the kit's FieldError.
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Error: Invalid email');
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription('Error: Invalid password');
  await app.axe('sign-up errors');

  // Keyboard: from the summary, Tab reaches the first link, and Enter puts focus in its field.
  await page.keyboard.press('Tab');
  await expect(emailLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(email).toBeFocused();
  await passwordLink.click();
  await expect(password).toBeFocused();

  // A JSON POST across origins: the browser sent a real CORS preflight first.
  expect(await app.hits()).toEqual({ 'OPTIONS /api/signup': 1, 'POST /api/signup': 1 });
});

test('429 with Retry-After (seed 001): counts down second by second, Try again waits, then the retry shows the data', async ({
  page,
  app,
}) => {
  // The page's time stands still until the test moves it (timers still run): each second is seen, and a
  // key pressed "during the wait" is pressed during it, however loaded the machine is. In real time this
  // test was flaky on two busy cores: the Enter could land after the wait had ended.
  const start = Date.UTC(2026, 10, 22, 12);
  await page.clock.setFixedTime(start);
  await app.open('/rate-limited');
  const notice = page.getByRole('region', { name: 'Too many requests' });
  const timer = notice.getByRole('timer');
  await expect(timer).toHaveText(`You can try again in 0:0${RETRY_AFTER_SECONDS}`);
  // Every text the timer shows from now on, recorded in the page.
  await page.evaluate(() => {
    const shown = ((window as unknown as { shown: string[] }).shown = [
      document.querySelector('[role=timer]')?.textContent ?? '',
    ]);
    const section = document.querySelector('[role=timer]')!.closest('section')!;
    new MutationObserver(() => {
      const text = section.querySelector('[role=timer]')?.textContent ?? 'no timer';
      if (shown.at(-1) !== text) shown.push(text);
    }).observe(section, { subtree: true, childList: true, characterData: true });
  });

  await expect(page.locator('[data-api-error-announcer]')).toContainText(
    /Too many requests\. You can try again in \d seconds?\./,
  );
  const retry = notice.getByRole('button', { name: 'Try again' });
  await expect(retry).toHaveAttribute('aria-disabled', 'true');
  await app.axe('429 countdown');

  // Keyboard reaches Try again; pressing it during the wait sends nothing.
  await app.tabTo(retry);
  await page.keyboard.press('Enter');
  for (let second = 1; second <= RETRY_AFTER_SECONDS; second++) {
    await page.clock.setFixedTime(start + second * 1000);
    await expect(notice).toContainText(
      second < RETRY_AFTER_SECONDS ? `0:0${RETRY_AFTER_SECONDS - second}` : 'You can try again now.',
    );
  }
  await expect(timer).toHaveCount(0);
  // It counted down second by second, to the end.
  const shown = await page.evaluate(() => (window as unknown as { shown: string[] }).shown);
  expect(shown).toEqual([
    ...Array.from({ length: RETRY_AFTER_SECONDS }, (_, i) => `You can try again in 0:0${RETRY_AFTER_SECONDS - i}`),
    'no timer',
  ]);
  await expect(retry).not.toHaveAttribute('aria-disabled');
  await expect(page.locator('[data-api-error-announcer]')).toContainText('You can try again now.');
  expect(await app.hits()).toEqual({ 'GET /api/reports': 1 });
  await app.axe('429 wait over');

  await expect(retry).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your reports' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveText(['Quarterly report', 'Annual report']);
  expect(await app.hits()).toEqual({ 'GET /api/reports': 2 });
  await app.axe('429 retried');
});

test('429 without Access-Control-Expose-Headers: the browser hides Retry-After, so "Wait a moment, then try again."', async ({
  page,
  app,
}) => {
  await app.open('/rate-limited-hidden-headers');
  const notice = page.getByRole('region', { name: 'Too many requests' });
  await expect(notice).toContainText('Wait a moment, then try again.');
  await expect(notice.getByRole('timer')).toHaveCount(0);
  const retry = notice.getByRole('button', { name: 'Try again' });
  await expect(retry).not.toHaveAttribute('aria-disabled');
  await app.axe('429 without a deadline');

  // The server sends Retry-After on both endpoints; only the one that exposes it can be read by the page.
  const probe = `probe-${test.info().workerIndex}-${Date.now()}`;
  const seen = await page.evaluate(
    async ({ api, probe }) => {
      const read = async (path: string) => {
        const response = await fetch(`${api}${path}?session=${probe}`);
        return [response.status, response.headers.get('retry-after')];
      };
      return { hidden: await read('/api/exports'), exposed: await read('/api/reports') };
    },
    { api: app.api, probe },
  );
  expect(seen).toEqual({ hidden: [429, null], exposed: [429, String(RETRY_AFTER_SECONDS)] });

  await retry.click();
  await expect(page.getByRole('heading', { name: 'Your exports' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveText(['Export ready: customers.csv']);
  await app.axe('429 retried without a deadline');
});

test('OAuth redirect error (seed 002): declining at the authorization server comes back as "You do not have access"', async ({
  page,
  app,
}) => {
  await app.open('/sign-in');
  await app.axe('sign-in');
  await page.getByRole('link', { name: 'Sign in with Example ID' }).click();
  // The API's /oauth/authorize answered 302 to the app's callback with error and error_description.
  await expect(page).toHaveURL(
    new RegExp(`^${app.origin}/callback\\?error=access_denied&error_description=[^&]+&state=example-state$`),
  );
  const notice = page.getByRole('region', { name: 'You do not have access' });
  await expect(notice).toContainText(accessDenied.error_description);
  await expect(page.getByRole('main')).not.toContainText('access_denied');
  await expect(page.getByRole('link', { name: 'Try signing in again' })).toHaveAttribute('href', '/sign-in');
  await app.axe('OAuth access_denied');
});

test('OAuth callback: an error in the fragment (implicit flow) is read too; no error means signed in', async ({
  page,
  app,
}) => {
  await app.open('/callback#error=invalid_scope&error_description=The%20scope%20requested%20is%20invalid&state=abc');
  const notice = page.getByRole('region', { name: 'The request could not be completed' });
  await expect(notice).toContainText('The scope requested is invalid');
  await app.axe('OAuth invalid_scope');

  await app.open('/callback?code=abc&state=example-state');
  await expect(page.getByRole('main')).toContainText('You are signed in.');
  await expect(page.getByRole('region')).toHaveCount(0);
});
