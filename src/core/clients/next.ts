import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { str, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * The error Next.js hands `error.tsx`: a failure on the server (a Server Component render, a Server
 * Action) arrives as `Error & { digest }`, in production with React's generic message instead of
 * the server's. The digest is what the server logged it under: the support ID to quote. Next's own
 * control-flow digests (`NEXT_REDIRECT;…`, `NEXT_HTTP_ERROR_FALLBACK;404`, `DYNAMIC_SERVER_USAGE`)
 * never reach `error.tsx` and are no support ID.
 */
export function nextError(error: Loose): Source | undefined {
  const { digest } = error;
  if (!digest || /^[A-Z_]+(?:;|$)/.test(digest)) return undefined;
  // The body carries the digest where every reader finds a support id.
  return {
    header: NO_HEADERS,
    kind: 'server',
    body: { logId: digest },
    details: str(error.stack) ?? str(error.message),
  };
}

export const nextErrors: ErrorClient = {
  test: (error) => typeof error.digest === 'string',
  read: nextError,
};
