import { sentence } from '../text';
import type { ParsedError } from '../types';
import type { Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * PostgREST and Supabase: `{ code, message, details, hint }`. The message is database text
 * ("duplicate key value violates unique constraint") and goes to `details`, except for `P0001`:
 * text the app raised on purpose with `RAISE EXCEPTION`. PostgREST already maps SQLSTATEs to statuses.
 */
const read = (body: Loose): ParsedError => ({
  code: body.code,
  message: body.code === 'P0001' ? sentence(body.message) : undefined,
  details: [body.message, body.details, body.hint].filter((part) => typeof part === 'string').join('\n'),
});

/** Known by `hint` and `details` beside a string `code`. https://docs.postgrest.org/en/stable/references/errors.html */
export const postgrest: ErrorFormat = {
  name: 'postgrest',
  keys: ['hint'],
  test: (b) => typeof b.code === 'string' && 'hint' in b && 'details' in b,
  read,
};
