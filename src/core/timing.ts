import { rateLimitHeaderNames, type HeaderReader } from './headers';
import type { RateLimit } from './types';

/** Waits beyond a day are clamped: a retry header that says "next week" is a misreading or a bug. */
export const MAX_WAIT_MS = 86_400_000;
// IMF-fixdate and RFC 850 (`06 Nov 1994` / `06-Nov-94`), or asctime (`Nov  6 08:49:37 1994`).
const HTTP_DATE =
  /(\d\d?)[ -]([A-Z][a-z]{2})[ -](\d{2,4}) (\d\d):(\d\d):(\d\d)|([A-Z][a-z]{2}) +(\d\d?) (\d\d):(\d\d):(\d\d) (\d{4})/;
// Go and protobuf durations: `1h2m3.5s`, `6m0s`, `500ms`, `20ms`.
const GO_DURATION = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/;
// .NET TimeSpan: `00:00:30`, `1.02:03:04.5` (days, hours, minutes, seconds).
const TIME_SPAN = /^(?:(\d+)\.)?(\d\d?):(\d\d):(\d\d(?:\.\d+)?)$/;
// ISO 8601 durations: `PT30S`, `PT1M30S`, `PT0.5S`.
const ISO_DURATION = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/i;
/**
 * A wait written in a sentence: "Please try again in 1.5s", "Retry after 30 seconds", "Expected available in 59
 * seconds", "Try again in 5 minutes", "wait 10 seconds", SmartThings' "retry in 43074 millis", Home Connect's "blocked
 * during the remaining period of 50460 seconds", OpenSubtitles' "Your quota will be renewed in 09 hours and 57 minutes"
 * (a second unit after the first adds to it); of a range, the earliest (AppGallery Connect's "please try again in 3-5
 * minutes"). A retry word must come first, so "expires in 30 days" says nothing.
 */
const WAIT_IN_TEXT =
  /\b(?:try(?: it)? again|retry|retrying|available|availability|wait|again|blocked|replenished|renewed)\b[^.?!;]{0,40}?\b(?:(?:in|after|for)\s+)?(?:about |approximately |at least )?(?<!every |per |each )['"]?(\d+(?:\.\d+)?)['"]?(?:\s*(?:-|–|to)\s*\d+(?:\.\d+)?)?\s*(ms|millis(?:econds?)?|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b/i;
/** The same with a TimeSpan: Azure API Management's "Quota will be replenished in 02:12:20." */
const SPAN_IN_TEXT = /\b(?:try(?: it)? again|retry|available|again|replenished) in ((?:\d+\.)?\d\d?:\d\d:\d\d)\b/i;
/** A limit held for a time (adsbdb's "rate limited for 60 seconds"). */
const LIMITED_FOR = /\blimited for (\d+(?:\.\d+)?) ?(ms|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)\b/i;
const AND_MORE = /^,? (?:and )?(\d+) ?(m|mins?|minutes?|s|secs?|seconds?)\b/i;
const RETRY_AFTER_IN_TEXT = /\b(?:retry[ -]after|until reset):? (\d+(?:\.\d+)?)(?![\d.]|\s*[a-z])/i;
/** A unit as written (`ms`, `millis`, `s`, `secs`, `m`, `mins`, `minutes`, `h`, `hrs`, `hours`) in milliseconds. */
const unitMs = (unit: string): number => {
  const u = unit.toLowerCase();
  return u === 'ms' || u.startsWith('milli') ? 1 : u[0] === 's' ? 1000 : u[0] === 'm' ? 60_000 : 3_600_000;
};

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
  const [day, month, year, h, min, s] = (m[1] ? m.slice(1, 7) : [m[8], m[7], m[12], m[9], m[10], m[11]]).map(
    (part, i) => (i === 1 ? 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(part ?? '') / 3 : Number(part)),
  );
  let y = year ?? NaN;
  // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year with those digits.
  if (y < 100) y += y + 2000 > new Date(now).getUTCFullYear() + 50 ? 1900 : 2000;
  const at = Date.UTC(y, month ?? NaN, day, h, min, s);
  return month === undefined || month % 1 || month < 0 || new Date(at).getUTCDate() !== day ? undefined : at;
}

/** A server timestamp moved onto the client's clock with the response's `Date` header. */
function onClientClock(at: number, now: number, header: HeaderReader): number {
  const served = parseDate(header('date') ?? '', now);
  return served === undefined ? at : now + at - served;
}

/**
 * A duration in milliseconds: Go or protobuf (`1m30s`, `1.5s`, `500ms`), .NET TimeSpan (`00:00:30`) or ISO 8601
 * (`PT30S`).
 */
