import type { ErrorFormat } from './format';

/**
 * OAuth 2.0 token and redirect errors: `{ error: "invalid_grant", error_description, error_uri }`
 * (RFC 6749 §5.2 and §4.1.2.1, RFC 6750, OpenID Connect). https://www.rfc-editor.org/rfc/rfc6749#section-5.2
 */
export const oauth: ErrorFormat = {
  name: 'oauth',
  keys: ['error'],
  test: (b) => typeof b.error === 'string' && /^[a-z][a-z\d_]*$/.test(b.error),
};
