import type { Source } from '../input';
import { isObject, statusOf, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** What the body's parser rejected with (a `SyntaxError` from `json()`), never a parsed body: a class's instance. */
const isParseFailure = (value: unknown): boolean =>
  isObject(value) &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) !== Object.prototype &&
  typeof value.name === 'string' &&
  typeof value.message === 'string';

/**
 * The fetch `HttpClient` swagger-typescript-api generates (node_modules/swagger-typescript-api/templates/base/
 * http-clients/fetch-http-client.ejs) throws, for a response that is not ok, the fetch `Response` itself with `data`
 * and `error` set on it, and resolves it so for a 2xx. It parses a clone in the route's format (`json` for a JSON
 * API), so the response's own body stays unread; the result goes to `error` (not ok) or `data` (ok), but when the
 * parse fails (text, an HTML page, XML, an empty body under `json()`) `error` is what it rejected with, a
 * `SyntaxError`: no body the server sent, whose `name` would be read as the server's code. Told by that exact shape
 * (a `Response` with just those two members of its own) and read as the response with its parsed body, or none;
 * `readApiError` reads an unparsed body from the unread response.
 */
export function swaggerTypescriptApiResponse(response: Loose, readWrapped: ReadWrapped): Source {
  const parsed: unknown = response.error ?? response.data;
  return readWrapped({
    status: response.status,
    headers: response.headers,
    body: isParseFailure(parsed) ? undefined : parsed,
  });
}

const OWN_KEYS = 'data,error';

export const swaggerTypescriptApiErrors: ErrorClient = {
  test: (response) =>
    // The cheap test first: every input an app passes is tried.
    typeof response.clone === 'function' &&
    statusOf(response.status) !== undefined &&
    typeof response.headers?.get === 'function' &&
    Object.keys(response).sort().join() === OWN_KEYS,
  read: swaggerTypescriptApiResponse,
};
