import type { ReadingOptions } from 'api-error-kit';
import { readingOf } from './reading';
import { fieldMapping, fieldName, type FieldPathMapping } from './fieldResolver';

/** What every form adapter (react-hook-form, TanStack Form, Conform, Formik) takes. */
export interface FieldMessagesOptions extends ReadingOptions {
  /**
   * Server path to the form's field name (`{ first_name: 'firstName' }` or a function); keys match in
   * any case and notation. A path that maps to `''`, or that a function maps to `undefined`, goes to
   * the form level; unmapped paths keep the name the components use for them too (`items.0.name`;
   * ASP.NET's `Email` camelCased to `email`), which each adapter writes in its library's notation.
   * @default undefined (every path keeps that name)
   */
  fieldNames?: FieldPathMapping;
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
  const { fieldNames } = options ?? {};
  // Anything but a function or an array of parsers that a JavaScript caller passes is none.
  const { normalize, parsers } = readingOf(options ?? {});
  const apiError = normalize(error, { parsers });
  // The names the components resolve too: a field's name here is the id `ErrorSummary` links to and `FieldError`
  // wires up.
  const rename = fieldMapping(fieldNames);
  const messages: FieldMessage[] = apiError.fieldErrors.map(({ field, message }) => {
    const name = field && fieldName(field);
    const renamed = name && rename(name);
    // A function that answers nothing, or any `''`, sends the message to the form level; a record renames only what
    // it lists.
    return { name: (typeof fieldNames === 'function' ? renamed : (renamed ?? name)) || undefined, message };
  });
  return messages.length ? messages : [{ name: undefined, message: apiError.message }];
}
