import type { ApiErrorTone } from './tone';
import type { ApiErrorKind } from './types';

/** What the kit decides from a kind alone. */
export interface ApiErrorKindTraits {
  /**
   * Sending the same request again may succeed: the model's `retryable`, unless the server said
   * otherwise (Stripe's `Stripe-Should-Retry`) or the status is 501.
   */
  readonly retryable: boolean;
  /** `throwOnError` (`api-error-kit/query`) sends it to the nearest error boundary instead of leaving it inline. */
  readonly toBoundary: boolean;
  /** `shouldReport`'s default: whether it belongs in an error tracker (never for a 4xx status). */
  readonly reported: boolean;
  /** The alert colour of its notice (`data-tone`), and what `toneOf` returns. */
  readonly tone: ApiErrorTone;
}

/**
 * What each kind means, in one table that fails to compile when a kind is added without its row.
 * The model's `retryable`, `toneOf`, `shouldReport` and `throwOnError` read it; so can an app
 * (`KIND_TRAITS[error.kind].tone`). The words for each kind are `defaultText`; which notice shows it,
 * `ApiErrorView`'s own table (React).
 *
 * The boundary takes only failures on the service's side (5xx) and failures nobody recognised; 4xx and
 * connection errors stay with the component, shown inline where the person can act on them. Reported are
 * what failed on the service's side and what nobody recognised (a bug in the app): the person's own
 * mistakes and states, their connection and their cancels would drown the real faults.
 */
export const KIND_TRAITS: { readonly [K in ApiErrorKind]: ApiErrorKindTraits } = {
  // The person has something to fix: red, shown where they can fix it.
  validation: { retryable: false, toBoundary: false, reported: false, tone: 'critical' },
  'bad-request': { retryable: false, toBoundary: false, reported: false, tone: 'critical' },
  forbidden: { retryable: false, toBoundary: false, reported: false, tone: 'critical' },
  conflict: { retryable: false, toBoundary: false, reported: false, tone: 'critical' },
  // Nothing is broken: the person signs in, checks the address, or (cancelled) the app stopped the request itself.
  unauthenticated: { retryable: false, toBoundary: false, reported: false, tone: 'info' },
  'not-found': { retryable: false, toBoundary: false, reported: false, tone: 'info' },
  cancelled: { retryable: false, toBoundary: false, reported: false, tone: 'info' },
  // The connection: trying again once it is back works.
  network: { retryable: true, toBoundary: false, reported: false, tone: 'info' },
  // A wait, then the same request works.
  'rate-limited': { retryable: true, toBoundary: false, reported: false, tone: 'warning' },
  timeout: { retryable: true, toBoundary: false, reported: true, tone: 'warning' },
  unavailable: { retryable: true, toBoundary: true, reported: true, tone: 'warning' },
  // Failed on the service's side, or nobody knows why.
  server: { retryable: true, toBoundary: true, reported: true, tone: 'critical' },
  unknown: { retryable: false, toBoundary: true, reported: true, tone: 'critical' },
};

/**
 * Every kind a model can have, in `KIND_TRAITS`' order: the keys of the table, so the list, the table
 * and `ApiErrorKind` cannot drift apart.
 */
export const API_ERROR_KINDS = Object.keys(KIND_TRAITS) as readonly ApiErrorKind[];
