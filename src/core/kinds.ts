import type { ApiErrorKind } from './types';

/**
 * The plain default title and message per kind, for when the body has nothing better. GOV.UK's
 * rules: no status numbers, no jargon, no blame; say what to do next.
 */
export const DEFAULT_TEXT: Readonly<Record<ApiErrorKind, readonly [title: string, message: string]>> = {
  validation: ['There is a problem', 'Check your answers and try again.'],
  'bad-request': ['The request could not be completed', 'Check your answers and try again.'],
  unauthenticated: ['Sign in to continue', 'Your session may have ended. Sign in and try again.'],
  forbidden: ['You do not have access', 'Your account does not have permission to do this.'],
  'not-found': ['Not found', 'It may have been moved or deleted.'],
  conflict: ['This could not be saved', 'It clashes with something that already exists or has just changed.'],
  'rate-limited': ['Too many requests', 'Wait a moment, then try again.'],
  server: ['Something went wrong', 'There is a problem with the service. Try again later.'],
  unavailable: ['Service unavailable', 'The service is temporarily unavailable. Try again later.'],
  timeout: ['The request took too long', 'Try again.'],
  network: ['Could not connect', 'Check your internet connection and try again.'],
  cancelled: ['Request cancelled', 'The request was cancelled.'],
  unknown: ['Something went wrong', 'Try again. If the problem continues, contact support.'],
};

const STATUS_KINDS: Record<number, ApiErrorKind> = {
  401: 'unauthenticated', 403: 'forbidden', 404: 'not-found', 408: 'timeout', 409: 'conflict', 410: 'not-found',
  422: 'validation', 429: 'rate-limited', 499: 'cancelled',
};

// 502-504, and Cloudflare's 520-524 (origin down, refused or timed out): a gateway could not reach the service.
export const kindOfStatus = (status?: number): ApiErrorKind | undefined =>
  status! > 399 ? (STATUS_KINDS[status!] ?? (status! < 500 ? 'bad-request' : /^5(?:0[2-4]|2[0-4])$/.test(String(status)) ? 'unavailable' : 'server')) : undefined;

// Machine codes that say what happened: OAuth 2.0 (RFC 6749, RFC 6750, OIDC), Google canonical
// statuses (AIP-193), GraphQL `extensions.code`, Slack, and the seed envelopes' `type`s. Order
// matters: GRAPHQL_VALIDATION_FAILED is a bad request, not a validation error.
const CODE_KINDS: ReadonlyArray<readonly [RegExp, ApiErrorKind]> = [
  [/rate.?limit|throttl|quota|exhaust|too.?many|slow.?down/i, 'rate-limited'],
  [/exists|duplicate|conflict|^aborted/i, 'conflict'],
  [/^(?:invalid.?(?:grant|token|auth)|unauthori[sz]ed|unauthenticated|not.?authed|(?:login|consent).?required|expired.?token|token.?(?:expired|revoked))$/i, 'unauthenticated'],
  [/^(?:access.?denied|forbidden(?:.?scope)?|permission.?denied|insufficient.?\w+|missing.?scope)$/i, 'forbidden'],
  [/not.?found/i, 'not-found'],
  [/^(?:bad.?request|invalid.?(?:request|scope)|unsupported.?\w+|failed.?precondition|graphql.?\w+)$/i, 'bad-request'],
  [/validation|^(?:invalid.?arguments?|bad.?user.?input|unprocessable.*)$/i, 'validation'],
  [/unavailable$/i, 'unavailable'],
  [/^(?:deadline.?exceeded|timeout)$/i, 'timeout'],
  [/^(?:server|internal.*|unknown|data.?loss)$/i, 'server'],
  [/^cancell?ed$/i, 'cancelled'],
];

/** What a machine code says; `Exception` and `Error` suffixes (AWS, Spring, Strapi) are ignored. */
export function kindOfCode(code: unknown): ApiErrorKind | undefined {
  const bare = typeof code === 'string' && code.replace(/_?(?:exception|error)$/i, '');
  // Most bodies have no code: skip the patterns.
  return bare ? CODE_KINDS.find(([pattern]) => pattern.test(bare))?.[1] : undefined;
}
