import { sentence } from '../text';
import { durationMs } from '../timing';
import type { ParsedError } from '../types';
import type { Loose } from '../util';
import type { ErrorFormat } from './format';

/**
 * Google APIs (AIP-193) and Firebase: `{ error: { code, message, status, details: [Any] } }`. The
 * structural reader finds the message and `BadRequest` field violations; this adds what the typed
 * `details` say: `ErrorInfo.reason` (FCM's `FcmError.errorCode`) is the code (the canonical `status` its
 * category), `RetryInfo` the wait, `RequestInfo` the support id, `LocalizedMessage` the message, `DebugInfo`
 * developer details.
 * Firebase Auth puts a code in `message` (`EMAIL_EXISTS`, `TOO_MANY_ATTEMPTS_TRY_LATER : ...`).
 */
function read(body: Loose): ParsedError {
  // The status itself, unwrapped, as gRPC-gateway and Connect servers send it (Redpanda Cloud's `{ code, message,
  // details }`), or under `error`.
  const error: Loose = body.error ?? body;
  const parsed: ParsedError = {};
  if (typeof error.status === 'string') parsed.code = parsed.category = error.status;
  // Beside `RESOURCE_EXHAUSTED`, which holds quotas and rate limits alike, the v1 APIs' `errors: [{ domain, reason }]`
  // says which (Nest SDM's `reason: "rateLimitExceeded"`); beside other statuses it says less (`badRequest`).
  const [first] = Array.isArray(error.errors) ? error.errors : [];
  if (error.status === 'RESOURCE_EXHAUSTED' && typeof first?.reason === 'string' && /^[a-z]\w*$/i.test(first.reason))
    parsed.code = first.reason;
  const coded = /^([A-Z][A-Z_]+)(?: : (.+))?$/s.exec(error.message);
  if (coded) {
    parsed.code = coded[1];
    // Only the text after the code: a bare code leaves the sentence to the rest of the error (a `detail` beside it).
    if (coded[2] !== undefined) parsed.message = sentence(coded[2]);
  }
  for (const detail of Array.isArray(error.details) ? error.details.slice(0, 32) : []) {
    const url = String(detail?.['@type']);
    const type = url.slice(url.lastIndexOf('.') + 1);
    if (type === 'ErrorInfo' && typeof detail.reason === 'string') parsed.code = detail.reason;
    // FCM's own detail: `{ "@type": "…fcm.v1.FcmError", errorCode: "UNREGISTERED" }`.
    if (type === 'FcmError' && typeof detail.errorCode === 'string') parsed.code = detail.errorCode;
    if (type === 'RetryInfo') parsed.retryAfterMs = durationMs(detail.retryDelay);
    if (type === 'RequestInfo' && typeof detail.requestId === 'string') parsed.logId = detail.requestId;
    if (type === 'LocalizedMessage') parsed.message = sentence(detail.message) ?? parsed.message;
    if (type === 'DebugInfo')
      parsed.details = [detail.detail, ...(Array.isArray(detail.stackEntries) ? detail.stackEntries : [])].join('\n');
  }
  return parsed;
}

/**
 * Known by a canonical `status` (`INVALID_ARGUMENT`), or a numeric `code` beside `details` or (Firebase
 * Auth's legacy errors, which have neither `status` nor `details`) `errors: [{ domain, reason }]`; unwrapped, by
 * `details` typed as `google.rpc` messages or as any protobuf `Any` (a service's own `ErrorInfo`: Carta's
 * `type.googleapis.com/carta.proto.publicapi.errors.v1alpha1.ErrorInfo`) beside a `message`.
 * https://google.aip.dev/193
 */
export const google: ErrorFormat = {
  name: 'google',
  keys: ['error', 'details'],
  test: ({ error, details, message }) =>
    error
      ? /^[A-Z_]+$/.test(error?.status) || (typeof error?.code === 'number' && (error.details || error.errors))
      : typeof message === 'string' &&
        Array.isArray(details) &&
        details.some((detail: Loose) => /\bgoogle\.rpc\.|^type\.googleapis\.com\//.test(String(detail?.['@type']))),
  read,
};
