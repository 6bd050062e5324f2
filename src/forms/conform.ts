import { fieldMessages, type FieldMessagesOptions } from '../react/fieldMessages';
import { bracketPath, own } from './notation';

/** The error part of Conform's `submission.reply(options)`. */
export interface ConformErrors {
  /** Messages about the whole form: Conform's `form.errors`. */
  formErrors: string[];
  /** Field name (`items[0].name`) to its messages: Conform's `fields.<name>.errors`. */
  fieldErrors: Record<string, string[]>;
}

/**
 * A failed submit as the errors Conform's `submission.reply({ formErrors, fieldErrors })` takes,
 * one entry per message, names in Conform's notation (`items[0].name`). Plain data with no
 * functions, so a server action or a loader can return the reply. Spread it with other reply
 * options: `submission.reply({ ...toConformErrors(error), hideFields: ['password'] })`.
 */
export function toConformErrors(error: unknown, options?: FieldMessagesOptions): ConformErrors {
  const formErrors: string[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const { name, message } of fieldMessages(error, options)) {
    if (name === undefined) formErrors.push(message);
    else {
      const key = bracketPath(name);
      if (Object.hasOwn(fieldErrors, key)) fieldErrors[key]?.push(message);
      else own(fieldErrors, key, [message]);
    }
  }
  return { formErrors, fieldErrors };
}
