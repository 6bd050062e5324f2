import { collectFieldErrors } from '../fieldErrors';
import { kindOfCode } from '../kinds';
import { read } from '../read';
import { sentence } from '../text';
import { durationMs } from '../timing';
import type { ParsedError } from '../types';
import type { Loose } from '../util';

/**
 * Google APIs (AIP-193) and Firebase: `{ error: { code, message, status, details: [Any] } }`. The
 * canonical `status` classifies as AIP-193 maps it; `details` carry `ErrorInfo.reason`, `RetryInfo`,
 * `BadRequest` field violations, `RequestInfo`, `LocalizedMessage` and `DebugInfo`. Firebase Auth
 * puts a code in `message` (`EMAIL_EXISTS`, `TOO_MANY_ATTEMPTS_TRY_LATER : ...`).
 */
export function google({ error }: Loose): ParsedError {
  const coded = /^([A-Z][A-Z_]+)(?: : (.+))?$/s.exec(error.message);
  const parsed: ParsedError = Object.assign(read(error, []), { code: coded?.[1] ?? error.status, kind: kindOfCode(error.status) });
  if (coded) parsed.message = sentence(coded[2]);
  for (const detail of Array.isArray(error.details) ? error.details : []) {
    const url = String(detail?.['@type']);
    const type = url.slice(url.lastIndexOf('.') + 1);
    if (type === 'ErrorInfo') parsed.code = detail.reason;
    if (type === 'RetryInfo') parsed.retryAfterMs = durationMs(detail.retryDelay);
    if (type === 'BadRequest') parsed.fieldErrors = collectFieldErrors(detail.fieldViolations);
    if (type === 'RequestInfo') parsed.logId = detail.requestId;
    if (type === 'LocalizedMessage') parsed.message = sentence(detail.message);
    if (type === 'DebugInfo') parsed.details = [detail.detail, ...(detail.stackEntries ?? [])].join('\n');
  }
  return parsed;
}
