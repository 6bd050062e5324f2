import { useQuery } from '@tanstack/react-query';
import { ApiErrorView } from 'api-error-kit/react';
import { request } from '../api';

/**
 * A 429 (seed 001) and, on the person's retry, the data. With `Retry-After` exposed by CORS the
 * notice counts down and keeps Try again disabled until then; from the endpoint that does not
 * expose it, the browser hides the header and the notice says to wait a moment. This page leaves
 * the retry to the person (`autoRetry={false}`); the Quick start shows the default, which retries by itself.
 */
function Limited({ path, noun }: { path: string; noun: string }) {
  const query = useQuery({ queryKey: [path], queryFn: () => request<Record<string, string[]>>(path) });
  if (query.error) return <ApiErrorView error={query.error} onRetry={() => void query.refetch()} autoRetry={false} />;
  if (query.isPending) return <p role="status">Loading…</p>;
  return (
    <>
      <h2>Your {noun}</h2>
      <ul>
        {(query.data[noun] ?? []).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

export const RateLimited = () => <Limited path="/api/reports" noun="reports" />;
export const RateLimitedHiddenHeaders = () => <Limited path="/api/exports" noun="exports" />;
