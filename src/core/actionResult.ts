import { normalizeError } from './normalizeError';
import type { ApiError, ApiFieldError, NormalizeOptions } from './types';

/**
 * The model as plain data that crosses from a server action to the browser: no `cause` (the thrown
 * value, which may hold a response, a stack or secrets), no `details` (developer text: log it on
 * the server) and no `data`. The kit's components take it as their `error`.
 */
export type ActionApiError = Omit<ApiError, 'cause' | 'details' | 'data'>;

/** What a server action returns when it failed: for `useActionState`. */
export interface ActionErrorResult {
  readonly ok: false;
  readonly error: ActionApiError;
  /**
   * What the person sent, by field name (a list for a name sent several times), for the fields'
   * `defaultValue`: React resets a form after its action, and this puts their input back.
   */
  readonly values: Readonly<Record<string, string | string[]>>;
}

export interface ActionErrorOptions extends NormalizeOptions {
  /**
   * The action's form data, echoed back in `values`. Files are never echoed.
   * @default undefined (`values` is empty)
   */
  formData?: FormData;
  /**
   * Field names whose value is not sent back, as browsers never refill a password.
   * @default names that contain "password" (any case)
   */
  omit?: (name: string) => boolean;
}

const secret = (name: string) => /password/i.test(name);

const put = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** Copies only the members that are set, so the JSON and the `structuredClone` of the result agree. */
function defined<T extends object>(entries: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) out[key] = value;
  return out as T;
}

function echo(formData: unknown, omit: (name: string) => boolean): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  try {
    for (const [name, value] of formData as FormData) {
      // React's own entries (`$ACTION_ID_…`) and files are not the person's text.
      if (typeof value !== 'string' || name.startsWith('$ACTION') || omit(name)) continue;
      const before = Object.hasOwn(values, name) ? values[name] : undefined;
      put(values, name, before === undefined ? value : [...([] as string[]).concat(before), value]);
    }
  } catch {
    // Not iterable form data, or an `omit` that throws: what was read so far.
  }
  return values;
}

/**
 * Turns whatever a server action caught into a plain, serializable result for `useActionState`:
 * the normalized error without anything that must stay on the server, and what the person typed.
 * It survives `structuredClone`, JSON and React's server-action transport, and never throws.
 *
 * ```ts
 * 'use server';
 * export async function save(_: ActionErrorResult | null, formData: FormData) {
 *   try { await api.save(formData); return null; }
 *   catch (error) { return toActionError(error, { formData }); }
 * }
 * ```
 */
export function toActionError(error: unknown, options: ActionErrorOptions = {}): ActionErrorResult {
  const { formData, omit, ...normalize } = options ?? {};
  const model = normalizeError(error, normalize);
  // The model's rate limit holds only `limit`, `remaining` and `resetAt`, all numbers: copied as they are, minus the
  // unset.
  const rateLimit = model.rateLimit && defined({ ...model.rateLimit });
  const plain: ActionApiError = defined({
    kind: model.kind,
    status: model.status,
    code: model.code,
    title: model.title,
    message: model.message,
    messageSource: model.messageSource,
    fieldErrors: model.fieldErrors.map(({ field, message, code }): ApiFieldError => defined({ field, message, code })),
    retryAt: model.retryAt,
    rateLimit,
    logId: model.logId,
    format: model.format,
    retryable: model.retryable,
  });
  return {
    ok: false,
    error: plain,
    values: formData == null ? {} : echo(formData, typeof omit === 'function' ? omit : secret),
  };
}
