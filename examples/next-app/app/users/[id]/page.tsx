import { notFound } from 'next/navigation';
import { HttpError, normalizeError } from 'api-error-kit';
import { retryPolicy, throwOnError } from 'api-error-kit/query';
import { api } from '../../api';
import { RateLimited } from './RateLimited';

// Every request fetches: the API's answer is the point of the page.
export const dynamic = 'force-dynamic';

// Pure functions from the kit, run in a server component (no 'use client' on them).
const policy = retryPolicy();

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const response = await fetch(api(`/api/users/${encodeURIComponent(id)}`), { cache: 'no-store' });
  if (response.ok) {
    const user = (await response.json()) as { name: string };
    return <h1>{user.name}</h1>;
  }
  const failure = await HttpError.fromResponse(response);
  const error = normalizeError(failure);
  if (error.kind === 'not-found') notFound();
  // A 5xx goes to error.tsx; what a person can act on (here a rate limit) stays on the page.
  if (throwOnError(failure)) throw failure;
  return (
    <div data-server-retries={String(policy.retry(0, failure))} data-server-throws="false">
      <h1>User</h1>
      {/* A plain copy: `cause` (the HttpError) is not serializable and stays on the server. */}
      <RateLimited error={{ ...error }} />
    </div>
  );
}
