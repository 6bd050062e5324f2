import type { ErrorFormat } from './format';

/**
 * Strapi v4 and v5: `{ data: null, error: { status, name, message, details: { errors: [{ path, message }] } } }`;
 * `name` (`ValidationError`) is the code. https://docs.strapi.io/dev-docs/error-handling
 */
export const strapi: ErrorFormat = {
  name: 'strapi',
  keys: ['error'],
  test: ({ error }) => typeof error?.name === 'string' && error.details,
  read: ({ error }) => ({ code: error.name }),
};
