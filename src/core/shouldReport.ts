import { normalizeError } from './normalizeError';
import type { ApiErrorKind, ErrorParser } from './types';

export interface ShouldReportOptions {
  /**
   * Overrides per kind, over the defaults below (`{ forbidden: true }` reports every 403, whatever
   * its status).
   * @default {}
   */
  kinds?: Partial<Record<ApiErrorKind, boolean>>;
  /**
   * The app's own parsers, as given to `normalizeError`.
   * @default []
   */
  parsers?: readonly ErrorParser[];
}

/**
 * What is worth a developer's attention by default. The person's own mistakes and states (validation,
 * sign-in, permission, not found, conflict, rate limits), their connection and their own cancels are
 * expected and would drown the real faults; what failed on the service's side, and what nobody
 * recognised (a bug in the app), is reported.
 */
const REPORTED: Readonly<Record<ApiErrorKind, boolean>> = {
  validation: false,
  'bad-request': false,
  unauthenticated: false,
  forbidden: false,
  'not-found': false,
  conflict: false,
  'rate-limited': false,
  server: true,
  unavailable: true,
  timeout: true,
  network: false,
  cancelled: false,
  unknown: true,
};

/**
 * Whether a failure belongs in an error tracker (Sentry, Datadog, OpenTelemetry). Takes anything
 * thrown, normalized first. By default no 4xx (429 and a server's 408 included), no cancelled request
 * and no network failure is reported; 5xx, timeouts without a response and unrecognised errors are.
 * Never throws.
 *
 * @example Sentry.init({ beforeSend: (event, hint) => (shouldReport(hint.originalException) ? event : null) })
 */
export function shouldReport(error: unknown, options: ShouldReportOptions = {}): boolean {
  const { kind, status } = normalizeError(error, { parsers: options?.parsers });
  const override = options?.kinds?.[kind];
  if (typeof override === 'boolean') return override;
  return status !== undefined && status >= 400 && status < 500 ? false : REPORTED[kind];
}
