import type { ReactRenderer } from '@storybook/react-vite';
import { http, HttpResponse } from 'msw';
import type { StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { ManualClock } from 'api-error-kit/react';
import { scenario, type ScenarioName } from '../../test/clients/scenarios';

/** Where the integration stories load their invoice from. */
export const INVOICE_URL = '/api/invoices/42';

/** A scenario's answer as the server sends it (`test/clients/scenarios.ts`, each copied from public material). */
export const answer = (name: ScenarioName) => {
  const { status, headers, body } = scenario(name);
  return new HttpResponse(body || null, { status, headers });
};

/**
 * Rack::Attack's 429 with `Retry-After: 60`, then the invoice: a countdown on the story's manual clock, then Try again
 * loads the invoice. Shared by every integration that loads it, whatever client it loads with.
 */
export const rateLimitedThenRetry: Pick<StoryObj<ReactRenderer>, 'beforeEach' | 'play'> = {
  beforeEach({ msw }) {
    let calls = 0;
    msw.use(
      http.get(INVOICE_URL, () =>
        ++calls === 1 ? answer('plain-text-429') : HttpResponse.json({ number: 'INV-0042' }),
      ),
    );
  },
  play: async ({ canvas, loaded, userEvent }) => {
    const clock = loaded.clock as ManualClock;
    await expect(await canvas.findByRole('timer')).toHaveTextContent('You can try again in 1:00');
    clock.advance(60_000);
    const retry = canvas.getByRole('button', { name: 'Try again' });
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-disabled'));
    await userEvent.click(retry);
    await expect(await canvas.findByRole('heading', { name: 'Invoice INV-0042' })).toBeVisible();
  },
};
