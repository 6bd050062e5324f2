import { useQuery } from '@tanstack/react-query';
import { ApiErrorBoundary, retryPolicy, throwOnError } from 'api-error-kit/query';
import { request } from '../api';

// The kit's retry policy: a 502 is worth one quick automatic retry before the person sees it.
const policy = retryPolicy({ maxRetries: 1, baseDelay: 200 });

function Status() {
  // `throwOnError` sends the 502 (unavailable) to the nearest ApiErrorBoundary.
  const query = useQuery({
    queryKey: ['status'],
    queryFn: () => request<{ status: string }>('/api/status'),
    ...policy,
    throwOnError,
  });
  if (query.isPending) return <p role="status">Loading…</p>;
  return <p>{query.data?.status}</p>;
}

/**
 * An nginx 502 HTML page (seed 001's row): never shown as HTML, only "the service is unavailable"
 * and the gateway's `X-Request-Id` (exposed by CORS) as the support ID. Try again resets the boundary.
 */
export function BadGateway() {
  return (
    <ApiErrorBoundary>
      <Status />
    </ApiErrorBoundary>
  );
}
