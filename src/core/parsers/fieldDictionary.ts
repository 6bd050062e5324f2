import { collectFieldErrors } from '../fieldErrors';
import type { ParsedError } from '../types';
import { isObject, type Loose } from '../util';

/** The messages a map of field to messages holds, when that is what the body is. */
export function fieldMap(body: Loose): unknown {
  const keys = Object.keys(body);
  const source = keys.length === 1 && keys[0] === 'errors' ? body.errors : body;
  const values: unknown[] = Array.isArray(source) ? [source] : Object.values(source ?? {}).slice(0, 100);
  const hasMessages = values.some((value) => Array.isArray(value) && value.some((item) => typeof item === 'string'));
  return hasMessages && values.every(isObject) && source;
}

/**
 * A bare map of field to messages: Rails (`{ email: ["can't be blank"] }`, `{ errors: {..} }`,
 * `{ errors: ["Email can't be blank"] }`) and Django REST framework (nested serializers,
 * `non_field_errors`).
 */
export const fieldDictionary = (body: Loose): ParsedError => ({ fieldErrors: collectFieldErrors(fieldMap(body)) });
