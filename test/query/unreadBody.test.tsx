import { render, screen, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { readApiError } from 'api-error-kit';
import { ApiErrorView } from 'api-error-kit/react';
import { retryPolicy, useQueryApiError } from 'api-error-kit/query';
import type { ConformanceCase } from '../conformance/types';
import { conformanceCase, startCaseServer, type CaseServer } from '../react/caseServer';
import { resetAnnouncer } from '../react/helpers';

// Real responses from the corpus; each case names its source in test/conformance/cases.
const OUT_OF_CREDIT = conformanceCase('rfc9457/out-of-credit'); // 403 problem+json, RFC 9457 §3
// A 400 whose body says it is a rate limit: Stripe's API before 2015-09-18 (codecombat#2588, stripe-python#185).
const STRIPE_RATE_LIMIT = conformanceCase('stripe/legacy-rate-limit-400');

let server: CaseServer;
beforeAll(async () => {
  server = await startCaseServer([OUT_OF_CREDIT, STRIPE_RATE_LIMIT]);
});
afterAll(() => server.close());

let client: QueryClient;
beforeEach(() => {
  resetAnnouncer();
  // Retries at once, so the test waits for no backoff.
  client = new QueryClient({ defaultOptions: { queries: retryPolicy({ maxRetries: 1, baseDelay: 0 }) } });
});

/** The fetch of an app that throws the failed `Response` as it is. */
const throwResponse = (c: ConformanceCase) => async (): Promise<string> => {
  const res = await server.respond(c);
  if (!res.ok) throw res;
  return res.text();
};

/** The documented pattern: the `queryFn` reads the body, so the query's error is the full model. */
const throwFullModel = (c: ConformanceCase) => async (): Promise<string> => {
  const res = await server.respond(c);
  if (!res.ok) throw await readApiError(res);
  return res.text();
};

function Account({ queryFn }: { queryFn: () => Promise<string> }) {
  const query = useQuery({ queryKey: ['account'], queryFn });
  const { error, retry } = useQueryApiError(query);
  if (query.isPending) return <p>Loading…</p>;
  return error ? <ApiErrorView error={error} onRetry={retry} /> : <p>{query.data}</p>;
}

const renderAccount = (queryFn: () => Promise<string>) =>
  render(
    <QueryClientProvider client={client}>
      <Account queryFn={queryFn} />
    </QueryClientProvider>,
  );

describe('TanStack Query with a body not read yet', () => {
  it('a thrown Response: useQueryApiError shows the full model once the body is read', async () => {
    renderAccount(throwResponse(OUT_OF_CREDIT));
    expect(await screen.findByText('Your current balance is 30, but that costs 50.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'You do not have access' })).toBeInTheDocument();
  });

  it('a thrown Response: the retry policy has only the status, so a 400 is not retried', async () => {
    const queryFn = vi.fn(throwResponse(STRIPE_RATE_LIMIT));
    renderAccount(queryFn);
    // The notice still upgrades to what the body says.
    expect(await screen.findByText('Request rate limit exceeded')).toBeInTheDocument();
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('readApiError in the queryFn: the retry policy sees the body, and retries a rate limit the body names', async () => {
    const queryFn = vi.fn(throwFullModel(STRIPE_RATE_LIMIT));
    renderAccount(queryFn);
    expect(await screen.findByText('Request rate limit exceeded')).toBeInTheDocument();
    await waitFor(() => expect(queryFn).toHaveBeenCalledTimes(2));
    expect(client.getQueryState(['account'])?.error).toMatchObject({
      kind: 'rate-limited',
      status: 400,
      code: 'rate_limit',
    });
  });
});
