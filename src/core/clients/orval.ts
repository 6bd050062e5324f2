import type { Source } from '../input';
import { isObject, ownKeys, statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/**
 * The `fetch` client orval generates (alone, or under its TanStack Query hooks with `httpClient: 'fetch'`) resolves
 * every answer, whatever its status, as `{ data, status, headers }`: `headers` the fetch `Headers` (a plain object
 * with `serializeResponseHeaders`), `data` the body parsed, or `{}` in place of an empty one (`body ? … : {}` in the
 * function it writes: node_modules/@orval/fetch/dist/index.mjs, `generateRequestFunction`). That `{}` is no body the
 * server sent: read as one, it would hide what the response itself says (the OAuth error a redirect's Location
 * carries). Told by that exact shape and read as a response of that status and those headers with no body; a result
 * whose `data` holds a body is left to the generic reading.
 */
export function orvalEmptyData(result: Loose, readWrapped: ReadWrapped): Source {
  return readWrapped({ status: result.status, headers: result.headers });
}

const RESULT_KEYS = 'data,headers,status';

export const orvalErrors: ErrorClient = {
  test: (result) =>
    // The cheap test first: every input an app passes is tried.
    isObject(result.headers) &&
    ownKeys(result.data)?.length === 0 &&
    ownKeys(result)?.sort().join() === RESULT_KEYS &&
    statusOf(result.status) !== undefined,
  read: orvalEmptyData,
};
