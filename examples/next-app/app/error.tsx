'use client';
import { ErrorFallback } from 'api-error-kit/react';

// In production Next.js hands this only React's generic message and a digest: the kit shows plain
// words and the digest as the support ID.
export default function Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorFallback error={error} resetErrorBoundary={reset} />;
}
