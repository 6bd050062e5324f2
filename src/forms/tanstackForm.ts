import { fieldMessages, type FieldMessagesOptions } from '../react/fieldMessages';
import { bracketPath, own } from './notation';

/** What TanStack Form takes as a form-wide validation error: `{ form, fields }`. */
export interface TanStackFormErrors {
  /** Messages about the whole form, joined; shown by `form.state.errors` / `errorMap`. */
  form?: string;
  /** Field name (`items[0].name`) to its messages, joined; shown by `field.state.meta.errors`. */
  fields: Record<string, string>;
}

/**
 * A failed submit as TanStack Form's global validation error, to return from
 * `validators.onSubmitAsync` (kept until the next submit) or to pass as
 * `form.setErrorMap({ onServer: … })` (a field's message goes when that field changes or blurs).
 * Names use TanStack Form's notation (`items[0].name`); a failure without field errors gives its
 * own message at the form level, so a failed submit always says something.
 */
export function toTanStackFormErrors(error: unknown, options?: FieldMessagesOptions): TanStackFormErrors {
  const fields: Record<string, string> = {};
  let form: string | undefined;
  for (const { name, message } of fieldMessages(error, options)) {
    if (name === undefined) form = form ? `${form} ${message}` : message;
    else {
      const key = bracketPath(name);
      own(fields, key, Object.hasOwn(fields, key) ? `${fields[key]} ${message}` : message);
    }
  }
  return form === undefined ? { fields } : { form, fields };
}
