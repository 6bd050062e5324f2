import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import type { ApiErrorKind } from '../types';
import type { Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * `@pinecone-database/pinecone`'s errors keep no status, only a class picked by it and a message. A
 * `PineconeBadRequestError` (400 and 403) keeps the body's `message`; the others a sentence of the SDK's that names
 * the URL, which is not the person's.
 */
const KINDS: Readonly<Record<string, ApiErrorKind>> = {
  PineconeBadRequestError: 'bad-request',
  PineconeAuthorizationError: 'unauthenticated',
  PineconeNotFoundError: 'not-found',
  PineconeMethodNotAllowedError: 'bad-request',
  PineconeConflictError: 'conflict',
  PineconeUnprocessableEntityError: 'validation',
  PineconeInternalServerError: 'server',
  PineconeUnavailableError: 'unavailable',
};

export const pineconeError = (error: Loose): Source => ({
  header: NO_HEADERS,
  kind: KINDS[error.name],
  body: error.name === 'PineconeBadRequestError' ? { message: error.message } : undefined,
});

export const pineconeErrors: ErrorClient = { errorNames: Object.keys(KINDS), read: pineconeError };
