import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { ErrorBoundary } from 'react-error-boundary';
import { ApiErrorView, ErrorFallback } from 'api-error-kit/react';
import { ApiErrorBoundary, throwOnError, type ApiErrorBoundaryProps, type FallbackProps } from 'api-error-kit/query';
import { resetAnnouncer, response, seed } from '../react/helpers';

let client: QueryClient;
beforeEach(() => {
  resetAnnouncer();
  client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // React reports every error a boundary catches; the tests assert on the boundary instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  client.clear();
  vi.restoreAllMocks();
});

/** Fails with each given value in turn, then answers "Ada". */
function answers(...failures: unknown[]) {
  return vi.fn(async () => {
    const failure = failures.shift();
    if (failure !== undefined) throw failure;
    return 'Ada';
  });
}

function Profile({ queryFn, inline }: { queryFn: () => Promise<string>; inline?: boolean }) {
  const query = useQuery({ queryKey: ['profile'], queryFn, throwOnError: inline ? throwOnError : true });
  if (query.error) return <ApiErrorView error={query.error} />;
  return <p>{query.data ? `Hello ${query.data}` : 'Loading'}</p>;
}

const renderInBoundary = (children: React.ReactNode, props: ApiErrorBoundaryProps = {}) =>
  render(
    <QueryClientProvider client={client}>
      <ApiErrorBoundary {...props}>{children}</ApiErrorBoundary>
    </QueryClientProvider>,
  );

