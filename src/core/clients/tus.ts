import type { HeaderReader } from '../headers';
import type { Source } from '../input';
import { isObject, str, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** A call into the client's (or an app's `httpStack`'s) objects: one that throws costs only what it gives. */
function attempt(call: () => unknown): unknown {
  try {
    return call();
  } catch {
    return undefined;
  }
}

const isMethod = (value: Loose, name: string): boolean => isObject(value) && typeof value[name] === 'function';

/**
 * The headers as a list, from what the response wraps: Node's `IncomingMessage` (the Node stack's) or a fetch
 * `Response` (an app's own stack's). Undefined for the `XMLHttpRequest` of the browser and React Native stack, which
 * has no list but `getAllResponseHeaders()`'s text: its headers are asked for by name, through `getHeader`.
 */
function listedHeaders(response: Loose): unknown {
  const headers = attempt(() => response.getUnderlyingObject().headers);
  return isObject(headers) ? headers : undefined;
}

/** Each header the kit asks for, through `getHeader` (the names a stack cannot list are then the only ones read). */
const askedByName =
  (response: Loose): HeaderReader =>
  (...names) => {
    for (const name of names) {
      const value = str(attempt(() => response.getHeader(name)))?.trim();
      if (value) return value;
    }
    return undefined;
  };

/**
 * tus-js-client's `DetailedError` (lib.es5/error.js, lib.esm/error.js), what `onError` and `onShouldRetry` are
 * handed: an `Error` named "Error" whose message is developer text ("tus: unexpected response while creating upload,
 * originated from request (method: POST, url: …, response code: 413, response text: Maximum size exceeded…)"), with
 * `originalRequest`, `originalResponse` and `causingError`. The response is an `HttpResponse` of methods, not
 * members (`getStatus()`, `getHeader(name)`, `getBody()` the text, `getUnderlyingObject()`: lib.esm/node/httpStack.js,
 * lib.esm/browser/httpStack.js), so nothing of it is read as a response's members would be. Read as the response
 * it wraps; without one (the request failed), as its `causingError` (Node's `ECONNREFUSED`, an `AbortError`).
 */
export function tusDetailedError(error: Loose, readWrapped: ReadWrapped): Source | undefined {
  const response: Loose = error.originalResponse;
  if (isMethod(response, 'getStatus')) {
    const listed = listedHeaders(response);
    const source = readWrapped({
      status: attempt(() => response.getStatus()),
      // A redirect's Location (an OAuth error) is read from the list: without one, it is the one header given.
      headers: listed ?? { location: attempt(() => response.getHeader('Location')) },
      body: str(attempt(() => response.getBody())) ?? '',
    });
    return listed ? source : { ...source, header: askedByName(response) };
  }
  return isObject(error.causingError) ? readWrapped(error.causingError) : undefined;
}

/** Told by its message's "tus: " and the request it keeps, whose members are methods too. */
export const tusErrors: ErrorClient = {
  test: (error) =>
    typeof error.message === 'string' &&
    error.message.startsWith('tus: ') &&
    isMethod(error.originalRequest, 'getMethod') &&
    isMethod(error.originalRequest, 'getURL') &&
    (error.originalResponse == null || isMethod(error.originalResponse, 'getStatus')),
  read: tusDetailedError,
};
