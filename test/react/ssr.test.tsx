// @vitest-environment node
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
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
  useFieldError,
} from 'api-error-kit/react';
import { ApiErrorBoundary } from 'api-error-kit/query';
import { seedFixtures } from '../fixtures/seeds';
import { aspNetValidation, seed } from './helpers';

/** Renders on the server, where any read of `window` or `document` throws a ReferenceError. */
const serverRender = (node: React.ReactNode) =>
  renderToString(
    <ApiErrorProvider
      clock={createManualClock()}
      signInHref={(returnTo) => `/login?returnTo=${encodeURIComponent(returnTo)}`}
    >
      {node}
    </ApiErrorProvider>,
  );

/** The visible text of server HTML, for assertions. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

function HeadlessField() {
  const field = useFieldError(aspNetValidation(), 'Email', { describedBy: 'email-hint' });
  return <input id={field.controlId} {...field.controlProps} />;
}

describe('server rendering', () => {
  it('runs without a DOM', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders ErrorSummary with its links', () => {
    const html = serverRender(<ErrorSummary error={aspNetValidation()} />);
    expect(html).toContain('href="#email"');
    expect(text(html)).toContain('There is a problem');
  });

  it('renders FieldError and the headless hook', () => {
    const html = serverRender(
      <>
        <FieldError error={aspNetValidation()} name="Name" />
        <HeadlessField />
      </>,
    );
    expect(html).toContain('id="name-error"');
    expect(text(html)).toContain('Error: Required');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="email-hint email-error"');
  });

  it('renders PermissionNotice for 401 and 403', () => {
    expect(text(serverRender(<PermissionNotice error={seed('401 missing token')} />))).toContain('Sign in to continue');
    expect(serverRender(<PermissionNotice error={seed('401 missing token')} />)).toContain('href="/login?returnTo="');
    expect(
      text(
        serverRender(
          <PermissionNotice error={seed('403 AccessDenied')} account="ada@example.com" onRequestAccess={() => {}} />,
        ),
      ),
    ).toContain('You are signed in as ada@example.com.');
  });

  it('renders RateLimitNotice with its countdown', () => {
    const html = serverRender(<RateLimitNotice error={seed('429 with Retry-After')} onRetry={() => {}} autoRetry />);
    expect(html).toContain('role="timer"');
    expect(text(html)).toContain('You can try again in 0:30');
    expect(html).toContain('aria-disabled="true"');
  });

  it('renders ServerErrorNotice with the support ID, and debug details only when asked', () => {
    const html = serverRender(
      <ServerErrorNotice
        error={seed('500 ServerError (valid JSON)')}
        onRetry={() => {}}
        supportHref={(id) => `/help/${id}`}
      />,
    );
    expect(text(html)).toContain('Support ID: 63cb1df0-b82a-459e-accc-635e187f3b8b');
    expect(html).toContain('href="/help/63cb1df0-b82a-459e-accc-635e187f3b8b"');
    expect(text(serverRender(<ServerErrorNotice error={seed('500 with FullException')} />))).not.toContain(
      'DivideByZeroException',
    );
    expect(text(serverRender(<ServerErrorNotice error={seed('500 with FullException')} debug />))).toContain(
      'DivideByZeroException',
    );
  });

  it('renders NotFoundNotice, OfflineNotice, ErrorFallback and SupportId', () => {
    expect(text(serverRender(<NotFoundNotice />))).toContain('Not found');
    expect(text(serverRender(<NotFoundNotice page />))).toContain('Page not found');
    expect(text(serverRender(<OfflineNotice error={new TypeError('Failed to fetch')} onRetry={() => {}} />))).toContain(
      'Could not reach the service',
    );
    // Without a failure, a server cannot tell whether the device is offline: nothing.
    expect(serverRender(<OfflineNotice />)).toBe('');
    expect(text(serverRender(<ErrorFallback error={new Error('boom')} resetErrorBoundary={() => {}} />))).toContain(
      'Something went wrong',
    );
    expect(text(serverRender(<SupportId logId="req-1" />))).toContain('Support ID: req-1');
  });

  it.each(seedFixtures.map((fixture) => [fixture.name] as const))('renders ApiErrorView for the seed %s', (name) => {
    expect(() =>
      serverRender(<ApiErrorView error={seed(name)} onRetry={() => {}} onSignIn={() => {}} debug />),
    ).not.toThrow();
  });

  it('renders ApiErrorBoundary around healthy children', () => {
    const html = renderToString(
      <QueryClientProvider client={new QueryClient()}>
        <ApiErrorBoundary>
          <p>All good</p>
        </ApiErrorBoundary>
      </QueryClientProvider>,
    );
    expect(html).toBe('<p>All good</p>');
  });
});
