import { isObject } from '../util';
import type { ErrorFormat } from './format';

/**
 * Discord: `{ code: 50035, message, errors: { a: { 0: { b: { _errors: [{ code, message }] } } } } }`; on a
 * 429, `{ message, retry_after, global }` with `retry_after` in seconds.
 * https://discord.com/developers/docs/reference#error-messages
 */
export const discord: ErrorFormat = {
  name: 'discord',
  keys: ['message'],
  test: (b) =>
    typeof b.message === 'string' &&
    ('retry_after' in b || 'global' in b || (typeof b.code === 'number' && isObject(b.errors))),
};
