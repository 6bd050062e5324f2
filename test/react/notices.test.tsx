import * as React from 'react';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ApiErrorProvider,
  ApiErrorView,
  ErrorFallback,
  NotFoundNotice,
  OfflineNotice,
  PermissionNotice,
  RateLimitNotice,
  ServerErrorNotice,
  type NoticeProps,
} from 'api-error-kit/react';
import { messagesFr } from 'api-error-kit/locales/fr';
import { announcements, aspNetValidation, renderWithKit, resetAnnouncer, response, seed } from './helpers';

let online = true;
beforeEach(() => {
  resetAnnouncer();
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(() => vi.restoreAllMocks());

function setOnline(value: boolean) {
  online = value;
  act(() => void window.dispatchEvent(new Event(value ? 'online' : 'offline')));
}

const failedFetch = () => new TypeError('Failed to fetch');

describe('NotFoundNotice', () => {
  it('says "Not found" without a status number, also with no error at all: a request did not find a thing', () => {
    render(<NotFoundNotice />);
    const notice = screen.getByRole('region', { name: 'Not found' });
    expect(notice).toHaveTextContent(/^Not foundIt may have been moved or deleted\.$/);
  });

  it('says "Page not found", and how to check the address, for a route that matches nothing (page)', () => {
    render(<NotFoundNotice page />);
    const notice = screen.getByRole('region', { name: 'Page not found' });
    expect(notice).toHaveTextContent('If you typed the web address, check it is correct.');
    expect(notice).toHaveAttribute('data-page', 'true');
  });

  it('uses the server’s specific sentence', () => {
    render(<NotFoundNotice error={seed('404 message and description')} />);
    expect(screen.getByRole('region', { name: 'Not found' })).toHaveTextContent('The requested resource was not found');
  });
});

describe('OfflineNotice', () => {
  it('renders nothing while online without a network failure', () => {
    const { container } = render(<OfflineNotice />);
    expect(container).toBeEmptyDOMElement();
    render(<OfflineNotice error={seed('500 ServerError (valid JSON)')} />);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('says the service could not be reached when a request got no answer while online, with Try again', async () => {
    const onRetry = vi.fn();
    render(<OfflineNotice error={failedFetch()} onRetry={onRetry} />);
    const notice = screen.getByRole('region', { name: 'Could not reach the service' });
    expect(notice).toHaveTextContent('Your connection is working, but the service did not answer.');
    expect(notice).not.toHaveTextContent('internet connection');
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('says "You are offline" while the device is offline, without a Try again that cannot work', () => {
    online = false;
    render(<OfflineNotice error={failedFetch()} onRetry={vi.fn()} />);
    const notice = screen.getByRole('region', { name: 'You are offline' });
    expect(within(notice).queryByRole('button')).toBeNull();
    // No empty action bar either.
    expect(notice.querySelector('.aek-notice__actions')).toBeNull();
  });

  it('shows while offline even without an error, and announces "Back online" when the connection returns', () => {
    const { container } = render(<OfflineNotice />);
    expect(container).toBeEmptyDOMElement();
    setOnline(false);
    expect(screen.getByRole('region', { name: 'You are offline' })).toBeInTheDocument();
    expect(announcements()).toEqual(['You are offline. Check your internet connection and try again.']);
    setOnline(true);
    expect(announcements()).toEqual(['You are offline. Check your internet connection and try again.', 'Back online.']);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers Try again once back online, with the error still shown', () => {
    online = false;
    render(<OfflineNotice error={failedFetch()} onRetry={vi.fn()} />);
    setOnline(true);
    const notice = screen.getByRole('region', { name: 'Could not reach the service' });
    expect(within(notice).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(announcements()).toContain('Back online.');
  });

  it('does not announce "Back online" when it never was offline', () => {
    render(<OfflineNotice error={failedFetch()} />);
    setOnline(true);
    expect(announcements()).not.toContain('Back online.');
  });
});

describe('ErrorFallback', () => {
  it('says something went wrong, with Try again and the support ID', async () => {
    const onRetry = vi.fn();
    render(
      <ErrorFallback error={{ status: 418, headers: { 'x-request-id': 'req-42' }, body: null }} onRetry={onRetry} />,
    );
    const notice = screen.getByRole('region', { name: 'The request could not be completed' });
    expect(notice).toHaveTextContent('Support ID: req-42');
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('works as react-error-boundary’s FallbackComponent: Try again calls resetErrorBoundary', async () => {
    const resetErrorBoundary = vi.fn();
    render(
      <ErrorFallback
        error={new Error('Cannot read properties of undefined')}
        resetErrorBoundary={resetErrorBoundary}
      />,
    );
    expect(screen.getByRole('region', { name: 'Something went wrong' })).toHaveTextContent(
      'Try again. If the problem continues, contact support.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(resetErrorBoundary).toHaveBeenCalledTimes(1);
    // Not handed the click event: the boundary would pass it to onReset as "details".
    expect(resetErrorBoundary).toHaveBeenCalledWith();
  });
});

describe('ErrorFallback support link', () => {
  it('takes supportHref from the prop, from ApiErrorView, and from the provider', () => {
    const conflict = () => response(409, null, { 'x-request-id': 'req-9' });
    const { unmount } = render(<ErrorFallback error={conflict()} supportHref={(id) => `/help/${id}`} />);
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', '/help/req-9');
    unmount();
    // ApiErrorView (and so ApiErrorBoundary) routes conflicts and unknown failures here.
    const view = render(<ApiErrorView error={conflict()} supportHref={(id) => `/help/${id}`} />);
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('href', '/help/req-9');
    view.unmount();
    renderWithKit(<ErrorFallback error={conflict()} />, { supportHref: (id) => `https://help.example.com/${id}` });
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      'https://help.example.com/req-9',
    );
  });
});

describe('ApiErrorView picks the notice for the kind', () => {
  it.each([
    ['401', seed('401 missing token'), 'Sign in to continue'],
    ['403', seed('403 no permission'), 'You do not have access'],
    ['429', seed('429 with Retry-After'), 'Too many requests'],
    ['500', seed('500 ServerError (valid JSON)'), 'Sorry, there is a problem with the service'],
    ['503', seed('503 maintenance'), 'Sorry, the service is unavailable'],
    ['404', seed('404 not found'), 'Not found'],
    ['no response', failedFetch(), 'Could not reach the service'],
    ['409 (fallback)', seed('409 AlreadyExists'), 'This could not be saved'],
    ['400 without fields (fallback)', seed('400 Message'), 'The request could not be completed'],
    ['408 (fallback)', response(408), 'The request took too long'],
    ['anything else (fallback)', new Error('boom'), 'Something went wrong'],
  ])('%s → region "%s"', (_, error, name) => {
    renderWithKit(<ApiErrorView error={error} />);
    expect(screen.getByRole('region', { name })).toBeInTheDocument();
    expect(screen.getAllByRole('region')).toHaveLength(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the rate-limit countdown for 429', () => {
    renderWithKit(<ApiErrorView error={seed('429 with Retry-After')} />);
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again in 0:30');
  });

  it('shows field errors as the error summary', () => {
    renderWithKit(<ApiErrorView error={aspNetValidation()} fieldIds={{ Email: 'email' }} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: /^Enter an email address/ })).toHaveAttribute('href', '#email');
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('renders nothing for null, undefined, or a request the app cancelled', () => {
    const { container, rerender } = render(<ApiErrorView error={null} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ApiErrorView error={undefined} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<ApiErrorView error={new DOMException('The operation was aborted.', 'AbortError')} />);
    expect(container).toBeEmptyDOMElement();
    expect(announcements()).toEqual([]);
  });

  it('passes actions through to the notice it renders', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const onSignIn = vi.fn();
    const { rerender } = render(
      <ApiErrorView error={seed('500 ServerError (valid JSON)')} onRetry={onRetry} onSignIn={onSignIn} />,
    );
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(<ApiErrorView error={seed('401 missing token')} onRetry={onRetry} onSignIn={onSignIn} />);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(onSignIn).toHaveBeenCalledTimes(1);
  });
});

type AnyNotice = React.ComponentType<NoticeProps & { error?: unknown }>;
const notices: Array<[string, AnyNotice, () => unknown, string]> = [
  ['PermissionNotice', PermissionNotice as AnyNotice, () => seed('401 missing token'), 'Sign in to continue'],
  ['RateLimitNotice', RateLimitNotice as AnyNotice, () => seed('429 with Retry-After'), 'Too many requests'],
  [
    'ServerErrorNotice',
    ServerErrorNotice as AnyNotice,
    () => seed('500 ServerError (valid JSON)'),
    'Sorry, there is a problem with the service',
  ],
  ['NotFoundNotice', NotFoundNotice as AnyNotice, () => seed('404 not found'), 'Not found'],
  ['OfflineNotice', OfflineNotice as AnyNotice, failedFetch, 'Could not reach the service'],
  ['ErrorFallback', ErrorFallback as AnyNotice, () => new Error('boom'), 'Something went wrong'],
];

describe.each(notices)('%s shares the notice vocabulary', (_, Notice, makeError, title) => {
  it('is a <section> landmark named by its h2 heading, focusable outside the tab order', () => {
    renderWithKit(<Notice error={makeError()} />);
    const region = screen.getByRole('region', { name: title });
    expect(region.tagName).toBe('SECTION');
    expect(region).toHaveAttribute('tabindex', '-1');
    expect(within(region).getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
  });

  it('takes headingLevel, title and description', () => {
    renderWithKit(<Notice error={makeError()} headingLevel={3} title="Custom title" description="Custom sentence." />);
    const region = screen.getByRole('region', { name: 'Custom title' });
    expect(within(region).getByRole('heading', { level: 3, name: 'Custom title' })).toBeInTheDocument();
    expect(region).toHaveTextContent('Custom sentence.');
  });

  it('adds className and classNames to the kit’s classes', () => {
    renderWithKit(
      <Notice
        error={makeError()}
        className="mine"
        classNames={{ root: 'root', title: 'heading', description: 'sentence' }}
      />,
    );
    const region = screen.getByRole('region', { name: title });
    expect(region).toHaveClass('aek-notice', 'mine', 'root');
    expect(screen.getByRole('heading', { name: title })).toHaveClass('aek-notice__title', 'heading');
    expect(region.querySelector('[data-slot=description]')).toHaveClass('aek-notice__description', 'sentence');
  });

  it('drops every aek- class when unstyled, keeping the caller’s', () => {
    renderWithKit(<Notice error={makeError()} unstyled className="mine" onDismiss={() => {}} />);
    const region = screen.getByRole('region', { name: title });
    expect(region).toHaveAttribute('class', 'mine');
    expect(region.querySelector('[class*="aek-"]')).toBeNull();
  });

  it('shows Dismiss only with onDismiss; it calls back once and the notice stays', async () => {
    const onDismiss = vi.fn();
    const { rerender } = renderWithKit(<Notice error={makeError()} />);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    const error = makeError();
    rerender(<Notice error={error} onDismiss={onDismiss} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('region', { name: title })).toBeInTheDocument();
  });

  it('puts extra actions after its own', () => {
    renderWithKit(<Notice error={makeError()} actions={<a href="/status">Service status</a>} />);
    const region = screen.getByRole('region', { name: title });
    expect(within(region).getByRole('link', { name: 'Service status' })).toHaveAttribute('href', '/status');
  });

  it('announces its heading and sentence once when it appears, or not at all with announce={false}', () => {
    const { unmount } = renderWithKit(<Notice error={makeError()} />);
    expect(announcements()).toHaveLength(1);
    expect(announcements()[0]).toMatch(new RegExp(`^${title}\\. `));
    unmount();
    resetAnnouncer();
    renderWithKit(<Notice error={makeError()} announce={false} />);
    expect(announcements()).toEqual([]);
  });

  it('takes focus when it appears only with autoFocus', () => {
    const { unmount } = renderWithKit(<Notice error={makeError()} />);
    expect(screen.getByRole('region', { name: title })).not.toHaveFocus();
    unmount();
    renderWithKit(<Notice error={makeError()} autoFocus />);
    expect(screen.getByRole('region', { name: title })).toHaveFocus();
  });
});

describe('notice announcements', () => {
  it('announce again when a new error replaces the one shown (Try again failed again), not on a plain re-render', () => {
    const first = seed('500 ServerError (valid JSON)');
    const { rerender } = renderWithKit(<ServerErrorNotice error={first} onRetry={() => {}} />);
    rerender(<ServerErrorNotice error={first} onRetry={() => {}} />);
    expect(announcements()).toHaveLength(1);
    rerender(<ServerErrorNotice error={seed('500 ServerError (valid JSON)')} onRetry={() => {}} />);
    expect(announcements()).toEqual([
      'Sorry, there is a problem with the service. An error occurred requesting the entry.',
      'Sorry, there is a problem with the service. An error occurred requesting the entry.',
    ]);
  });

  it('happen once in StrictMode', () => {
    render(
      <React.StrictMode>
        <ApiErrorProvider>
          <ServerErrorNotice error={seed('500 ServerError (valid JSON)')} />
          <PermissionNotice error={seed('403 no permission')} />
        </ApiErrorProvider>
      </React.StrictMode>,
    );
    expect(announcements()).toEqual([
      'Sorry, there is a problem with the service. An error occurred requesting the entry.',
      'You do not have access. You do not have permission to perform this action. Please see your Octopus administrator.',
    ]);
  });

  it('wait for a live region that was only just created before writing to it', async () => {
    document.querySelector('[data-api-error-announcer]')?.remove();
    render(<NotFoundNotice />);
    // Written at once into a brand-new region, it would often not be read out.
    expect(announcements()).toEqual([]);
    await vi.waitFor(() => expect(announcements()).toEqual(['Not found. It may have been moved or deleted.']));
  });

  it('go through a region that stays on the page (outside the notice)', () => {
    renderWithKit(<ServerErrorNotice error={seed('500 ServerError (valid JSON)')} />);
    const region = document.querySelector('[data-api-error-announcer] [aria-live="polite"]')!;
    expect(region).toHaveAttribute('role', 'log');
    expect(screen.getByRole('region').contains(region)).toBe(false);
  });
});

describe('unstyled', () => {
  it('reaches the actions, the support ID and the debug details', () => {
    renderWithKit(
      <ServerErrorNotice
        error={seed('500 ServerError (as written)')}
        onRetry={() => {}}
        unstyled
        debug
        supportHref={() => '/help'}
      />,
    );
    const region = screen.getByRole('region');
    expect(within(region).getByRole('button', { name: 'Try again' })).not.toHaveAttribute('class');
    expect(within(region).getByRole('button', { name: 'Copy support ID' })).not.toHaveAttribute('class');
    expect(within(region).getByRole('link', { name: 'Contact support' })).not.toHaveAttribute('class');
    expect(region.querySelector('details')).not.toHaveAttribute('class');
    expect(region.querySelector('[class*="aek-"]')).toBeNull();
  });
});

describe('empty containers', () => {
  it('are not rendered when a notice has no body or no actions', () => {
    renderWithKit(<ServerErrorNotice error={seed('500 with FullException')} />);
    const region = screen.getByRole('region');
    expect(region.querySelector('.aek-notice__body')).toBeNull();
    expect(region.querySelector('.aek-notice__actions')).toBeNull();
  });

  it('RateLimitNotice without onRetry has no action bar', () => {
    renderWithKit(<RateLimitNotice error={seed('429 with Retry-After')} />);
    expect(screen.getByRole('region').querySelector('.aek-notice__actions')).toBeNull();
  });
});

describe('the French catalog', () => {
  it('changes every visible string', async () => {
    const { rerender } = renderWithKit(
      <ApiErrorView error={seed('500 ServerError (valid JSON)')} onRetry={() => {}} onDismiss={() => {}} />,
      {
        messages: messagesFr,
        locale: 'fr',
      },
    );
    const region = screen.getByRole('region', { name: 'Désolé, le service rencontre un problème' });
    expect(within(region).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Copier l’identifiant pour l’assistance' })).toHaveTextContent(
      'Copier',
    );
    expect(within(region).getByRole('button', { name: 'Fermer' })).toBeInTheDocument();
    expect(region).toHaveTextContent('Identifiant pour l’assistance: 63cb1df0');
    expect(announcements()[0]).toBe(
      'Désolé, le service rencontre un problème. An error occurred requesting the entry.',
    );

    rerender(<ApiErrorView error={aspNetValidation()} />);
    expect(screen.getByRole('heading', { name: 'Il y a un problème' })).toBeInTheDocument();
    rerender(<ApiErrorView error={seed('403 no permission')} account="ada@example.com" onSwitchAccount={() => {}} />);
    expect(screen.getByRole('region', { name: 'Vous n’avez pas accès' })).toHaveTextContent(
      'Vous êtes connecté en tant que ada@example.com.',
    );
    expect(screen.getByRole('button', { name: 'Changer de compte' })).toBeInTheDocument();
    rerender(<ApiErrorView error={seed('404 not found')} />);
    expect(screen.getByRole('region', { name: 'Introuvable' })).toBeInTheDocument();
  });

  it('overrides only the strings given, through nested providers', () => {
    render(
      <ApiErrorProvider messages={messagesFr}>
        <ApiErrorProvider messages={{ tryAgain: 'Encore' }}>
          <ServerErrorNotice error={seed('500 with FullException')} onRetry={() => {}} />
        </ApiErrorProvider>
      </ApiErrorProvider>,
    );
    expect(screen.getByRole('region', { name: 'Désolé, le service rencontre un problème' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Encore' })).toBeInTheDocument();
  });
});