export function durationMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const line = value.trim();
  const go = GO_DURATION.exec(line);
  if (go && line) return ((+(go[1] ?? 0) * 60 + +(go[2] ?? 0)) * 60 + +(go[3] ?? 0)) * 1000 + +(go[4] ?? 0);
  const span = TIME_SPAN.exec(line);
  if (span) return (((+(span[1] ?? 0) * 24 + +(span[2] ?? 0)) * 60 + +(span[3] ?? 0)) * 60 + +(span[4] ?? 0)) * 1000;
  const iso = ISO_DURATION.exec(line);
  if (iso && line.length > 2) return ((+(iso[1] ?? 0) * 60 + +(iso[2] ?? 0)) * 60 + +(iso[3] ?? 0)) * 1000;
  return undefined;
}

/** A wait written in a sentence, in milliseconds. */
export function waitInText(text: unknown): number | undefined {
  const line = typeof text === 'string' ? text.slice(0, 2000) : '';
  const m = WAIT_IN_TEXT.exec(line);
  if (m) {
    const more = AND_MORE.exec(line.slice(m.index + m[0].length));
    return Number(m[1]) * unitMs(String(m[2])) + (more ? Number(more[1]) * unitMs(String(more[2])) : 0);
  }
  const limited = LIMITED_FOR.exec(line);
  if (limited) return Number(limited[1]) * unitMs(String(limited[2]));
  const span = SPAN_IN_TEXT.exec(line);
  if (span) return durationMs(span[1]);
  // "retry after 3" without a unit counts seconds, as the Retry-After header does (Telegram).
  const bare = RETRY_AFTER_IN_TEXT.exec(line);
  return bare ? Number(bare[1]) * 1000 : undefined;
}

/**
 * A deadline from a header value: delta seconds (fractions tolerated), an epoch in seconds or
 * milliseconds (when `epochs`), a duration, an HTTP-date or an ISO timestamp; dates are corrected
 * for clock skew.
 */
export function deadline(
  value: string | undefined,
  now: number,
  header: HeaderReader,
  epochs = true,
): number | undefined {
  if (!value) return undefined;
  let at: number | undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) {
    const n = +value;
    // Epoch or delta, decided against the caller's clock (or the server's `Date`): a number that lands
    // within a day of it as epoch seconds or milliseconds is an epoch; anything else counts seconds.
    const served = parseDate(header('date') ?? '', now) ?? now;
    const epoch = !epochs
      ? undefined
      : Math.abs(n * 1000 - served) <= MAX_WAIT_MS
        ? n * 1000
        : Math.abs(n - served) <= MAX_WAIT_MS
          ? n
          : undefined;
    at = epoch === undefined ? now + n * 1000 : onClientClock(epoch, now, header);
  } else {
    const duration = durationMs(value);
    const date = duration === undefined ? parseDate(value, now) : undefined;
    at = duration !== undefined ? now + duration : date !== undefined ? onClientClock(date, now, header) : undefined;
  }
  return at === undefined ? undefined : clampDeadline(at, now);
}

/**
 * `Retry-After`: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); Better Auth's rate limiter names it `X-Retry-After`,
 * in the same seconds (better-auth/dist/api/rate-limiter).
 */
export const RETRY_AFTER_HEADERS = ['retry-after', 'x-retry-after'] as const;

/** The deadline a `Retry-After` header sets. */
export function retryAfterDeadline(header: HeaderReader, now: number): number | undefined {
  const value = header(...RETRY_AFTER_HEADERS);
  // Seconds or a date: a duration there (`5s`) is a value the header does not allow (OpenFGA's SDK ignores it too).
  return durationMs(value) === undefined ? deadline(value, now, header, false) : undefined;
}

const count = (value?: string): number | undefined => {
  const n = parseFloat(value ?? '');
  return n >= 0 && n < Infinity ? n : undefined;
};

