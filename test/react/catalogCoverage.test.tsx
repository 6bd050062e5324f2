import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { normalizeError } from 'api-error-kit';
import {
  ApiErrorProvider,
  ApiErrorView,
  createManualClock,
  FieldError,
  messagesEn,
  NotFoundNotice,
  OfflineNotice,
  RateLimitNotice,
  type ApiErrorMessages,
} from 'api-error-kit/react';
import { advance, resetAnnouncer, response } from './helpers';

/*
 * Every string a person sees or hears must come from the catalog, so an app can translate all of it.
 * Here every catalog value is replaced by a mark with no Latin letters, the locale is Japanese (so
 * Intl's words are not English either), and no server text is shown: any Latin letter left in the
 * page, an accessible name or the live regions is English the kit wrote by itself.
 */

/** The catalog with each string replaced by "⟦⟧", and each function's value kept after it. */
function marked(catalog: unknown): unknown {
  if (typeof catalog === 'string') return '⟦⟧';
  if (typeof catalog === 'function') return (value: string) => `⟦⟧${value}`;
  return Object.fromEntries(Object.entries(catalog as object).map(([key, value]) => [key, marked(value)]));
}
const messages = marked(messagesEn) as ApiErrorMessages;

let online = true;
beforeEach(() => {
  resetAnnouncer();
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(() => vi.restoreAllMocks());

/** Attributes that are read out or shown: names, descriptions, tooltips, placeholders. */
const SPOKEN_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
];

/** Every text in the page (the live regions included) and every spoken attribute that has a Latin letter. */
function english(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (/[A-Za-z]/.test(node.textContent ?? '')) found.push(node.textContent!);
  for (const element of document.body.querySelectorAll('*'))
    for (const name of SPOKEN_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value && /[A-Za-z]/.test(value)) found.push(`${name}="${value}"`);
    }
  return found;
}

const noop = () => {};
const withDetails = { ...normalizeError(response(500)), logId: '7301-2291', details: '⟦⟧' };

/** One failure of each kind and shape, with every action a notice can offer. */
const failures: Record<string, unknown> = {
  'field errors': response(422, { message: '⟦⟧', errors: { email: ['⟦⟧'], 'items.0.name': ['⟦⟧'] } }),
  'validation, no field errors': response(422),
  'bad request': response(400),
  'sign in': response(401),
  'no access': response(403, null, { 'x-request-id': '7301-2290' }),
  'not found': response(404),
  conflict: response(409),
  'rate limited': response(429, null, { 'Retry-After': '61' }),
  'rate limited, no deadline': response(429),
  server: withDetails,
  unavailable: response(503),
  timeout: response(504),
  network: new TypeError('Failed to fetch'),
  unknown: response(418),
};

it('renders and announces no English when every catalog value is replaced, for every notice, action and state', async () => {
  const user = userEvent.setup();
  const clock = createManualClock();
  const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
  vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue({ writeText } as unknown as Clipboard);
  render(
    <ApiErrorProvider
      messages={messages}
      locale="ja"
      clock={clock}
      serverText={false}
      debug
      signInHref="/sign-in"
      supportHref={(id) => `/support/${id}`}
    >
      {Object.entries(failures).map(([name, error]) => (
        <ApiErrorView
          key={name}
          error={error}
          onRetry={noop}
          onDismiss={noop}
          onRequestAccess={noop}
          onSwitchAccount={noop}
          account="7301"
        />
      ))}
      <NotFoundNotice page />
      <label htmlFor="email">⟦⟧</label>
      <input id="email" />
      <FieldError error={failures['field errors']} name="email" />
      <RateLimitNotice error={response(429, null, { 'Retry-After': '5' })} onRetry={noop} data-testid="auto" />
      <RateLimitNotice error={response(429, null, { 'Retry-After': '61' })} onRetry={noop} data-testid="cancel" />
      <OfflineNotice />
    </ApiErrorProvider>,
  );
  // The Copy button's result, both ways; a cancelled automatic retry; a finished and a fired wait; a lost and found
  // connection.
  const copy = screen
    .getAllByRole('button', { name: '⟦⟧' })
    .filter((button) => button.textContent === '⟦⟧' && button.closest('.aek-support'));
  await user.click(copy[0]!);
  await user.click(copy[1]!);
  const cancel = screen.getByTestId('cancel').querySelectorAll('button')[1]!;
  await user.click(cancel);
  advance(clock, 61_000);
  online = false;
  act(() => void window.dispatchEvent(new Event('offline')));
  online = true;
  act(() => void window.dispatchEvent(new Event('online')));
  await act(() => new Promise((resolve) => setTimeout(resolve, 150)));

  expect(writeText).toHaveBeenCalledTimes(2);
  expect(document.querySelectorAll('[data-api-error-announcer] [aria-live] > *').length).toBeGreaterThan(10);
  expect(english()).toEqual([]);
});
