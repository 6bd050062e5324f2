import { fieldPath } from './fieldPath';
import { sentence } from './text';
import type { FieldError } from './types';
import { first, isObject, statusOf, str, type Loose } from './util';

/** Where a human sentence may sit, most specific first; `title` is the last resort. */
export const MESSAGE_KEYS = [
  'message', 'Message', 'ErrorMessage', 'error_description', 'errorMessage', 'error_message', 'detail', 'description',
  'Description', 'defaultMessage', 'localizedMessage', 'msg', 'reason', 'title',
];
// `name` last: Strapi items carry an error class in `name` next to the real `path`.
const FIELD_KEYS = ['field', 'path', 'loc', 'pointer', 'attr', 'param', 'propertyName', 'property', 'target', 'parameter', 'name'];
const CODE_KEYS = ['code', 'error_code', 'errorCode', 'type', 'rule', 'reason'];

/**
 * A machine code: one word. Sentences (`reason` is prose in RFC 7807's `invalid-params`), statuses,
 * express-validator's `type: "field"` and Contensis' `type: "error"` are not codes.
 */
export const codeOf = (value: unknown): string | undefined => {
  const code = statusOf(value) ? undefined : str(value);
  return code && !/\s|^(?:field|error|about:blank)$/.test(code) ? code : undefined;
};
export const codeIn = (value: unknown) => first(value, CODE_KEYS, codeOf);

export const fieldError = (field: string | undefined, message: string, code?: string): FieldError => {
  const error: { field?: string; message: string; code?: string } = { message };
  if (field) error.field = field;
  if (code) error.code = code;
  return error;
};

const join = (prefix?: string, field?: string) => (prefix && field ? prefix + '.' + field : prefix || field);

/** An error object (`{ field, message, code }` in any framework's spelling), or undefined. */
function itemError(item: Loose, prefix?: string): FieldError | undefined {
  const message = first(item, MESSAGE_KEYS, sentence);
  const path = first(item, FIELD_KEYS, (value) => value) ?? first(item.source, FIELD_KEYS, (value) => value);
  return message ? fieldError(join(prefix, fieldPath(path)), message, codeIn(item)) : undefined;
}

/**
 * Every message in a validation payload, wherever it sits: lists of strings (form-level), maps of
 * field to messages (Laravel, Rails, ASP.NET), nested objects and lists (DRF, Discord, Zod
 * `format`), and lists of error objects (most JSON APIs). Bounded in depth and count.
 */
export function collectFieldErrors(value: unknown, out: FieldError[] = [], path?: string, depth = 0): FieldError[] {
  if (out.length > 99 || depth > 8) return out;
  if (typeof value === 'string') {
    const message = sentence(value);
    if (message) out.push(fieldError(path, message));
  } else if (Array.isArray(value)) {
    value.slice(0, 100).forEach((item, index) => {
      const error = isObject(item) && !Array.isArray(item) ? itemError(item, path) : undefined;
      if (error) out.push(error);
      // A field's list of per-item maps (DRF nested serializers) is indexed by position; a top-level
      // list only gathers parts (Zod's `[formErrors, fieldErrors]`, Jira's messages and map).
      else collectFieldErrors(item, out, isObject(item) && path ? join(path, String(index)) : path, depth + 1);
    });
  } else if (isObject(value)) {
    // Form-level keys (`non_field_errors`, `_errors`, ...) keep the enclosing path.
    for (const key of Object.keys(value).slice(0, 100)) collectFieldErrors(value[key], out, join(path, fieldPath(key)), depth + 1);
  }
  return out;
}
