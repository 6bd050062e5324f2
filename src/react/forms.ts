import { fieldMessages, type FieldMessagesOptions } from './fieldMessages';

export interface FieldErrorMapOptions extends FieldMessagesOptions {
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
export function toFieldErrorMap(error: unknown, options: FieldErrorMapOptions = {}): Record<string, string> {
  const rootKey = options?.rootKey ?? 'root.serverError';
  const map: Record<string, string> = Object.create(null);
  for (const { name = rootKey, message } of fieldMessages(error, options)) map[name] = map[name] ? `${map[name]} ${message}` : message;
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
