import { describe, expect, it } from 'vitest';
import {
  API_ERROR_KINDS,
  KIND_TRAITS,
  defaultText,
  normalizeError,
  shouldReport,
  toneOf,
  type ApiErrorKind,
} from '../../src';
import { throwOnError } from '../../src/query/throwOnError';

const response = (status: number, headers: Record<string, string> = {}) => ({ status, headers, body: null });

/** One failure of each kind, as an app's catch block meets it. */
const FAILURES = {
  validation: response(422),
  'bad-request': response(400),
  unauthenticated: response(401),
  forbidden: response(403),
  'not-found': response(404),
  conflict: response(409),
  'rate-limited': response(429, { 'retry-after': '20' }),
  server: response(500),
  unavailable: response(503),
  // A client-side timeout (no response), as `AbortSignal.timeout` gives it.
  timeout: new DOMException('The operation timed out.', 'TimeoutError'),
  network: new TypeError('Failed to fetch'),
  cancelled: new DOMException('The user aborted a request.', 'AbortError'),
  unknown: new Error('Cannot read properties of undefined'),
} satisfies Record<ApiErrorKind, unknown>;

describe('what each kind means', () => {
  it('lists every kind once, the same in the list, the table of traits and the default text', () => {
    expect(new Set(API_ERROR_KINDS).size).toBe(API_ERROR_KINDS.length);
    expect([...API_ERROR_KINDS].sort()).toEqual(Object.keys(FAILURES).sort());
    expect(Object.keys(KIND_TRAITS).sort()).toEqual([...API_ERROR_KINDS].sort());
    expect(Object.keys(defaultText).sort()).toEqual([...API_ERROR_KINDS].sort());
  });

  it('decides, per kind: retried, sent to the error boundary, reported, and its tone', () => {
    const decided = Object.fromEntries(
      Object.entries(FAILURES).map(([kind, failure]) => {
        const error = normalizeError(failure);
        return [
          kind,
          {
            kind: error.kind,
            retryable: error.retryable,
            toBoundary: throwOnError(failure),
            reported: shouldReport(failure),
            tone: toneOf(error),
          },
        ];
      }),
    );
    expect(decided).toEqual({
      // The person has something to fix, inline: never retried, never reported.
      validation: { kind: 'validation', retryable: false, toBoundary: false, reported: false, tone: 'critical' },
      'bad-request': { kind: 'bad-request', retryable: false, toBoundary: false, reported: false, tone: 'critical' },
      unauthenticated: { kind: 'unauthenticated', retryable: false, toBoundary: false, reported: false, tone: 'info' },
      forbidden: { kind: 'forbidden', retryable: false, toBoundary: false, reported: false, tone: 'critical' },
      'not-found': { kind: 'not-found', retryable: false, toBoundary: false, reported: false, tone: 'info' },
      conflict: { kind: 'conflict', retryable: false, toBoundary: false, reported: false, tone: 'critical' },
      // A wait, or the connection coming back, and the same request works: retried, kept inline.
      'rate-limited': { kind: 'rate-limited', retryable: true, toBoundary: false, reported: false, tone: 'warning' },
      timeout: { kind: 'timeout', retryable: true, toBoundary: false, reported: true, tone: 'warning' },
      network: { kind: 'network', retryable: true, toBoundary: false, reported: false, tone: 'info' },
      // The service failed: retried, and if it still fails, the boundary and the error tracker take it.
      server: { kind: 'server', retryable: true, toBoundary: true, reported: true, tone: 'critical' },
      unavailable: { kind: 'unavailable', retryable: true, toBoundary: true, reported: true, tone: 'warning' },
      // Nobody knows why (a bug in the app): not retried, sent to the boundary and reported.
      unknown: { kind: 'unknown', retryable: false, toBoundary: true, reported: true, tone: 'critical' },
      // The app stopped the request itself: nothing to retry, show or report.
      cancelled: { kind: 'cancelled', retryable: false, toBoundary: false, reported: false, tone: 'info' },
    });
  });

  it('is the table the kit reads: a model of each kind is retryable and toned as its row says', () => {
    for (const kind of API_ERROR_KINDS) {
      const error = normalizeError(FAILURES[kind]);
      expect({ kind, retryable: error.retryable, tone: toneOf(error) }).toEqual({
        kind,
        retryable: KIND_TRAITS[kind].retryable,
        tone: KIND_TRAITS[kind].tone,
      });
    }
  });
});
