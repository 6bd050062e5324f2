import * as React from 'react';
import { useApiErrorConfig } from './context';
import { fieldResolver } from './fieldResolver';
import { asText, callSafely } from './untrusted';
import { useApiError } from './useApiError';

export interface FieldErrorState {
  /** Every message for the field, joined; undefined when the field has none. */
  message: string | undefined;
  /**
   * The id of the control: `controlId`, else the provider's `fieldIds`, else the path in dots, camelCased (`Email` →
   * `email`).
   */
  controlId: string;
  /** The id of the element showing the message. */
  errorId: string;
  /** Spread on the input: `aria-invalid` and `aria-describedby`. */
  controlProps: { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };
  /** Spread on the element that shows the message. */
  errorProps: { id: string };
}

/**
 * The server's message for one field and the attributes that tie it to its control, for
 * headless use. Finds the field whatever the case and notation of either path (ASP.NET sends
 * `Email`, a form says `email`; `items[0].name` is `items.0.name`), with the resolver `ErrorSummary`
 * uses, so the summary's link and this control's id agree.
 */
export function useFieldError(
  error: unknown,
  pathProp: string,
  options: { controlId?: string; describedBy?: string } = {},
): FieldErrorState {
  const apiError = useApiError(error);
  const { fieldIds } = useApiErrorConfig();
  // Without a path (a JavaScript caller left it out) no field matches: the message is undefined.
  const path = asText(pathProp) ?? '';
  const option = (key: 'controlId' | 'describedBy') => asText(callSafely(() => options?.[key])) || undefined;
  const resolve = fieldResolver(fieldIds);
  const own = resolve(path);
  const controlId = option('controlId') ?? own.id;
  const errorId = `${controlId}-error`;
  const describedBy = option('describedBy');
  const message =
    (path &&
      apiError?.fieldErrors
        .filter(({ field }) => field !== undefined && resolve(field).key === own.key)
        .map((fieldError) => fieldError.message)
        .join(' ')) ||
    undefined;
  return React.useMemo(
    () => ({
      message,
      controlId,
      errorId,
      controlProps: {
        'aria-invalid': message ? true : undefined,
        'aria-describedby': [describedBy, message && errorId].filter(Boolean).join(' ') || undefined,
      },
      errorProps: { id: errorId },
    }),
    [message, controlId, errorId, describedBy],
  );
}
