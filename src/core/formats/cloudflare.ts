import type { ErrorFormat } from './format';

/**
 * Cloudflare API v4: `{ success: false, errors: [{ code, message }], messages: [], result: null }`.
 * https://developers.cloudflare.com/fundamentals/api/reference/
 */
export const cloudflare: ErrorFormat = {
  name: 'cloudflare',
  keys: ['success'],
  test: (b) => b.success === false,
};
