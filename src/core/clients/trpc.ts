import { readHeaders } from '../headers';
import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * tRPC's `TRPCClientError` (httpLink, httpBatchLink): the error the server sent is its `shape`
 * (`{ message, code, data }`) and the response its `meta.response`. Read as the call's own answer,
 * `{ error: shape }`: a batch's response is all its calls' (207 when they differ), so the status is
 * the call's own `data.httpStatus`. A failure without an answer has no `shape`: its `cause` says what.
 */
export function trpcClientError(error: Loose): Source | undefined {
  const { shape } = error;
  if (!isObject(shape)) return undefined;
  const response = error.meta?.response;
  return {
    status: statusOf(shape.data?.httpStatus) ?? statusOf(response?.status),
    header: readHeaders(response?.headers),
    body: { error: shape },
  };
}

export const trpcErrors: ErrorClient = { errorNames: ['TRPCClientError'], read: trpcClientError };
