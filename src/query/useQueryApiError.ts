import * as React from 'react';
import { onlineManager } from '@tanstack/react-query';
import type { ApiError } from 'api-error-kit';
import { useApiError } from 'api-error-kit/react';

/** The parts of a `useQuery` or `useMutation` result this hook reads. */
export interface QueryLike {
  error: unknown;
  refetch?: () => unknown;
  mutate?: (variables: never) => unknown;
  variables?: unknown;
  isPaused?: boolean;
  fetchStatus?: string;
}

export interface QueryApiError {
  error: ApiError | null;
  /** Refetches the query, or sends the mutation again with its last variables. */
  retry: () => void;
  /** The query wants to fetch but is waiting for the network to come back. */
  isPaused: boolean;
  isOffline: boolean;
}

const subscribe = (listener: () => void) => onlineManager.subscribe(listener);

/**
 * A query's or mutation's error as an `ApiError`, with a `retry` that refetches (or re-sends the
 * mutation) and TanStack Query's paused/offline state, ready for `ApiErrorView`.
 */
export function useQueryApiError(query: QueryLike): QueryApiError {
  const error = useApiError(query.error);
  const online = React.useSyncExternalStore(
    subscribe,
    () => onlineManager.isOnline(),
    () => true,
  );
  const { refetch, mutate, variables } = query;
  const retry = React.useCallback(() => {
    if (refetch) void refetch();
    else mutate?.(variables as never);
  }, [refetch, mutate, variables]);
  return { error, retry, isPaused: query.isPaused ?? query.fetchStatus === 'paused', isOffline: !online };
}
