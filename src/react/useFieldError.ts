import * as React from 'react';
import { useApiErrorConfig } from './context';
import { lookup } from './fieldMap';
import { useApiError } from './useApiError';

export interface FieldErrorState {
  /** Every message for the field, joined; undefined when the field has none. */
  message: string | undefined;
  /** The id of the control (from `fieldIds`, or the path itself). */
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
 * headless use. Matches the canonical path exactly, then ignoring case (ASP.NET sends `Email`).
 */
export function useFieldError(error: unknown, path: string, options: { controlId?: string; describedBy?: string } = {}): FieldErrorState {
  const apiError = useApiError(error);
  const { fieldIds } = useApiErrorConfig();
  const controlId = options.controlId ?? lookup(fieldIds, path) ?? path;
  const errorId = `${controlId}-error`;
  const lower = path.toLowerCase();
  const message =
    apiError?.fieldErrors
      .filter(({ field }) => field === path || field?.toLowerCase() === lower)
      .map((fieldError) => fieldError.message)
      .join(' ') || undefined;
  return React.useMemo(
    () => ({
      message,
      controlId,
      errorId,
      controlProps: {
        'aria-invalid': message ? true : undefined,
        'aria-describedby': [options.describedBy, message && errorId].filter(Boolean).join(' ') || undefined,
      },
      errorProps: { id: errorId },
    }),
    [message, controlId, errorId, options.describedBy],
  );
}
