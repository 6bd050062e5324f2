import { useQuery } from '@tanstack/react-query';
import { ApiErrorView } from 'api-error-kit/react';
import { request } from '../api';

/**
 * Seed 004's Contensis 500 (`logId`, `message`, `data`) carrying seed 000's `FullException`: the
 * notice shows the support ID with Copy and the provider's support link; the stack trace stays out
 * of the page (no `debug`).
 */
export function ServerError() {
  const query = useQuery({
    queryKey: ['entry'],
    queryFn: () => request<{ title: string }>('/api/entries/ba8a92bd-0e5f-465e-acec-3cdb3db38df6'),
  });
  if (query.error) return <ApiErrorView error={query.error} onRetry={() => void query.refetch()} />;
  if (query.isPending) return <p role="status">Loading…</p>;
  return <p>{query.data.title}</p>;
}
