import type { HeaderReader } from './headers';
import type { RateLimit } from './types';

/** Waits beyond a day are clamped: a retry header that says "next week" is a misreading or a bug. */
export const MAX_WAIT_MS = 86_400_000;
// A reset at or above 2024-01-01 in seconds is an epoch, below it a delta (ky's heuristic).
const EPOCH_SECONDS = 1_704_067_200;
// IMF-fixdate and RFC 850 (`06 Nov 1994` / `06-Nov-94`), or asctime (`Nov  6 08:49:37 1994`).
const HTTP_DATE = /(\d\d?)[ -]([A-Z][a-z]{2})[ -](\d{2,4}) (\d\d):(\d\d):(\d\d)|([A-Z][a-z]{2}) +(\d\d?) (\d\d):(\d\d):(\d\d) (\d{4})/;
const DURATION = /^(?:([\d.]+)h)?(?:([\d.]+)m(?!s))?(?:([\d.]+)s)?(?:([\d.]+)ms)?$/;

/** A deadline kept within [now, now + MAX_WAIT_MS]; undefined when it is not a number. */
export const clampDeadline = (at: number, now: number): number | undefined =>
  Number.isFinite(at) ? Math.round(Math.min(Math.max(at, now), now + MAX_WAIT_MS)) : undefined;

/**
 * An HTTP-date in any of RFC 9110's three forms, read by hand because `Date.parse` reads asctime in
 * local time and engines disagree on RFC 850. ISO 8601 timestamps go to `Date.parse`.
 */
export function parseDate(value: string, now: number): number | undefined {
  const m = HTTP_DATE.exec(value);
  if (!m) {
    const iso = /^\d{4}-\d\d-\d\dT/.test(value) ? Date.parse(value) : NaN;
    return Number.isNaN(iso) ? undefined : iso;
  }
  const [day, month, year, h, min, s] = (m[1] ? m.slice(1, 7) : [m[8], m[7], m[12], m[9], m[10], m[11]]).map((part, i) =>
    i === 1 ? 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(part!) / 3 : +part!,
  ) as number[];
  let y = year!;
  // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year with those digits.
  if (y < 100) y += y + 2000 > new Date(now).getUTCFullYear() + 50 ? 1900 : 2000;
  const at = Date.UTC(y, month!, day, h, min, s);
  return month! % 1 || month! < 0 || new Date(at).getUTCDate() !== day ? undefined : at;
}

/** A server timestamp moved onto the client's clock with the response's `Date` header. */
function onClientClock(at: number, now: number, header: HeaderReader): number {
  const served = parseDate(header('date') ?? '', now);
  return served === undefined ? at : now + at - served;
}

/** A Go or protobuf duration (`1m30s`, `6m0s`, `1.5s`, `500ms`) in milliseconds. */
export function durationMs(value: unknown): number | undefined {
  const m = typeof value === 'string' && value ? DURATION.exec(value) : null;
  return m ? ((+(m[1] ?? 0) * 60 + +(m[2] ?? 0)) * 60 + +(m[3] ?? 0)) * 1000 + +(m[4] ?? 0) : undefined;
}

/**
 * A deadline from a header value: delta seconds (fractions tolerated), an epoch in seconds or
 * milliseconds (when `epochs`), a duration, an HTTP-date or an ISO timestamp; dates are corrected
 * for clock skew.
 */
export function deadline(value: string | undefined, now: number, header: HeaderReader, epochs = true): number | undefined {
  if (!value) return undefined;
  let at: number | undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) {
    const n = +value;
    at = !epochs || n < EPOCH_SECONDS ? now + n * 1000 : onClientClock(n < 1e12 ? n * 1000 : n, now, header);
  } else {
    const duration = durationMs(value);
    const date = duration === undefined ? parseDate(value, now) : undefined;
    at = duration !== undefined ? now + duration : date !== undefined ? onClientClock(date, now, header) : undefined;
  }
  return at === undefined ? undefined : clampDeadline(at, now);
}

/** `Retry-After`: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export const retryAfterDeadline = (header: HeaderReader, now: number) => deadline(header('retry-after'), now, header, false);

const count = (value?: string): number | undefined => {
  const n = parseFloat(value!);
  return n >= 0 && n < Infinity ? n : undefined;
};

/** Structured-field items: `a=1;b="x", c` to `[{ a: '1', b: 'x' }, { c: '' }]`. */
const items = (value?: string): Record<string, string>[] =>
  value
    ? value.split(',').slice(0, 16).map((item) =>
        Object.fromEntries(item.split(';').map((part) => part.split('=').map((s) => s.trim().replace(/"/g, '')))),
      )
    : [];

// Names built once: concatenating them per call made fresh strings to hash on every lookup.
const named = (...suffixes: string[]) => ['ratelimit-', 'x-ratelimit-', 'x-rate-limit-'].flatMap((prefix) => suffixes.map((suffix) => prefix + suffix));
const LIMIT = named('limit');
const REMAINING = named('remaining');
const RESET = named('reset', 'reset-after');
const EVERY_NAME = ['ratelimit', ...LIMIT, ...REMAINING, ...RESET];

/**
 * Rate-limit figures from the IETF fields in all three draft generations (separate
 * `RateLimit-Limit`/`-Remaining`/`-Reset` up to -06; draft 07's `RateLimit: limit=, remaining=,
 * reset=`; draft 08+'s `RateLimit: "policy";r=;t=` with `RateLimit-Policy: "policy";q=;w=`, keeping
 * the most constraining policy), then `X-RateLimit-*` and `X-Rate-Limit-*` headers.
 */
export function readRateLimit(header: HeaderReader, now: number): RateLimit | undefined {
  // Most responses carry none of these: one pass over the names says so.
  if (!header(...EVERY_NAME)) return undefined;
  const combined = items(header('ratelimit'));
  const policy = combined.filter((item) => item.r).sort((a, b) => +a.r! - +b.r! || +b.t! - +a.t!)[0];
  const draft7 = Object.assign({}, ...combined) as Record<string, string | undefined>;
  const name = policy && Object.keys(policy)[0]!;
  let limit = policy ? items(header('ratelimit-policy')).find((item) => name! in item)?.q : draft7.limit;
  let remaining = policy?.r ?? draft7.remaining;
  let reset = policy?.t ?? draft7.reset;
  limit ??= header(...LIMIT);
  remaining ??= header(...REMAINING);
  reset ??= header(...RESET);
  const rateLimit: { limit?: number; remaining?: number; resetAt?: number } = {};
  const l = count(limit), r = count(remaining), at = deadline(reset, now, header);
  if (l !== undefined) rateLimit.limit = l;
  if (r !== undefined) rateLimit.remaining = r;
  if (at !== undefined) rateLimit.resetAt = at;
  return Object.keys(rateLimit).length ? rateLimit : undefined;
}
