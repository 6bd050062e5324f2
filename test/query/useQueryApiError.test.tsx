import * as React from 'react';
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onlineManager, QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { ApiErrorView } from 'api-error-kit/react';
import { useQueryApiError } from 'api-error-kit/query';
import { resetAnnouncer, response, seed } from '../react/helpers';

let client: QueryClient;
beforeEach(() => {
  resetAnnouncer();
  client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
});
afterEach(() => {
  act(() => onlineManager.setOnline(true));
  client.clear();
});

const withClient = (node: React.ReactNode) => render(<QueryClientProvider client={client}>{node}</QueryClientProvider>);

function Orders({ queryFn }: { queryFn: () => Promise<string[]> }) {
  const query = useQuery({ queryKey: ['orders'], queryFn });
  const { error, retry, isPaused, isOffline } = useQueryApiError(query);
  return (
    <>
      <p>
        {isPaused ? 'paused' : 'not paused'}, {isOffline ? 'offline' : 'online'}
      </p>
      {error ? (
        <ApiErrorView error={error} onRetry={retry} />
      ) : (
        <p>{query.data ? `${query.data.length} orders` : 'Loading'}</p>
      )}
      <output>{error ? `${error.kind} ${error.status}` : 'no error'}</output>
    </>
  );
}

describe('useQueryApiError', () => {
  it('gives the query’s error as an ApiError, and retry refetches', async () => {
    const user = userEvent.setup();
    const queryFn = vi
      .fn()
      .mockRejectedValueOnce(seed('500 ServerError (valid JSON)'))
      .mockResolvedValue(['A-1', 'A-2']);
    withClient(<Orders queryFn={queryFn} />);
    expect(await screen.findByText('server 500')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('2 orders')).toBeInTheDocument();
    expect(screen.getByText('no error')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(2);
  });

  it('gives the same ApiError on every render while the error stays', async () => {
    const seen: unknown[] = [];
    function Probe() {
      const query = useQuery({ queryKey: ['probe'], queryFn: () => Promise.reject(response(404)) });
      const { error } = useQueryApiError(query);
      if (error) seen.push(error);
      return <p>{query.fetchStatus}</p>;
    }
    const { rerender } = withClient(<Probe />);
    await screen.findByText('idle');
    rerender(
      <QueryClientProvider client={client}>
        <Probe />
      </QueryClientProvider>,
    );
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(1);
  });

  it('says when the device is offline (onlineManager), and when it is back', async () => {
    withClient(<Orders queryFn={() => Promise.resolve(['A-1'])} />);
    await screen.findByText('1 orders');
    expect(screen.getByText('not paused, online')).toBeInTheDocument();
    act(() => onlineManager.setOnline(false));
    expect(screen.getByText('not paused, offline')).toBeInTheDocument();
    act(() => onlineManager.setOnline(true));
    expect(screen.getByText('not paused, online')).toBeInTheDocument();
  });

  it('says when the query is paused waiting for the network, and it fetches once back online', async () => {
    act(() => onlineManager.setOnline(false));
    const queryFn = vi.fn(() => Promise.resolve(['A-1', 'A-2', 'A-3']));
    withClient(<Orders queryFn={queryFn} />);
    expect(await screen.findByText('paused, offline')).toBeInTheDocument();
    expect(queryFn).not.toHaveBeenCalled();
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByText('3 orders')).toBeInTheDocument();
    expect(screen.getByText('not paused, online')).toBeInTheDocument();
  });

  it('re-sends a mutation with its last variables', async () => {
    const user = userEvent.setup();
    const mutationFn = vi.fn().mockRejectedValueOnce(response(503)).mockResolvedValue('saved');
    function Save() {
      const mutation = useMutation({ mutationFn });
      const { error, retry } = useQueryApiError(mutation);
      return (
        <>
          <button type="button" onClick={() => mutation.mutate({ id: 7, name: 'Desk lamp' })}>
            Save
          </button>
          {error && <ApiErrorView error={error} onRetry={retry} />}
          {mutation.isSuccess && <p>Saved</p>}
        </>
      );
    }
    withClient(<Save />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Saved')).toBeInTheDocument();
    expect(mutationFn).toHaveBeenCalledTimes(2);
    expect(mutationFn.mock.calls[1]![0]).toEqual({ id: 7, name: 'Desk lamp' });
  });

  it('says when a mutation is paused waiting for the network', async () => {
    const user = userEvent.setup();
    act(() => onlineManager.setOnline(false));
    const mutationFn = vi.fn(() => Promise.resolve('saved'));
    function Save() {
      const mutation = useMutation({ mutationFn });
      const { isPaused, isOffline } = useQueryApiError(mutation);
      return (
        <>
          <button type="button" onClick={() => mutation.mutate()}>
            Save
          </button>
          <p>
            {[isPaused && 'paused', isOffline && 'offline', mutation.isSuccess && 'saved'].filter(Boolean).join(', ')}
          </p>
        </>
      );
    }
    withClient(<Save />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('paused, offline')).toBeInTheDocument();
    expect(mutationFn).not.toHaveBeenCalled();
    act(() => onlineManager.setOnline(true));
    expect(await screen.findByText('saved')).toBeInTheDocument();
  });

  it('gives null and a harmless retry when there is no error', () => {
    const { result } = renderHook(() => useQueryApiError({ error: null }));
    expect(result.current.error).toBeNull();
    expect(result.current.isPaused).toBe(false);
    expect(() => result.current.retry()).not.toThrow();
  });
});
