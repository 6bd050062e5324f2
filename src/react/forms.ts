import { fieldMessages, type FieldMessagesOptions } from './fieldMessages';

export interface FieldErrorRecordOptions extends FieldMessagesOptions {
  /**
   * Where messages about the whole form go.
   * @default 'root.serverError' (react-hook-form's convention)
   */
  rootKey?: string;
}

/**
 * Field name to message for every field error (several messages for one field are joined), with
 * form-level messages under `rootKey`; when there are no field errors at all, the error's own
 * message goes there, so a failed submit always says something. A null-prototype object, so server
 * paths such as `__proto__` stay plain keys.
 */
export function toFieldErrorRecord(error: unknown, options: FieldErrorRecordOptions = {}): Record<string, string> {
  const rootKey = options?.rootKey ?? 'root.serverError';
  const record: Record<string, string> = Object.create(null);
  for (const { name = rootKey, message } of fieldMessages(error, options))
    record[name] = record[name] ? `${record[name]} ${message}` : message;
  return record;
}

/**
 * react-hook-form's `setError`, typed structurally so the kit does not depend on it. Generic in the
 * field names, so `form.setError` of a typed form fits.
 */
export type SetError<TName extends string = string> = (
  name: TName,
  error: { type: string; message: string },
  options?: { shouldFocus: boolean },
) => void;

/**
 * Puts a failed submit's messages where react-hook-form shows them: each field's message on the
 * field (`type: "server"`), the rest on `root.serverError`. Focuses the first field with an error
 * unless `shouldFocus` is false. Returns the names it set.
 */
export function applyFieldErrors<TName extends string>(
  error: unknown,
  setError: SetError<TName>,
  options: FieldErrorRecordOptions & { shouldFocus?: boolean } = {},
): string[] {
  const rootKey = options.rootKey ?? 'root.serverError';
  const entries = Object.entries(toFieldErrorRecord(error, options));
  let focus = options.shouldFocus ?? true;
  for (const [name, message] of entries) {
    const field = name !== rootKey;
    // Server paths are the form's names (or mapped to them); they cannot be checked against the form's type.
    setError(name as TName, { type: 'server', message }, { shouldFocus: field && focus });
    if (field) focus = false;
  }
  return entries.map(([name]) => name);
}
