import { fieldError, MAX_FIELD_ERRORS } from './fieldErrors';
import { fieldPath } from './fieldPath';
import { NO_HEADERS, type HeaderReader } from './headers';
import { readSource, type Source } from './input';
import { isApiError } from './isApiError';
import { DEFAULT_TEXT, kindOfCode, kindOfStatus } from './kinds';
import { candidates } from './parsers/index';
import { pick } from './parts';
import { detailText, sentence } from './text';
import { clampDeadline, readRateLimit, retryAfterDeadline } from './timing';
import type { ApiError, ApiErrorKind, ErrorParser, FieldError, NormalizeOptions, ParsedError, RateLimit } from './types';
import { statusOf, str, type Loose } from './util';

const LOG_ID_HEADERS = [
  'x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid', 'x-amz-request-id', 'x-github-request-id',
  'x-ms-request-id', 'x-trace-id', 'x-amzn-trace-id', 'cf-ray', 'x-vercel-id', 'fly-request-id', 'traceresponse',
];
const RETRYABLE = /^(?:rate-limited|server|unavailable|timeout|network)$/;
// Shared: most errors have none, and a frozen empty list is the same for all of them.
const NO_FIELD_ERRORS: readonly FieldError[] = Object.freeze([]);

interface Read {
  parsed: ParsedError;
  format: string;
  /** A plain-text body: the message of a 4xx when nothing better exists. */
  text?: string;
}

// A tag: what tells an HTML page from a sentence sent with an HTML content type. `[^<>]` keeps it linear.
const MARKUP = /<\/?[a-z][^<>]*>/i;

/**
 * The text of an HTML page without its comments, scripts, styles and tags. Linear on hostile markup:
 * a comment runs to its `-->` or to the end, so every match succeeds; an unclosed <script> or a run
 * of `<` made the obvious regexes quadratic, so each `</script>` or `</style>` ends a part, and a
 * part loses everything from its opening tag on.
 */
const pageText = (html: string): string =>
  html
    .slice(0, 1e5)
    .replace(/<!--[^]*?(?:-->|$)/g, ' ')
    .split(/<\/(?:script|style)>/i)
    .map((part) => part.replace(/<(?:script|style)[^]*/i, ''))
    .join(' ')
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\s+/g, ' ');

