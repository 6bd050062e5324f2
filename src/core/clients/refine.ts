import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * Refine's `HttpError` as `@refinedev/simple-rest` makes it (and the Refine providers built on the same axios
 * interceptor): a plain object, `{ ...axiosError, message: error.response?.data?.message, statusCode:
 * error.response?.status }` (node_modules/@refinedev/simple-rest/src/utils/axios.ts). The spread keeps axios's own
 * enumerable members (`name`, `isAxiosError`, `code`, `config`, `request`, `response`, `status`), so a response is
 * read from `response` as axios's error is, and `ERR_CANCELED` or `ECONNREFUSED` from `code`. What it loses is the
 * message: without a response, the only words that told axios's own timeout ("timeout of 50ms exceeded", code
 * `ECONNABORTED`) from a browser's abort of the request ("Request aborted", the same code). Axios's Node adapter
 * gives `ECONNABORTED` to its timeout alone (node_modules/axios/lib/adapters/http.js), so it is read as a timeout
 * when the request had one (`config.timeout`); a browser's abort of a request with a timeout, on a page going away,
 * reads as one too.
 */
export function refineHttpError(error: Loose): Source | undefined {
  const timeout = error.config?.timeout;
  if (error.code !== 'ECONNABORTED' || typeof timeout !== 'number' || !(timeout > 0)) return undefined;
  return {
    header: NO_HEADERS,
    kind: 'timeout',
    format: 'timeout',
    details: `${String(error.name)} ECONNABORTED: no response within the request's timeout of ${timeout}ms`,
  };
}

/** Told by the `statusCode` Refine's `HttpError` adds beside axios's `isAxiosError`, and the response it lacks. */
export const refineErrors: ErrorClient = {
  test: (error) => error.isAxiosError === true && 'statusCode' in error && !isObject(error.response),
  read: refineHttpError,
};
