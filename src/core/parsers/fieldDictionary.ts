import { collectFieldErrors, MAX_FIELD_ERRORS } from '../fieldErrors';
import type { ParsedError } from '../types';
import { isObject, type Loose } from '../util';

/**
 * How many messages a tree of maps and lists holds when its only leaves are strings in lists (DRF
 * nests serializers as maps and lists of maps); -1 when anything else sits in it, such as a
 * `message` string, which makes it some other family's body.
 */
function messages(value: unknown, depth = 0): number {
  let count = 0;
  if (!isObject(value) || depth > 8) return -1;
  for (const item of Object.values(value).slice(0, MAX_FIELD_ERRORS)) {
    const found = typeof item === 'string' && Array.isArray(value) ? 1 : messages(item, depth + 1);
    if (found < 0) return -1;
    count += found;
  }
  return count;
}

/** The messages a map of field to messages holds, when that is what the body is. */
export function fieldMap(body: Loose): unknown {
  const keys = Object.keys(body);
  const source = keys.length === 1 && keys[0] === 'errors' ? body.errors : body;
  return messages(source) > 0 && source;
}

/**
 * A bare map of field to messages: Rails (`{ email: ["can't be blank"] }`, `{ errors: {..} }`,
 * `{ errors: ["Email can't be blank"] }`) and Django REST framework (nested serializers,
 * `non_field_errors`).
 */
export const fieldDictionary = (body: Loose): ParsedError => ({ fieldErrors: collectFieldErrors(fieldMap(body)) });