/** A text body: JSON, XML (S3), an HTML error page, or plain text. */
function readText(text: string, source: Source, custom: readonly ErrorParser[]): Read {
  const body = text.trim();
  if (!body) return { parsed: {}, format: 'empty' };
  if (/^[[{]/.test(body)) {
    try {
      // Past 1 MiB a body is a dump, not an error report: salvage its members instead of parsing it.
      if (body.length < 1 << 20) return readBody(JSON.parse(body), source, custom);
    } catch {
      // Broken JSON (a missing colon, a truncated body) still names its message and support id.
    }
    // Read its well-formed string members, and show developers the text as it came.
    const members: Loose = Object.create(null);
    for (const [, key, value] of body.slice(0, 1e5).matchAll(/"([\w-]+)"\s*:\s*("(?:[^"\\]|\\.)*")/g)) {
      try {
        members[key!] ??= JSON.parse(value!);
      } catch {
        // an invalid escape loses only that member
      }
    }
    const read = readBody(members, source, custom);
    read.parsed.details = body;
    return read;
  }
  if (/^<(?:\?xml|Error>)/.test(body)) {
    const tag = (name: string) => new RegExp(`<${name}>([^<]*)<`).exec(body)?.[1];
    return { parsed: { code: tag('Code'), message: sentence(tag('Message')), logId: tag('RequestId'), details: body }, format: 'xml' };
  }
  // A page, or markup sent as HTML. A plain sentence sent as `text/html` (Express's `res.send('Email is required')`) is text.
  if (/^<|html/i.test(body.slice(0, 15)) || (/html/i.test(source.header('content-type')!) && MARKUP.test(body.slice(0, 1024))))
    return { parsed: { details: pageText(body) }, format: 'html' };
  return { parsed: { details: body }, format: 'text', text: body };
}

function readBody(body: unknown, source: Source, custom: readonly ErrorParser[]): Read {
  if (typeof body === 'string') return readText(body, source, custom);
  if (body != null)
    for (const parser of custom.length ? [...custom, ...candidates(body)] : candidates(body)) {
      try {
        const parsed = parser.parse(body, source);
        if (parsed) return { parsed: custom.includes(parser) ? clean(parsed) : parsed, format: String(parser.name) };
      } catch {
        // a parser that trips over hostile input, or returns what cannot be read, does not match
      }
    }
  return { parsed: {}, format: source.format ?? (body == null && source.status ? 'empty' : 'unknown') };
}

/** Holds a custom parser's output to the rules the built-in ones keep (they return clean sentences). */
const clean = (parsed: ParsedError): ParsedError =>
  Object.assign({}, parsed, {
    kind: Object.hasOwn(DEFAULT_TEXT, parsed.kind!) ? parsed.kind : undefined,
    message: sentence(parsed.message),
    fieldErrors: (Array.isArray(parsed.fieldErrors) ? parsed.fieldErrors.slice(0, MAX_FIELD_ERRORS) : []).flatMap((error: Loose) => {
      const message = sentence(error?.message);
      return message ? [fieldError(fieldPath(error.field), message, str(error.code))] : [];
    }),
  });

function classify(status: number | undefined, code: string | undefined, header: HeaderReader, rateLimit: RateLimit | undefined, fieldErrors: readonly FieldError[]): ApiErrorKind {
  const byStatus = kindOfStatus(status);
  // GitHub's primary limit is a 403 or 429 with nothing remaining; its secondary limit a 403 with Retry-After.
  if ((status === 403 || status === 429) && (rateLimit?.remaining === 0 || header('retry-after'))) return 'rate-limited';
  // A code outranks a status that says little (an OAuth `invalid_grant` is a 400, a GraphQL error a 200).
  const byCode = kindOfCode(code);
  if (byCode && byCode !== 'bad-request' && /^(?:bad-request|forbidden|validation|)$/.test(byStatus ?? '')) return byCode;
  if (status === 400 && fieldErrors.length) return 'validation';
  return byStatus ?? byCode ?? 'unknown';
}

function build(input: unknown, source: Source, { parsed, format, text }: Read, now: number): ApiError {
  const { header, body } = source as { header: HeaderReader; body: Loose };
  const status = source.status ?? statusOf(parsed.status) ?? statusOf(body?.status) ?? statusOf(body?.statusCode);
  // RFC 6750 puts a bearer token's error in the challenge, not the body.
  const challenge = header('www-authenticate') ?? '';
  const code = str(parsed.code) ?? (challenge ? /error="?([\w.-]+)/.exec(challenge)?.[1] : undefined) ?? header('x-amzn-errortype')?.split(':')[0];
  const fieldErrors = parsed.fieldErrors?.length ? Object.freeze(parsed.fieldErrors.map((error) => Object.freeze(error))) : NO_FIELD_ERRORS;
  const rateLimit = readRateLimit(header, now);
  const kind = source.kind ?? parsed.kind ?? classify(status, code, header, rateLimit, fieldErrors);
  const [defaultTitle, defaultMessage] = DEFAULT_TEXT[kind];
  const hint = Number(parsed.retryAfterMs);
  const retryAt =
    retryAfterDeadline(header, now) ??
    (kind === 'rate-limited' ? rateLimit?.resetAt : undefined) ??
    (hint >= 0 ? clampDeadline(now + hint, now) : undefined);
  const message =
    parsed.message ??
    sentence(/error_description="([^"]*)/.exec(challenge)?.[1]) ??
    (status! < 500 ? sentence(text) : undefined) ??
    defaultMessage;
  const title = sentence(parsed.title, 120);
  const logId = str(parsed.logId) ?? pick(body, 'logId').logId ?? header(...LOG_ID_HEADERS);
  const details = detailText(parsed.details) ?? detailText(source.details);
  const shouldRetry = header('stripe-should-retry');

  const error: Loose = { kind };
  if (status) error.status = status;
  if (code) error.code = code.slice(0, 200);
  error.title = title && title !== message ? title : defaultTitle;
  error.message = message;
  error.fieldErrors = fieldErrors;
  if (retryAt !== undefined) error.retryAt = retryAt;
  if (rateLimit) error.rateLimit = Object.freeze(rateLimit);
  if (logId?.trim()) error.logId = logId.trim().slice(0, 200);
  if (details) error.details = details;
  try {
    // Part of the original body: kept only if it serialises, so the model stays safe to log (no cycles, no BigInt).
    if (parsed.data !== undefined && JSON.stringify(parsed.data)) error.data = parsed.data;
  } catch {
    // unserialisable data is dropped
  }
  error.format = format;
  // Stripe's verdict overrides the kind's; any other value of its header says nothing.
  error.retryable = shouldRetry === 'true' || (shouldRetry !== 'false' && RETRYABLE.test(kind) && status !== 501);
  // Non-enumerable, so logging or serialising the model never walks into the original value.
  Object.defineProperty(error, 'cause', { value: input });
  return Object.freeze(error);
}

/**
 * Turns anything an app catches into one `ApiError`: a response-like `{ status, headers, body }`,
 * `HttpError`, a fetch `Response` (status and headers only), axios, ky, ofetch and Apollo errors,
 * DOMExceptions, the `TypeError` of a failed fetch, a GraphQL result, an `Error`, a string, anything.
 *
 * Never throws and never hangs: hostile input (cycles, throwing getters, Proxies, deep nesting,
 * huge strings) degrades to a generic message. An `ApiError` is returned as it is.
 */
export function normalizeError(input: unknown, options: NormalizeOptions = {}): ApiError {
  if (isApiError(input)) return input;
  const now = Number.isFinite(options?.now) ? options.now! : Date.now();
  const custom = Array.isArray(options?.parsers) ? options.parsers : [];
  let source: Source = { header: NO_HEADERS };
  let read: Read = { parsed: {}, format: 'unknown' };
  try {
    source = readSource(input);
    read = readBody(source.body, source, custom);
  } catch {
    // What was read before the failure still counts.
  }
  try {
    return build(input, source, read, now);
  } catch {
    return build(input, { header: NO_HEADERS, status: source.status }, { parsed: {}, format: 'unknown' }, now);
  }
}
