import { KIND_TRAITS } from './kindTraits';
import type { ReadingOptions } from './createNormalizer';
import { normalizerOf } from './normalizeError';
import type { ApiErrorKind } from './types';

export interface ShouldReportOptions extends ReadingOptions {
  /**
   * Overrides per kind, over the defaults (`KIND_TRAITS[kind].reported`; `{ forbidden: true }` reports
   * every 403, whatever its status).
   * @default {}
   */
  kinds?: Partial<Record<ApiErrorKind, boolean>>;
}

/**
 * Whether a failure belongs in an error tracker (Sentry, Datadog, OpenTelemetry). Takes anything
 * thrown, normalized first. By default no 4xx (429 and a server's 408 included), no cancelled request
 * and no network failure is reported; 5xx, timeouts without a response and unrecognised errors are.
 * Never throws.
 *
 * @example Sentry.init({ beforeSend: (event, hint) => (shouldReport(hint.originalException) ? event : null) })
 */
export function shouldReport(error: unknown, options: ShouldReportOptions = {}): boolean {
  const { kind, status } = normalizerOf(options)(error, { parsers: options?.parsers });
  const override = options?.kinds?.[kind];
  if (typeof override === 'boolean') return override;
  return status !== undefined && status >= 400 && status < 500 ? false : KIND_TRAITS[kind].reported;
}
