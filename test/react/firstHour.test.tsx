import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import {
  announce,
  ApiErrorProvider,
  ApiErrorView,
  PermissionNotice,
  RateLimitNotice,
  ServerErrorNotice,
  type ApiErrorProviderProps,
} from 'api-error-kit/react';
import { announcements, resetAnnouncer, response, seed } from './helpers';

// What a newcomer meets in the first hour: partial catalogs, server text that is not for people,
// notices that must never be dead ends, focus and announcements after a notice goes away.

const springNullPointer = () =>
  response(500, {
    timestamp: '2026-11-22T12:00:00.000+00:00',
    status: 500,
    error: 'Internal Server Error',
    message: 'Cannot invoke "com.example.shop.Item.getOwner()" because "item" is null',
    trace: 'java.lang.NullPointerException: Cannot invoke "com.example.shop.Item.getOwner()"',
    path: '/items/1',
  });

beforeEach(resetAnnouncer);

describe('messages: any partial catalog, deep-merged', () => {
  it('one kind’s title changes that title alone, and every other kind still renders', () => {
    const { rerender } = render(
      <ApiErrorProvider messages={{ kinds: { forbidden: { title: 'No entry' } } }}>
        <ApiErrorView error={seed('403 no permission')} />
      </ApiErrorProvider>,
    );
    const notice = screen.getByRole('region', { name: 'No entry' });
    // The kind's sentence is the catalog's own: it was not replaced.
    expect(notice).toHaveTextContent('You do not have permission to perform this action.');
    rerender(
      <ApiErrorProvider messages={{ kinds: { forbidden: { title: 'No entry' } } }}>
        <ApiErrorView error={response(500)} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('region', { name: 'Sorry, there is a problem with the service' })).toHaveTextContent(
      'Try again later.',
    );
  });

  it('nested providers merge over each other', () => {
    render(
      <ApiErrorProvider messages={{ tryAgain: 'Retry' }}>
        <ApiErrorProvider messages={{ kinds: { server: { message: 'We are on it.' } } }}>
          <ServerErrorNotice error={response(500)} onRetry={() => {}} />
        </ApiErrorProvider>
      </ApiErrorProvider>,
    );
    const notice = screen.getByRole('region');
    expect(notice).toHaveTextContent('We are on it.');
    expect(within(notice).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it.each([
    ['null', null],
    ['a string', 'nope'],
    ['kinds as a string', { kinds: 'nope' }],
    ['a kind as null', { kinds: { server: null } }],
    ['a number title', { kinds: { server: { title: 42 } } }],
    ['a string where a function belongs', { retryIn: 'soon' }],
    ['an array', ['a']],
    [
      'a throwing getter',
      Object.defineProperty({}, 'tryAgain', {
        get: () => {
          throw new Error('getter');
        },
        enumerable: true,
      }),
    ],
  ])('%s cannot break a render: the English text stays', (_name, messages) => {
    render(
      <ApiErrorProvider messages={messages as ApiErrorProviderProps['messages']}>
        <ServerErrorNotice error={response(500)} onRetry={() => {}} />
        <RateLimitNotice error={seed('429 with Retry-After')} onRetry={() => {}} autoRetry={false} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('region', { name: 'Sorry, there is a problem with the service' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent(/^You can try again in \d:\d\d$/);
  });
});

describe('server sentences only when they are for people', () => {
  it('a Java exception on a 500 is never shown nor announced; the kind’s default is', () => {
    render(<ApiErrorView error={springNullPointer()} onRetry={() => {}} />);
    const notice = screen.getByRole('region', { name: 'Sorry, there is a problem with the service' });
    expect(notice).toHaveTextContent('Try again later.');
    expect(document.body).not.toHaveTextContent(/getOwner|Cannot invoke|NullPointer/);
  });

  it('serverText={false} prefers the app’s text, per notice or for the whole provider', () => {
    const error = response(404, { message: 'User 42 was archived by an administrator.' });
    const { rerender } = render(<ApiErrorView error={error} />);
    expect(screen.getByRole('region')).toHaveTextContent('User 42 was archived');
    rerender(<ApiErrorView error={error} serverText={false} />);
    expect(screen.getByRole('region')).toHaveTextContent('It may have been moved or deleted.');
    rerender(
      <ApiErrorProvider serverText={false}>
        <ApiErrorView error={error} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('region')).not.toHaveTextContent('archived');
  });
});

describe('no dead ends', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => warn.mockRestore());

  it('a 401 offers the sign-in the provider set up, keeping the way back', () => {
    render(
      <ApiErrorProvider signInHref={(back) => `/login?returnTo=${encodeURIComponent(back)}`}>
        <ApiErrorView error={seed('401 missing token')} />
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toMatch(/^\/login\?returnTo=/);
  });

  it('a 401 with no sign-in set up offers Try again, and warns the developer once', async () => {
    const onRetry = vi.fn();
    render(
      <>
        <PermissionNotice error={seed('401 missing token')} onRetry={onRetry} />
        <PermissionNotice error={seed('401 missing token')} onRetry={onRetry} />
      </>,
    );
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Try again' })[0]!);
    expect(onRetry).toHaveBeenCalledTimes(1);
    // Once per page, not once per notice or per render: this is the file's first 401 without a sign-in.
    expect(warn.mock.calls.filter(([text]) => String(text).includes('no way to sign in'))).toHaveLength(1);
  });

  it('a rate limit without onRetry warns that nothing will try again', () => {
    render(<RateLimitNotice error={seed('429 with Retry-After')} />);
    render(<RateLimitNotice error={seed('429 with Retry-After')} />);
    expect(warn.mock.calls.filter(([text]) => String(text).includes('RateLimitNotice has no `onRetry`'))).toHaveLength(
      1,
    );
  });
});

describe('focus and announcements', () => {
  it('when a notice goes away after its action worked, focus goes to its container, not <body>', async () => {
    function Page() {
      const [failed, setFailed] = React.useState(true);
      return (
        <main>
          {failed ? <ServerErrorNotice error={response(500)} onRetry={() => setFailed(false)} /> : <p>Your report</p>}
        </main>
      );
    }
    render(<Page />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Your report')).toBeInTheDocument();
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    const main = screen.getByRole('main');
    expect(document.activeElement).toBe(main);
    // Focusable for the moment only: leaving it takes the tabindex away again.
    expect(main).toHaveAttribute('tabindex', '-1');
    act(() => main.blur());
    expect(main).not.toHaveAttribute('tabindex');
  });

  it('two announcements in a row are two sentences, each on its own line', () => {
    act(() => {
      announce('Pointer is null');
      announce('Support ID copied');
    });
    expect(announcements()).toEqual(['Pointer is null.', 'Support ID copied.']);
  });
});
