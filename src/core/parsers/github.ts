import { fieldError, MAX_FIELD_ERRORS } from '../fieldErrors';
import { fieldPath } from '../fieldPath';
import { read } from '../read';
import { sentence } from '../text';
import type { FieldError, ParsedError } from '../types';
import type { Loose } from '../util';

/**
 * GitHub REST: `{ message, documentation_url, errors: [{ resource, field, code, message? }] }`.
 * Items carry a message only for `code: "custom"`; the others say what happened in the code.
 */
export function github(body: Loose): ParsedError {
  const fieldErrors: FieldError[] = [];
  for (const item of Array.isArray(body.errors) ? body.errors.slice(0, MAX_FIELD_ERRORS) : []) {
    const field = fieldPath(item?.field);
    const message = sentence(item?.message ?? item) ?? sentence(field && `${field}: ${String(item.code).replace(/_/g, ' ')}`);
    if (message) fieldErrors.push(fieldError(field, message, item?.code));
  }
  return Object.assign(read(body, []), { fieldErrors });
}
