import { isObject, statusOf } from '../util';
import type { ErrorFormat } from './format';

/**
 * An envelope with the error under `meta`: `{ meta: { status, error: { status, type, message, errors: [] } } }`;
 * `type` (`ValidationFailure`, `AlreadyExists`) is the code. Seed 003 (`../shared/seeds/`).
 */
export const metaEnvelope: ErrorFormat = {
  name: 'meta-envelope',
  keys: ['meta'],
  test: (b) => isObject(b.meta?.error),
  read: ({ meta }) => ({ status: statusOf(meta.error.status) ?? statusOf(meta.status) }),
};
