import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { act } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeError } from 'api-error-kit';
import {
  ApiErrorProvider,
  ApiErrorView,
  createManualClock,
  ErrorFallback,
  ErrorSummary,
  FieldError,
  NotFoundNotice,
  OfflineNotice,
  PermissionNotice,
  RateLimitNotice,
  ServerErrorNotice,
  SupportId,
  type ManualClock,
} from 'api-error-kit/react';
import { aspNetValidation, seed } from './helpers';

/** When the server rendered; the client hydrates 1.5 s later (a slow network, a big bundle), by its own clock. */
const RENDERED_AT = Date.UTC(2026, 2, 1, 9, 0, 0);
const HYDRATED_AT = RENDERED_AT + 1500;

const signInHref = (returnTo: string) => `/login?returnTo=${encodeURIComponent(returnTo)}`;
const page = (clock: ManualClock, node: React.ReactNode) => (
  <ApiErrorProvider clock={clock} signInHref={signInHref}>
    {node}
  </ApiErrorProvider>
);

/**
 * What the client holds for the server's failure when it hydrates: the very value (a framework that
 * hands the thrown value back), the model serialised into the page (loader data), or the response
 * read again (a client that refetches). Each is a fresh value per call.
 */
const rateLimited = {
  'the same thrown value': () => {
    const thrown = seed('429 with Retry-After');
    return { server: thrown, client: thrown };
  },
  'the model serialised into the page': () => {
    const model = normalizeError(seed('429 with Retry-After'), { now: RENDERED_AT });
    return { server: model, client: JSON.parse(JSON.stringify(model)) as unknown };
  },
  'the response read again': () => ({ server: seed('429 with Retry-After'), client: seed('429 with Retry-After') }),
  'a Retry-After date': () => {
    const at = { status: 429, headers: { 'retry-after': new Date(RENDERED_AT + 30_000).toUTCString() }, body: null };
    return { server: at, client: { ...at } };
  },
};

/** Every notice, as an app would put it on a page that is rendered on the server. */
type Case = [string, (error: () => unknown) => React.ReactNode, () => { server: unknown; client: unknown }];
const notices: Case[] = [
  ...Object.entries(rateLimited).map(([how, values]): Case => [
    `RateLimitNotice, with ${how}`,
    (error) => <RateLimitNotice error={error()} onRetry={() => {}} />,
    values,
  ]),
  [
    'ApiErrorView for a rate limit',
    (error) => <ApiErrorView error={error()} onRetry={() => {}} />,
    rateLimited['the same thrown value'],
  ],
  [
    'PermissionNotice with a sign-in link',
    (error) => <PermissionNotice error={error()} />,
    () => ({ server: seed('401 missing token'), client: seed('401 missing token') }),
  ],
  [
    'PermissionNotice for a 403',
    (error) => <PermissionNotice error={error()} account="ada@example.com" onRequestAccess={() => {}} />,
    () => ({ server: seed('403 AccessDenied'), client: seed('403 AccessDenied') }),
  ],
  [
    'ApiErrorView for a 401',
    (error) => <ApiErrorView error={error()} />,
    () => ({ server: seed('401 missing token'), client: seed('401 missing token') }),
  ],
  [
    'ErrorSummary',
    (error) => <ErrorSummary error={error()} />,
    () => ({ server: aspNetValidation(), client: aspNetValidation() }),
  ],
  [
    'FieldError beside its control',
    (error) => (
      <div>
        <label htmlFor="email">Email</label>
        <FieldError error={error()} name="Email" />
        <input id="email" />
      </div>
    ),
    () => ({ server: aspNetValidation(), client: aspNetValidation() }),
  ],
  [
    'ServerErrorNotice',
    (error) => <ServerErrorNotice error={error()} onRetry={() => {}} supportHref={(id) => `/help/${id}`} />,
    () => ({ server: seed('500 ServerError (valid JSON)'), client: seed('500 ServerError (valid JSON)') }),
  ],
  [
    'NotFoundNotice',
    (error) => <NotFoundNotice error={error()} page />,
    () => ({ server: seed('404 not found'), client: seed('404 not found') }),
  ],
  [
    'OfflineNotice',
    (error) => <OfflineNotice error={error()} onRetry={() => {}} />,
    () => ({ server: new TypeError('Failed to fetch'), client: new TypeError('Failed to fetch') }),
  ],
  [
    'ErrorFallback',
    (error) => <ErrorFallback error={error()} resetErrorBoundary={() => {}} />,
    () => ({ server: new Error('boom'), client: new Error('boom') }),
  ],
  [
    'SupportId',
    () => <SupportId logId="req-1" supportHref={(id) => `https://support.example/${id}`} />,
    () => ({ server: null, client: null }),
  ],
];

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/**
 * Renders on the server at RENDERED_AT, then hydrates that HTML at HYDRATED_AT, and gives back every
 * hydration complaint: React's console errors and the errors it recovers from by rendering afresh.
 */
function serverThenHydrate(
  ui: (error: () => unknown) => React.ReactNode,
  values: { server: unknown; client: unknown },
) {
  const html = renderToString(
    page(
      createManualClock(RENDERED_AT),
      ui(() => values.server),
    ),
  );
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const complaints: unknown[] = [];
  vi.spyOn(console, 'error').mockImplementation((...args) => void complaints.push(args.map(String).join(' ')));
  const clock = createManualClock(HYDRATED_AT);
  act(() => {
    root = hydrateRoot(
      container,
      page(
        clock,
        ui(() => values.client),
      ),
      { onRecoverableError: (error) => void complaints.push(error) },
    );
  });
  return { html, container, clock, complaints };
}

describe('hydration', () => {
  it.each(notices)('%s hydrates 1.5 s after the server rendered it, without a mismatch', (_, ui, values) => {
    const { complaints } = serverThenHydrate(ui, values());
    expect(complaints).toEqual([]);
  });

  it('counts from the live clock right after hydrating', () => {
    const { html, container } = serverThenHydrate(
      (error) => <RateLimitNotice error={error()} onRetry={() => {}} />,
      rateLimited['the model serialised into the page'](),
    );
    expect(html).toContain('You can try again in 0:30');
    // 28.5 s left when the client hydrated: the second on screen is the 29th.
    expect(container.querySelector('[role=timer]')).toHaveTextContent('You can try again in 0:29');
  });

  it('gives the sign-in link the page to come back to as soon as it hydrates', () => {
    const { html, container } = serverThenHydrate((error) => <PermissionNotice error={error()} />, {
      server: seed('401 missing token'),
      client: seed('401 missing token'),
    });
    // A server cannot know the address in the browser.
    expect(html).toContain('href="/login?returnTo="');
    expect(container.querySelector('a')).toHaveAttribute('href', signInHref(window.location.href));
  });
});
