'use client';
import { useRouter } from 'next/navigation';
import { RateLimitNotice } from 'api-error-kit/react';

/** The countdown is rendered on the server and hydrated; when it is over, the page is fetched again. */
export function RateLimited({ error }: { error: unknown }) {
  const router = useRouter();
  return <RateLimitNotice error={error} onRetry={() => router.refresh()} />;
}
