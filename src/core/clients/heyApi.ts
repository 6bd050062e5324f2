import type { Source } from '../input';
import { isObject, ownKeys, statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/**
 * @hey-api/client-fetch (the client of SDKs @hey-api/openapi-ts generates) resolves a response that is not ok as
 * `{ error, request, response }`, `error` the body parsed, or `{}` in place of an empty one (`finalError || {}` in its
 * client.ts). That `{}` is no body the server sent: read as one, it would hide what the response itself says (the
 * OAuth error a redirect's Location carries). Told by that exact shape, and read as its `response` alone; a result
 * whose `error` holds a body is left to the generic reading. What `throwOnError` throws is the body alone, no status
 * or headers beside it: read as any thrown value.
 */
export function heyApiEmptyError(result: Loose, readWrapped: ReadWrapped): Source {
  return readWrapped(result.response);
}

const RESULT_KEYS = 'error,request,response';

export const heyApiErrors: ErrorClient = {
  test: (result) =>
    // The cheap test first: every input an app passes is tried.
    isObject(result.request) &&
    ownKeys(result)?.sort().join() === RESULT_KEYS &&
    ownKeys(result.error)?.length === 0 &&
    isObject(result.response) &&
    statusOf(result.response.status) !== undefined &&
    typeof result.request.url === 'string',
  read: heyApiEmptyError,
};