describe('ApiErrorBoundary', () => {
  it('shows ApiErrorView for a failed query; Try again resets the query and renders the children again', async () => {
    const user = userEvent.setup();
    const queryFn = answers(seed('500 ServerError (valid JSON)'));
    renderInBoundary(<Profile queryFn={queryFn} />);
    const notice = await screen.findByRole('region', { name: 'Sorry, there is a problem with the service' });
    expect(notice).toHaveTextContent('Support ID: 63cb1df0-b82a-459e-accc-635e187f3b8b');
    expect(queryFn).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('shows the error again when the retry fails too, and recovers on the next', async () => {
    const user = userEvent.setup();
    const queryFn = answers(response(503), new Error('socket hang up'));
    renderInBoundary(<Profile queryFn={queryFn} />);
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByRole('region', { name: 'Something went wrong' });
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(3);
  });

  it('with throwOnError from the kit, keeps a 404 inline and sends a 500 to the boundary', async () => {
    renderInBoundary(<Profile queryFn={answers(seed('404 not found'))} inline />, { fallback: <p>Boundary</p> });
    expect(await screen.findByRole('region', { name: 'Not found' })).toBeInTheDocument();
    expect(screen.queryByText('Boundary')).toBeNull();
    client.clear();

    render(
      <QueryClientProvider client={client}>
        <ApiErrorBoundary fallback={<p>Boundary</p>}>
          <Profile queryFn={answers(seed('500 with FullException'))} inline />
        </ApiErrorBoundary>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('Boundary')).toBeInTheDocument();
  });

  it('renders fallbackRender with the thrown value and resetErrorBoundary, which resets the failed query', async () => {
    const user = userEvent.setup();
    const failure = seed('500 ServerError (valid JSON)');
    const fallbackRender = vi.fn(({ error, resetErrorBoundary }: FallbackProps) => (
      <button type="button" onClick={() => resetErrorBoundary()}>
        Reload ({(error as { status: number }).status})
      </button>
    ));
    renderInBoundary(<Profile queryFn={answers(failure)} />, { fallbackRender });
    await user.click(await screen.findByRole('button', { name: 'Reload (500)' }));
    expect(fallbackRender.mock.calls[0]![0].error).toBe(failure);
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('renders fallback as a node, as it is: neither ApiErrorView nor a function call', async () => {
    renderInBoundary(<Profile queryFn={answers(seed('500 ServerError (valid JSON)'))} />, {
      fallback: <p>Could not load the profile</p>,
    });
    expect(await screen.findByText('Could not load the profile')).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('renders nothing for fallback={null}, as react-error-boundary does', async () => {
    const queryFn = answers(seed('500 ServerError (valid JSON)'));
    const { container } = renderInBoundary(<Profile queryFn={queryFn} />, { fallback: null });
    await vi.waitFor(() => expect(queryFn).toHaveBeenCalled());
    await vi.waitFor(() => expect(container).toBeEmptyDOMElement());
  });

  it('renders FallbackComponent with the error and resetErrorBoundary', async () => {
    const user = userEvent.setup();
    const failure = seed('500 ServerError (valid JSON)');
    function Fallback({ error, resetErrorBoundary }: FallbackProps) {
      return (
        <button type="button" onClick={() => resetErrorBoundary('from the fallback')}>
          Reload ({(error as { status: number }).status})
        </button>
      );
    }
    const onReset = vi.fn();
    renderInBoundary(<Profile queryFn={answers(failure)} />, { FallbackComponent: Fallback, onReset });
    await user.click(await screen.findByRole('button', { name: 'Reload (500)' }));
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative-api', args: ['from the fallback'] });
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
  });

  it('renders FallbackComponent with the error and resetErrorBoundary: the kit’s ErrorFallback fits', async () => {
    const user = userEvent.setup();
    const queryFn = answers(seed('500 ServerError (valid JSON)'));
    renderInBoundary(<Profile queryFn={queryFn} />, { FallbackComponent: ErrorFallback });
    const notice = await screen.findByRole('region', { name: 'Sorry, there is a problem with the service' });
    expect(notice).toHaveTextContent('Support ID: 63cb1df0-b82a-459e-accc-635e187f3b8b');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('resets when a resetKey changes (Object.is), and tells onReset why', async () => {
    let broken = true;
    function Page({ name }: { name: string }) {
      if (broken) throw new Error(`Cannot render ${name}`);
      return <p>{name}</p>;
    }
    const onReset = vi.fn();
    const ui = (pathname: string) => (
      <QueryClientProvider client={client}>
        <ApiErrorBoundary resetKeys={[pathname, Number.NaN]} onReset={onReset}>
          <Page name={pathname} />
        </ApiErrorBoundary>
      </QueryClientProvider>
    );
    const { rerender } = render(ui('/reports'));
    expect(screen.getByRole('region', { name: 'Something went wrong' })).toBeInTheDocument();
    // The same keys in a new array (NaN is NaN under Object.is) keep the failure on screen.
    rerender(ui('/reports'));
    expect(screen.getByRole('region', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(onReset).not.toHaveBeenCalled();

    broken = false;
    rerender(ui('/settings'));
    expect(screen.getByText('/settings')).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(onReset).toHaveBeenCalledWith({
      reason: 'keys',
      prev: ['/reports', Number.NaN],
      next: ['/settings', Number.NaN],
    });
  });

  it('resets the failed queries inside it when a resetKey changes, so they fetch again', async () => {
    const queryFn = answers(seed('500 ServerError (valid JSON)'));
    const ui = (pathname: string) => (
      <QueryClientProvider client={client}>
        <ApiErrorBoundary resetKeys={[pathname]}>
          <Profile queryFn={queryFn} />
        </ApiErrorBoundary>
      </QueryClientProvider>
    );
    const { rerender } = render(ui('/a'));
    await screen.findByRole('region', { name: 'Sorry, there is a problem with the service' });
    rerender(ui('/b'));
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('does not reset for keys that change in the same update as the throw', () => {
    function Page({ pathname }: { pathname: string }) {
      if (pathname === '/broken') throw new Error('Cannot render');
      return <p>{pathname}</p>;
    }
    const ui = (pathname: string) => (
      <QueryClientProvider client={client}>
        <ApiErrorBoundary resetKeys={[pathname]}>
          <Page pathname={pathname} />
        </ApiErrorBoundary>
      </QueryClientProvider>
    );
    const { rerender } = render(ui('/home'));
    rerender(ui('/broken'));
    expect(screen.getByRole('region', { name: 'Something went wrong' })).toBeInTheDocument();
  });

  it('calls onError with what it caught, and onReset on Try again', async () => {
    const user = userEvent.setup();
    const failure = seed('500 ServerError (valid JSON)');
    const onError = vi.fn();
    const onReset = vi.fn();
    renderInBoundary(<Profile queryFn={answers(failure)} />, { onError, onReset });
    await screen.findByRole('region');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(
      failure,
      expect.objectContaining({ componentStack: expect.stringContaining('Profile') }),
    );
    expect(onReset).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative-api', args: [] });
    await screen.findByText('Hello Ada');
  });

  it('catches errors thrown while rendering, outside any query', async () => {
    const user = userEvent.setup();
    let broken = true;
    function Widget() {
      if (broken) throw new Error('Cannot read properties of undefined');
      return <p>Widget</p>;
    }
    renderInBoundary(<Widget />, { onReset: () => (broken = false) });
    expect(screen.getByRole('region', { name: 'Something went wrong' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Widget')).toBeInTheDocument();
  });

  it('passes view props through to ApiErrorView', async () => {
    renderInBoundary(<Profile queryFn={answers(seed('500 ServerError (valid JSON)'))} />, {
      headingLevel: 1,
      supportHref: (id) => `/help/${id}`,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      '/help/63cb1df0-b82a-459e-accc-635e187f3b8b',
    );
  });
});

describe('ErrorFallback in react-error-boundary', () => {
  it('works as its FallbackComponent: the kit’s words for the error, and Try again resets the boundary', async () => {
    const user = userEvent.setup();
    let broken = true;
    function Widget() {
      if (broken)
        throw Object.assign(new Error('HTTP 503'), { status: 503, headers: { 'x-request-id': 'req-503' }, body: null });
      return <p>Widget</p>;
    }
    const onReset = vi.fn(() => (broken = false));
    render(
      <ErrorBoundary FallbackComponent={ErrorFallback} onReset={onReset}>
        <Widget />
      </ErrorBoundary>,
    );
    const notice = screen.getByRole('region', { name: 'Sorry, the service is unavailable' });
    expect(notice).toHaveTextContent('Support ID: req-503');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Widget')).toBeInTheDocument();
  });
});
