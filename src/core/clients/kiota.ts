import type { Source } from '../input';
import { guardedMember, isObject, statusOf, str, type Loose } from '../util';
import type { ErrorClient, ReadWrapped } from './client';

/**
 * Each header as the response sent it. Kiota keeps every value cut at each comma (`value.split(",")`), so joining
 * with a comma gives back the exact text: an HTTP-date `Retry-After`, a `WWW-Authenticate` challenge's parameters.
 */
function headersOf(record: unknown): Record<string, string> {
  if (!isObject(record)) return {};
  const entries: [string, string][] = [];
  for (const name of Object.keys(record).slice(0, 200)) {
    try {
      const value: unknown = record[name];
      if (Array.isArray(value)) entries.push([name, value.filter((part) => typeof part === 'string').join(',')]);
      else if (typeof value === 'string') entries.push([name, value]);
    } catch {
      // a throwing getter costs only its header
    }
  }
  // Own members even for a hostile name (`__proto__`), which an assignment would not make.
  return Object.fromEntries(entries);
}

/** What a model holds that the body did not send: the backing store's flag, and what `additionalData` spreads. */
const MODEL_ONLY = new Set(['backingStore', 'backingStoreEnabled', 'additionalData']);
/**
 * What the adapter sets on the thrown model, and the `Error` members a generated error model has: a body member of
 * one of these names is `…Escaped` there (Kiota's TypeScriptExceptionsReservedNamesProvider), so `message` is the
 * body's primary message, copied.
 */
const THROWN_ONLY = new Set(['responseStatusCode', 'responseHeaders', 'message', 'name', 'stack', 'cause']);
// The suffix the generator puts on a property whose name is reserved (Graph's `error` is `errorEscaped`).
const ESCAPED = /Escaped$/;

/**
 * A JSON string read as an object: the JSON parse node gives each character its index in `additionalData`
 * (`Object.entries` of the string). Undefined for anything else.
 */
function charsOf(extra: Loose, keys: readonly string[]): string | undefined {
  if (keys.length === 0 || keys.length > 10_000) return undefined;
  let text = '';
  for (const [index, key] of keys.entries()) {
    const char = guardedMember(extra, key);
    if (key !== String(index) || typeof char !== 'string' || char.length !== 1) return undefined;
    text += char;
  }
  return text;
}

/** How many objects one body may take: a model that refers to itself ends there. */
const BUDGET = 500;

/**
 * A generated model as the JSON it was read from: each property under its wire name (but for the generator's
 * camel case, which the kit's readers take too), `additionalData` (the members it has no property for, kept as the
 * JSON had them) spread back, and a date (`getDateValue` makes one) as ISO text.
 */
function wireOf(value: unknown, left: { count: number }, skip: ReadonlySet<string> = MODEL_ONLY): unknown {
  try {
    if (Object.prototype.toString.call(value) === '[object Date]') return Date.prototype.toISOString.call(value);
    if (!isObject(value)) return value;
    if (--left.count < 0) return undefined;
    if (Array.isArray(value)) return value.slice(0, 200).map((item) => wireOf(item, left));
    const entries: [string, unknown][] = [];
    for (const key of Object.keys(value).slice(0, 200))
      if (!MODEL_ONLY.has(key) && !skip.has(key))
        entries.push([key.replace(ESCAPED, '') || key, wireOf(guardedMember(value, key), left)]);
    const extra = guardedMember(value, 'additionalData');
    if (isObject(extra) && !Array.isArray(extra)) {
      const keys = Object.keys(extra);
      const text = entries.length === 0 ? charsOf(extra, keys) : undefined;
      if (text !== undefined) return text;
      for (const key of keys.slice(0, 200)) entries.push([key, guardedMember(extra, key)]);
    }
    return Object.fromEntries(entries);
  } catch {
    // A model that cannot be walked (a revoked Proxy, an invalid date) costs only itself.
    return undefined;
  }
}

/**
 * Kiota's TypeScript request adapter (`@microsoft/kiota-http-fetchlibrary`, beneath every Kiota-generated client:
 * the Microsoft Graph SDK and others). On a status outside 2xx (or a 3xx with a `Location`),
 * `FetchRequestAdapter.throwIfFailedResponse` throws one of two values, each with `responseStatusCode` and
 * `responseHeaders` (a record of the lower-cased names, each value split at its commas) set on it:
 * - with no error mapping for the status, `@microsoft/kiota-abstractions`' `DefaultApiError`: an `Error` (its name
 *   stays "Error") whose message is developer text ("the server returned an unexpected status code and no error class
 *   is registered for this code 404"), and no body: the adapter never reads it. Read as a response of that status
 *   and those headers (a redirect's OAuth error in its `Location` included), its stack as the details.
 * - with one (generated clients map every error: the Microsoft Graph SDK maps `XXX` to its `ODataError`), the
 *   generated model of the body the parse node read: no `Error` but a plain object (behind a Proxy over a backing
 *   store when the model is a `BackedModel`, as Graph's are; its keys are the target's, its values the store's),
 *   with `message` set from the body's primary message. Graph's `ODataError` holds `error` as
 *   `errorEscaped`, a `MainError` `{ code, message, target, details, innerError: { date, requestId, clientRequestId
 *   } }`, and every member it has no property for in `additionalData`. Read as the response with that body again.
 * Told by the two members, which no other client sets. Files: kiota-http-fetchlibrary/dist/es/src/
 * fetchRequestAdapter.js, kiota-abstractions/dist/es/src/apiError.js and store/backedModelProxy.js,
 * kiota-serialization-json/dist/es/src/jsonParseNode.js (`assignFieldValues`), msgraph-sdk/models/oDataErrors/index.js.
 */
export function kiotaApiError(error: Loose, readWrapped: ReadWrapped): Source {
  const body = wireOf(error, { count: BUDGET }, THROWN_ONLY);
  const read = readWrapped({
    status: statusOf(error.responseStatusCode),
    headers: headersOf(error.responseHeaders),
    body: typeof body === 'string' || (isObject(body) && Object.keys(body).length > 0) ? body : null,
  });
  return { ...read, details: str(error.stack) };
}

export const kiotaErrors: ErrorClient = {
  test: (error) =>
    statusOf(error.responseStatusCode) !== undefined &&
    isObject(error.responseHeaders) &&
    Object.hasOwn(error, 'responseStatusCode') &&
    Object.hasOwn(error, 'responseHeaders'),
  read: kiotaApiError,
};
