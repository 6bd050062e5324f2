import { fieldPath } from './fieldPath';
import { pick } from './parts';
import { sentence } from './text';
import type { FieldError } from './types';
import { isObject, type Loose } from './util';

/**
 * The most field errors one model holds. Enough for a bulk import's report (a thousand rows), while
 * a hostile body with millions of items still costs a bounded amount of work.
 */
export const MAX_FIELD_ERRORS = 1000;

export const fieldError = (field: string | undefined, message: string, code?: string): FieldError => {
  const error: { field?: string; message: string; code?: string } = { message };
  if (field) error.field = field;
  if (code) error.code = code;
  return error;
};

const join = (prefix?: string, field?: string) => (prefix && field ? prefix + '.' + field : prefix || field);

/** An error object (`{ field, message, code }` in any framework's spelling), or undefined. */
function itemError(item: Loose, prefix?: string): FieldError | undefined {
  const { message, field, code } = pick(item);
  return message ? fieldError(join(prefix, fieldPath(field ?? pick(item.source, 'field').field)), message, code) : undefined;
}

/**
 * Every message in a validation payload, wherever it sits: lists of strings (form-level), maps of
 * field to messages (Laravel, Rails, ASP.NET), nested objects and lists (DRF, Discord, Zod
 * `format`), and lists of error objects (most JSON APIs). Bounded in depth and count.
 */
/** A boxed string (`new String(..)`) is one message, not a map of its characters. */
const unboxed = (value: unknown): unknown => (value instanceof String ? String(value) : value);

export function collectFieldErrors(value: unknown, out: FieldError[] = [], path?: string, depth = 0): FieldError[] {
  if (out.length >= MAX_FIELD_ERRORS || depth > 8) return out;
  if (typeof value === 'string') {
    const message = sentence(value);
    if (message) out.push(fieldError(path, message));
  } else if (Array.isArray(value)) {
    value.slice(0, MAX_FIELD_ERRORS).forEach((entry, index) => {
      const item: unknown = unboxed(entry);
      const error = isObject(item) && !Array.isArray(item) ? itemError(item, path) : undefined;
      if (error) out.push(error);
      // A field's list of per-item maps (DRF nested serializers) is indexed by position; a top-level
      // list only gathers parts (Zod's `[formErrors, fieldErrors]`, Jira's messages and map).
      else collectFieldErrors(item, out, isObject(item) && path ? join(path, String(index)) : path, depth + 1);
    });
  } else if (isObject(value)) {
    // Form-level keys (`non_field_errors`, `_errors`, ...) keep the enclosing path.
    for (const key of Object.keys(value).slice(0, MAX_FIELD_ERRORS)) collectFieldErrors(unboxed(value[key]), out, join(path, fieldPath(key)), depth + 1);
  }
  return out;
}
