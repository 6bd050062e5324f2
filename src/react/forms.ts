import { normalizeError, type ErrorParser } from 'api-error-kit';
import type { FieldMap } from './context';
import { lookup } from './fieldMap';

export interface FieldErrorMapOptions {
  /**
   * Server path to the form's field name (`{ 'data.attributes.first_name': 'firstName' }` or a
   * function). A path that maps to `undefined` or `''` goes to the form level; unmapped paths
   * keep their canonical name (react-hook-form uses the same dot notation: `items.0.name`).
   */
  fieldNames?: FieldMap;
  /** Where messages about the whole form go. Default `root.serverError` (react-hook-form's convention). */
  rootKey?: string;
  parsers?: readonly ErrorParser[];
}

/**
 * Field name to message for every field error (several messages for one field are joined), with
 * form-level messages under `rootKey`; when there are no field errors at all, the error's own
 * message goes there, so a failed submit always says something. A null-prototype object, so server
 * paths such as `__proto__` stay plain keys.
 */
export function toFieldErrorMap(error: unknown, options: FieldErrorMapOptions = {}): Record<string, string> {
  const { fieldNames, rootKey = 'root.serverError', parsers } = options;
  const apiError = normalizeError(error, { parsers: parsers && [...parsers] });
  const map: Record<string, string> = Object.create(null);
  const add = (name: string, message: string) => (map[name] = map[name] ? `${map[name]} ${message}` : message);
  for (const { field, message } of apiError.fieldErrors) {
    // A record renames only the paths it lists; `lookup` alone would send every other field to the form level.
    const name = field && (typeof fieldNames === 'function' || (fieldNames && Object.hasOwn(fieldNames, field)) ? lookup(fieldNames, field) : field);
    add(name || rootKey, message);
  }
  if (!apiError.fieldErrors.length) add(rootKey, apiError.message);
  return map;
}

/**
 * react-hook-form's `setError`, typed structurally so the kit does not depend on it. Generic in the
 * field names, so `form.setError` of a typed form fits.
 */
export type SetError<TName extends string = string> = (name: TName, error: { type: string; message: string }, options?: { shouldFocus: boolean }) => void;

/**
 * Puts a failed submit's messages where react-hook-form shows them: each field's message on the
 * field (`type: "server"`), the rest on `root.serverError`. Focuses the first field with an error
 * unless `shouldFocus` is false. Returns the names it set.
 */
export function applyFieldErrors<TName extends string>(error: unknown, setError: SetError<TName>, options: FieldErrorMapOptions & { shouldFocus?: boolean } = {}): string[] {
  const rootKey = options.rootKey ?? 'root.serverError';
  const entries = Object.entries(toFieldErrorMap(error, options));
  let focus = options.shouldFocus ?? true;
  for (const [name, message] of entries) {
    const field = name !== rootKey;
    // Server paths are the form's names (or mapped to them); they cannot be checked against the form's type.
    setError(name as TName, { type: 'server', message }, { shouldFocus: field && focus });
    if (field) focus = false;
  }
  return entries.map(([name]) => name);
}
