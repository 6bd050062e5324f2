import { describe, expect, it } from 'vitest';
import { normalizeError } from '../../src';

// Next.js `error.tsx` receives `error: Error & { digest?: string }` (nextjs.org/docs/app/api-reference/
// file-conventions/error: "error.digest: An automatically generated hash of the error thrown in a
// Server Component. It can be used to match the corresponding error in server-side logs"). Next is
// not installed here; the values are built as React's Flight client builds them in production.

/**
 * React error #441 (react.dev/errors/441); Next's own tests compare against it (vercel/next.js
 * test/e2e/app-dir/use-cache/use-cache.test.ts, GENERIC_RSC_ERROR).
 */
const GENERIC_RSC_ERROR =
  'An error occurred in the Server Components render. The specific message is omitted in production builds to avoid leaking sensitive details. A digest property is included on this error instance which may provide additional details about the nature of the error.';

/** Next's digest is a string hash of the server error's message and stack, in decimal. */
const DIGEST = '1800082468';

function serverError(message: string, digest: string): Error & { digest: string } {
  const error = new Error(message) as Error & { digest: string };
  // React's production Flight client: the stack is only the message, the digest is attached.
  error.stack = `Error: ${message}`;
  error.digest = digest;
  return error;
}

describe('Next.js error.tsx', () => {
  it("a production Server Component error: a server failure, the digest is the support ID, React's text is not for people", () => {
    const model = normalizeError(serverError(GENERIC_RSC_ERROR, DIGEST));
    expect(model).toMatchObject({ kind: 'server', logId: DIGEST, message: 'Try again later.', retryable: true });
    expect(model.title).not.toContain('Server Components');
    expect(model.details).toContain('An error occurred in the Server Components render');
  });

  it("in development the server's own message arrives with the digest: still developer text", () => {
    const model = normalizeError(serverError('password authentication failed for user "postgres"', DIGEST));
    expect(model).toMatchObject({ kind: 'server', logId: DIGEST });
    expect(model.message).not.toContain('postgres');
    expect(model.details).toContain('password authentication failed');
  });

  it("Next's control-flow digests are no support ID", () => {
    // next/dist/client/components/redirect-error: `NEXT_REDIRECT;replace;/login;307;`
    const model = normalizeError(serverError('NEXT_REDIRECT', 'NEXT_REDIRECT;replace;/login;307;'));
    expect(model.logId).toBeUndefined();
    expect(model.kind).toBe('unknown');
  });

  it('an error from a Client Component has no digest: nothing to quote', () => {
    const model = normalizeError(new TypeError("Cannot read properties of undefined (reading 'name')"));
    expect(model.logId).toBeUndefined();
  });
});
