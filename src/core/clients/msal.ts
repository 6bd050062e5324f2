import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { str, type Loose } from '../util';
import type { ErrorClient } from './client';

/** The classes of `@azure/msal-common` and `@azure/msal-browser` whose instances an app's `catch` gets. */
const MSAL_NAMES = new Set([
  'ServerError',
  'InteractionRequiredAuthError',
  'BrowserAuthError',
  'ClientAuthError',
  'ClientConfigurationError',
  'BrowserConfigurationAuthError',
]);

/** `BrowserAuthError` codes that say no answer came, and what happened instead (BrowserAuthErrorCodes.mjs). */
const TRANSPORT: ReadonlyMap<string, Pick<Source, 'kind' | 'format'>> = new Map([
  ['post_request_failed', { kind: 'network', format: 'network' }],
  ['get_request_failed', { kind: 'network', format: 'network' }],
  ['no_network_connectivity', { kind: 'network', format: 'network' }],
  ['user_cancelled', { kind: 'cancelled', format: 'abort' }],
  ['timed_out', { kind: 'timeout', format: 'timeout' }],
  // MSAL 2–4's name for a popup or iframe that never came back.
  ['monitor_window_timeout', { kind: 'timeout', format: 'timeout' }],
]);

/**
 * The one line `ResponseHandler.validateTokenResponse` (msal-common/dist/response/ResponseHandler.mjs) writes the
 * token endpoint's error body into; "Not Available" stands for a member the body did not have.
 */
const SERVER_LINE =
  /^Error\(s\): (.*?) - Timestamp: (.*?) - Description: ([\s\S]*) - Correlation ID: (.*?) - Trace ID: (.*)$/;

/** MSAL's own text for an error of its own (AuthError.mjs, `getDefaultErrorMessage`), never the server's. */
const MSAL_LINK = /^See https:\/\/aka\.ms\/msal\.js\.errors#/;

const given = (value: string | undefined): string | undefined =>
  value === undefined || value === '' || value === 'Not Available' ? undefined : value;

/** Entra ID's `error_codes` (AADSTS numbers) as the line joined them: "50126" or "50126,50076". */
function numbers(text: string | undefined): number[] | undefined {
  const codes = given(text)
    ?.split(',')
    .map(Number)
    .filter((code) => Number.isInteger(code));
  return codes?.length ? codes : undefined;
}

/** The token endpoint's body back from what the error keeps of it; undefined when MSAL's own text is all there is. */
function serverBody(error: Loose, message: string): Record<string, unknown> | undefined {
  const line = SERVER_LINE.exec(message);
  // `error` keeps the body's member whatever it is (an object on a body that is not OAuth's).
  if (line)
    return {
      error: error.errorCode === '' ? undefined : error.errorCode,
      error_description: given(line[3]),
      error_codes: numbers(line[1]),
      timestamp: given(line[2]),
      trace_id: given(line[5]),
      correlation_id: given(line[4]),
    };
  const code = str(error.errorCode) || undefined;
  const description = MSAL_LINK.test(message) ? undefined : given(message);
  const errorNo = typeof error.errorNo === 'number' ? [error.errorNo] : undefined;
  // An `InteractionRequiredAuthError` keeps `error_description` whole and its ids as members; ThrottlingUtils'
  // replay of a 429 or 5xx keeps only the description (and the body's `error_codes`, joined, as its code).
  if (!code && !description) return undefined;
  return {
    error: code,
    suberror: given(str(error.subError)),
    error_description: description,
    error_codes: errorNo,
    timestamp: given(str(error.timestamp)),
    trace_id: given(str(error.traceId)),
  };
}

/**
 * Microsoft's MSAL for the browser (`@azure/msal-browser`, what `@azure/msal-react` runs), whose calls reject with an
 * `AuthError` subclass (msal-common/dist/error/AuthError.mjs): `errorCode`, `errorMessage`, `subError` and
 * `correlationId`, and no response. An Entra ID error body on the token endpoint becomes a `ServerError`
 * (ServerError.mjs: `errorNo` is the first AADSTS number, `status` the body's own `status` member, so mostly unset)
 * whose `errorMessage` is one line of the body's members, or an `InteractionRequiredAuthError` (its `traceId`,
 * `timestamp`, `claims`) when the body asks for the person; both read as that body, which the kit reads as it reads
 * Entra ID's. A `BrowserAuthError` (msal-browser/dist/network/FetchClient.mjs, error/BrowserAuthErrorCodes.mjs) says
 * a fetch got no answer, the person left the interaction, or it timed out (`timed_out`); its
 * `failed_to_parse_response` keeps nothing of a body that is not JSON. The HTTP status and headers are kept nowhere.
 */
export function msalError(error: Loose): Source | undefined {
  const code = str(error.errorCode);
  const transport = code === undefined ? undefined : TRANSPORT.get(code);
  const details = str(error.stack) ?? str(error.message);
  if (transport) return { header: NO_HEADERS, ...transport, details };
  // The other codes are MSAL's own (a body it could not parse, its configuration, its cache): no answer to read.
  if (error.name !== 'ServerError' && error.name !== 'InteractionRequiredAuthError') return undefined;
  const body = serverBody(error, str(error.errorMessage) ?? '');
  // MSAL asks for the person whatever the body says: sign-in, consent or MFA, or no token in its cache.
  const kind = error.name === 'InteractionRequiredAuthError' ? 'unauthenticated' : undefined;
  if (!body && !kind) return undefined;
  return { header: NO_HEADERS, body, kind, details };
}

export const msalErrors: ErrorClient = {
  // Its names are common ones (Apollo's and jira.js's `ServerError`): the three members beside one tell MSAL's.
  test: (error) =>
    typeof error.name === 'string' &&
    MSAL_NAMES.has(error.name) &&
    Object.hasOwn(error, 'errorCode') &&
    typeof error.errorMessage === 'string' &&
    typeof error.subError === 'string',
  read: msalError,
};
