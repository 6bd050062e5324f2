import type { ApiFieldError, ErrorParser } from 'api-error-kit';

/** The sign-up API's error codes, and the form field each one is about. */
const FIELD_BY_CODE: Record<string, string> = { InvalidEmail: 'email', InvalidPassword: 'password' };

interface ValidationFailure {
  meta: { error: { type: 'ValidationFailure'; message?: string; errors: Array<{ type?: string; message?: string }> } };
}

const isValidationFailure = (body: unknown): body is ValidationFailure => {
  const error = (body as ValidationFailure | null)?.meta?.error;
  return error?.type === 'ValidationFailure' && Array.isArray(error.errors);
};

/**
 * Seed 003's ValidationFailure names no fields: its items carry only a `type` (`InvalidEmail`) and a
 * `message`. This app knows which field each type is about, so a custom parser (tried before the
 * kit's built-in ones) puts each message on its field; unknown types stay form-level.
 */
export const signupErrors: ErrorParser = {
  name: 'signup-validation',
  parse(body) {
    if (!isValidationFailure(body)) return undefined;
    const { message, errors } = body.meta.error;
    const fieldErrors: ApiFieldError[] = errors.map(({ type = '', message = '' }) => ({
      field: FIELD_BY_CODE[type],
      message,
      code: type,
    }));
    return { kind: 'validation', code: 'ValidationFailure', message, fieldErrors };
  },
};

/** One stable list for the whole app: `useApiError` caches per list. */
export const parsers: readonly ErrorParser[] = [signupErrors];
