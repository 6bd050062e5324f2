import { createSerializationAdapter } from '@tanstack/react-router';
import { HttpError } from '../../../../src';

// The README's adapter (section "TanStack Router and TanStack Start"), as it is there.
export const httpErrorAdapter = createSerializationAdapter({
  key: 'api-error-kit/HttpError',
  test: (value) => value instanceof HttpError,
  toSerializable: (error: HttpError) => ({
    status: error.status,
    headers: [...error.headers],
    body: error.body as never,
    message: error.message,
  }),
  fromSerializable: ({ status, headers, body, message }) => new HttpError(status, headers, body, message),
});
