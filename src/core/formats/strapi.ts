import { isObject } from '../util';
import type { ErrorFormat } from './format';

/**
 * Strapi v4 and v5: `{ data: null, error: { status, name, message, details: { errors: [{ path, message }] } } }`;
 * `name` (`ValidationError`) is the code. https://docs.strapi.io/dev-docs/error-handling. Its `details` is an object;
 * LoopBack 4's `{ error: { name, code, details: [ … ] } }` (Katana's) holds a list and its own `code`, which the
 * structural reader reads.
 */
export const strapi: ErrorFormat = {
  name: 'strapi',
  keys: ['error'],
  test: ({ error }) => typeof error?.name === 'string' && isObject(error.details) && !Array.isArray(error.details),
  read: ({ error }) => ({ code: error.name }),
};
