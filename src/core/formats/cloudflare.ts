import type { ErrorFormat } from './format';

/**
 * Cloudflare API v4: `{ success: false, errors: [{ code, message }], messages: [], result: null }`.
 * https://developers.cloudflare.com/fundamentals/api/reference/
 */
export const cloudflare: ErrorFormat = {
  name: 'cloudflare',
  keys: ['success'],
  // Its `errors` list, always there: a `{ success: false, error }` is a `safeParse` result sent as it is (zod's).
  test: (b) => b.success === false && Array.isArray(b.errors),
};
