import { normalizeError, type ErrorParser } from 'api-error-kit';
import type { FieldMap } from './context';
import { lookup } from './fieldMap';

/** What every form adapter (react-hook-form, TanStack Form, Conform, Formik) takes. */
export interface FieldMessagesOptions {
  /**
   * Server path to the form's field name (`{ 'data.attributes.first_name': 'firstName' }` or a
   * function). A path that maps to `undefined` or `''` goes to the form level; unmapped paths keep
   * their canonical name (`items.0.name`), which each adapter writes in its library's notation.
   * @default undefined (every path keeps its canonical name)
   */
  fieldNames?: FieldMap;
  /**
   * Parsers for bodies the kit does not read by itself, tried first (as in `normalizeError`).
   * @default undefined (the built-in parsers only)
   */
  parsers?: readonly ErrorParser[];
}

/** One message and the form field it belongs to; `name` is undefined for the form level. */
export interface FieldMessage {
  readonly name: string | undefined;
  readonly message: string;
}

/**
 * Every message of a failure, each with the form's name for its field (after `fieldNames`), in the
 * server's order. With no field errors at all, the error's own message at the form level, so a
 * failed submit always says something. The one place where server paths become form names.
 */
export function fieldMessages(error: unknown, options: FieldMessagesOptions = {}): FieldMessage[] {
  const { fieldNames, parsers } = options ?? {};
  const apiError = normalizeError(error, { parsers: Array.isArray(parsers) ? [...parsers] : undefined });
  const messages: FieldMessage[] = apiError.fieldErrors.map(({ field, message }) => ({
    // A record renames only the paths it lists; `lookup` alone would send every other field to the form level.
    name: (field && (typeof fieldNames === 'function' || (fieldNames && Object.hasOwn(fieldNames, field)) ? lookup(fieldNames, field) : field)) || undefined,
    message,
  }));
  return messages.length ? messages : [{ name: undefined, message: apiError.message }];
}
