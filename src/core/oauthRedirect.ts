import { normalizeError } from './normalizeError';
import { oauthParams } from './oauthParams';
import type { ApiError } from './types';

/**
 * Reads an OAuth 2.0 authorization error from the URL the provider redirected back to (RFC 6749
 * §4.1.2.1, query for the code flow, fragment for the implicit flow). Returns null when the URL
 * carries no error. `access_denied` becomes `forbidden`; `login_required` becomes `unauthenticated`.
 */
export function parseOAuthRedirect(url: string | URL): ApiError | null {
  let params: Record<string, string> | undefined;
  try {
    params = oauthParams(url);
  } catch {
    return null;
  }
  return params ? normalizeError({ headers: {}, body: params }) : null;
}
