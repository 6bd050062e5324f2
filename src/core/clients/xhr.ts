import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import type { ApiErrorKind } from '../types';
import { isObject, str, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/** A call into the browser's object: reading `responseText` throws when `responseType` is not text. */
function attempt(call: () => unknown): unknown {
  try {
    return call();
  } catch {
    return undefined;
  }
}

/** An `XMLHttpRequest`, or jQuery's `jqXHR` that mirrors it: a numeric status and the headers behind a method. */
const isRequest = (value: Loose): boolean =>
  isObject(value) && typeof value.status === 'number' && typeof value.getAllResponseHeaders === 'function';

/** `getAllResponseHeaders()`'s text, one `name: value` per CRLF-ended line (the XHR spec's), as a map. */
function headerMap(text: unknown): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of (str(text) ?? '').split(/\r?\n/, 200)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/**
 * Why no response came. jQuery says it in `statusText` ("canceled" for `abort()`, "timeout" for its `timeout` option,
 * "error" otherwise: jquery/src/ajax.js). The browser's request says it by the event an app's listener was handed (an
 * `abort`, `timeout` or `error` `ProgressEvent`), or by its state: `abort()` leaves it unsent (readyState 0, the XHR
 * spec's abort steps), where a network error or its own timeout leave it done, alike.
 */
function noResponse(request: Loose, event: string | undefined): ApiErrorKind {
  const said = event ?? (typeof request.done === 'function' ? request.statusText : undefined);
  if (said === 'timeout') return 'timeout';
  if (said === 'abort' || said === 'canceled' || (said === undefined && request.readyState === 0)) return 'cancelled';
  return 'network';
}

/**
 * The browser's `XMLHttpRequest`, as code that wraps it rejects with it (`reject(xhr)`), jQuery's `jqXHR` (what
 * `$.ajax()` rejects with and hands `fail` first: jquery/src/ajax.js), and the `ProgressEvent` an `error`, `timeout`
 * or `abort` listener is handed, whose `target` is the request. Neither keeps its headers as members: they are the
 * text of `getAllResponseHeaders()`. The body is jQuery's `responseJSON` where it parsed one, else the text, else
 * `response` (an `arraybuffer` or `json` `responseType`). Status 0 is no response.
 */
export function xhrRequest(value: Loose, readWrapped: ReadWrapped): Source | undefined {
  const event = isRequest(value) ? undefined : str(value.type);
  const request: Loose = event === undefined ? value : value.target;
  if (request.status === 0) {
    const kind = noResponse(request, event);
    return { header: NO_HEADERS, kind, format: kind === 'cancelled' ? 'abort' : kind };
  }
  const text = attempt(() => request.responseText);
  return readWrapped({
    status: request.status,
    headers: headerMap(attempt(() => request.getAllResponseHeaders())),
    body: request.responseJSON ?? (typeof text === 'string' ? text : attempt(() => request.response)),
  });
}

/** Told by its shape, as an event by the request it targets: a `status` beside `getAllResponseHeaders`. */
export const xhrErrors: ErrorClient = {
  test: (value) => isRequest(value) || (typeof value.type === 'string' && isRequest(attempt(() => value.target))),
  read: xhrRequest,
};
