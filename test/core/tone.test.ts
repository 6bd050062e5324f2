import { describe, expect, it } from 'vitest';
import { normalizeError, toActionError, toneOf, type ApiErrorKind } from '../../src';

const model = (status: number, headers: Record<string, string> = {}) => normalizeError({ status, headers, body: null });

describe('toneOf', () => {
  it('gives each kind the tone its notice shows: red for failures, amber for waits, blue for a step the person takes', () => {
    const tones = {
      validation: model(422),
      'bad-request': model(400),
      forbidden: model(403),
      conflict: model(409),
      server: model(500),
      unknown: normalizeError(new Error('boom')),
      'rate-limited': model(429, { 'retry-after': '20' }),
      unavailable: model(503),
      timeout: model(408),
      unauthenticated: model(401),
      'not-found': model(404),
      network: normalizeError(new TypeError('Failed to fetch')),
      cancelled: normalizeError(new DOMException('The user aborted a request.', 'AbortError')),
    } satisfies Record<ApiErrorKind, unknown>;
    const byKind = Object.fromEntries(
      Object.entries(tones).map(([kind, error]) => [kind, [error.kind, toneOf(error)]]),
    );
    expect(byKind).toEqual({
      validation: ['validation', 'critical'],
      'bad-request': ['bad-request', 'critical'],
      forbidden: ['forbidden', 'critical'],
      conflict: ['conflict', 'critical'],
      server: ['server', 'critical'],
      unknown: ['unknown', 'critical'],
      'rate-limited': ['rate-limited', 'warning'],
      unavailable: ['unavailable', 'warning'],
      timeout: ['timeout', 'warning'],
      unauthenticated: ['unauthenticated', 'info'],
      'not-found': ['not-found', 'info'],
      network: ['network', 'info'],
      cancelled: ['cancelled', 'info'],
    });
  });

  it('reads a plain copy of the model: structuredClone, a server action’s result, a query cache', () => {
    const error = model(429, { 'retry-after': '20' });
    expect(toneOf(structuredClone(error))).toBe('warning');
    expect(toneOf(JSON.parse(JSON.stringify(error)))).toBe('warning');
    expect(toneOf(toActionError(model(401)).error)).toBe('info');
  });

  it('never throws: anything that is not a model’s kind reads as critical', () => {
    const hostile: unknown[] = [
      null,
      undefined,
      42,
      {},
      { kind: 'toString' },
      { kind: '__proto__' },
      { kind: { toString: () => 'network' } },
      Object.defineProperty({}, 'kind', {
        get: () => {
          throw new Error('hostile');
        },
      }),
      new Proxy(
        {},
        {
          get: () => {
            throw new Error('hostile');
          },
        },
      ),
    ];
    for (const value of hostile) expect(toneOf(value as never)).toBe('critical');
  });
});