/** Structured-field items: `a=1;b="x", c` to `[{ a: '1', b: 'x' }, { c: '' }]`. */
const items = (value?: string): Record<string, string>[] =>
  value
    ? value
        .split(',')
        .slice(0, 16)
        .map((item) =>
          Object.fromEntries(item.split(';').map((part) => part.split('=').map((s) => s.trim().replace(/"/g, '')))),
        )
    : [];

/** One rate-limited resource: the standard headers, or a vendor's per-resource family. */
interface Resource {
  limit?: string;
  remaining?: string;
  reset?: string;
  /** A reset that counts seconds from now (`X-RateLimit-Reset-After`, Symfony's `X-RateLimit-Retry-After`). */
  after?: string;
}
// BigCommerce's `X-Rate-Limit-Requests-Left` is what others call remaining.
const PARTS = new Set(['limit', 'remaining', 'left', 'reset', 'retry']);

/**
 * The rate-limit headers grouped by resource, whatever the vendor's prefix and word order:
 * `x-ratelimit-remaining` and `x-ratelimit-reset`; OpenAI's `x-ratelimit-reset-requests` and
 * `-tokens`; Anthropic's `anthropic-ratelimit-requests-reset`; `x-rate-limit-*`; `ratelimit-*`; Pushover's
 * `x-limit-app-*`.
 */
function resources(header: HeaderReader): Map<string, Resource> {
  const found = new Map<string, Resource>();
  for (const name of rateLimitHeaderNames(header)) {
    const segments = name
      .replace(/rate-limit/g, 'ratelimit')
      .replace(/^x-limit-/, 'x-ratelimit-')
      .split('-');
    if (!segments.includes('ratelimit')) continue;
    const at = segments.findIndex((segment) => PARTS.has(segment));
    if (at < 0) continue;
    const after = segments[at + 1] === 'after' || segments[at] === 'retry';
    // BigCommerce's `X-Rate-Limit-Time-Reset-Ms` counts milliseconds; in seconds, an epoch in milliseconds still
    // reads as one.
    const ms = segments[segments.length - 1] === 'ms';
    const key = segments
      .filter((_, i) => i !== at && !(after && i === at + 1) && !(ms && i === segments.length - 1))
      .join('-');
    const resource = found.get(key) ?? {};
    const part =
      segments[at] === 'limit' || segments[at] === 'remaining'
        ? (segments[at] as 'limit' | 'remaining')
        : segments[at] === 'left'
          ? 'remaining'
          : after
            ? 'after'
            : 'reset';
    const value = header(name);
    resource[part] ??= ms && value && /^\d+(?:\.\d+)?$/.test(value) ? String(+value / 1000) : value;
    found.set(key, resource);
  }
  return found;
}

/**
 * Rate-limit figures from the IETF fields in all three draft generations (separate
 * `RateLimit-Limit`/`-Remaining`/`-Reset` up to -06; draft 07's `RateLimit: limit=, remaining=,
 * reset=`; draft 08+'s `RateLimit: "policy";r=;t=` with `RateLimit-Policy: "policy";q=;w=`, keeping
 * the most constraining policy), then `X-RateLimit-*`, `X-Rate-Limit-*` and vendor families per
 * resource: of several, the one exhausted that resets last, else the one that resets first.
 */
export function readRateLimit(header: HeaderReader, now: number): RateLimit | undefined {
  // Most responses carry none: the reader knows without a lookup.
  if (!rateLimitHeaderNames(header).length) return undefined;
  let chosen: { limit?: string; remaining?: string; resetAt?: number } | undefined;
  const combined = items(header('ratelimit'));
  if (combined.length) {
    const policy = combined
      .filter((item) => item.r)
      .sort((a, b) => Number(a.r) - Number(b.r) || Number(b.t) - Number(a.t))[0];
    const draft7 = Object.assign({}, ...combined) as Record<string, string | undefined>;
    const name = policy ? Object.keys(policy)[0] : undefined;
    chosen = {
      limit: policy
        ? items(header('ratelimit-policy')).find((item) => name !== undefined && name in item)?.q
        : draft7.limit,
      remaining: policy?.r ?? draft7.remaining,
      resetAt: deadline(policy?.t ?? draft7.reset, now, header),
    };
  } else {
    const all = [...resources(header).values()].map((r) => ({
      ...r,
      resetAt: r.after ? deadline(r.after, now, header, false) : deadline(r.reset, now, header),
    }));
    const exhausted = all
      .filter((r) => count(r.remaining) === 0 && r.resetAt !== undefined)
      .sort((a, b) => (b.resetAt ?? 0) - (a.resetAt ?? 0));
    const resetting = all.filter((r) => r.resetAt !== undefined).sort((a, b) => (a.resetAt ?? 0) - (b.resetAt ?? 0));
    chosen = exhausted[0] ?? resetting[0] ?? all.find((r) => r.remaining !== undefined || r.limit !== undefined);
  }
  if (!chosen) return undefined;
  const rateLimit: { limit?: number; remaining?: number; resetAt?: number } = {};
  const l = count(chosen.limit),
    r = count(chosen.remaining);
  if (l !== undefined) rateLimit.limit = l;
  if (r !== undefined) rateLimit.remaining = r;
  if (chosen.resetAt !== undefined) rateLimit.resetAt = chosen.resetAt;
  return Object.keys(rateLimit).length ? rateLimit : undefined;
}
