import { fieldError, MAX_FIELD_ERRORS, namesField } from './fieldErrors';
import { fieldPath } from './fieldPath';
import { NO_HEADERS, requestIdHeaderNames, type HeaderReader } from './headers';
import { clientReader, type ErrorClient } from './clients/client';
import { readSource, type Source } from './input';
import { isApiError } from './isApiError';
import { DEFAULT_TEXT } from './defaultText';
import { kindOf } from './kinds';
import { KIND_TRAITS } from './kindTraits';
import type { ErrorFormat, FormatHeaders } from './formats/format';
import { read } from './read';
import { detailText, folded, plainText, saysRefused, sentence, tidy } from './text';
import { clampDeadline, readRateLimit, RETRY_AFTER_HEADERS, retryAfterDeadline, waitInText } from './timing';
import type { ApiError, ApiFieldError, ErrorParser, NormalizeOptions, ParsedError } from './types';
import { isObject, ownKeys, ownMember, statusOf, str, traceId, type Loose } from './util';

/** Request-id headers of APIs, gateways and CDNs, most specific first. */
const LOG_ID_HEADERS = [
  'x-request-id',
  'request-id',
  'x-correlation-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'x-amz-cf-id',
  'x-github-request-id',
  'x-ms-request-id',
  'x-trace-id',
  'x-amzn-trace-id',
  'x-kong-request-id',
  'apigw-requestid',
  'x-fastly-request-id',
  'x-akamai-request-id',
  'x-nf-request-id',
  'x-vercel-id',
  'cf-ray',
  'x-azure-ref',
  'fly-request-id',
  'x-cloud-trace-context',
  'x-b3-traceid',
  'traceresponse',
];
// Shared: most errors have none, and a frozen empty list is the same for all of them.
const NO_FIELD_ERRORS: readonly ApiFieldError[] = Object.freeze([]);
/**
 * A support id printed in a page or a message: Cloudflare's "Ray ID", CloudFront's "Request ID", Akamai's "Reference
 * #". An id holds a digit: TeamCity's "Check the reference is correct" names none.
 */
const ID_IN_TEXT =
  /\b(?:Ray ID|Request ?ID|Reference|Correlation ID|Trace ID|Incident ID|Error ID|Support ID)\s*(?:#|:|is)?\s*:?\s*((?=[\w.:-]*\d)[A-Za-z0-9][\w.:-]{5,})/i;

interface Read {
  parsed: ParsedError;
  format: string;
  /** A plain-text body: the message when it reads as a sentence. */
  text?: string;
}

// A tag: what tells an HTML page from a sentence sent with an HTML content type. `[^<>]` keeps it linear.
const MARKUP = /<\/?[a-z][^<>]*>/i;

// Tags that mark words inside a sentence, not the blocks or lines of a page (a WAF's `<br/>`-broken notice).
const INLINE_TAG = /^(?:a|b|i|u|em|strong|code|kbd|tt|span|small|sub|sup)$/i;
const inlineOnly = (html: string): boolean => {
  const tags = html.match(/<\/?[a-z][^<>]*>/gi) ?? [];
  return tags.every((tag) => INLINE_TAG.test(/^<\/?([a-z][a-z\d]*)/i.exec(tag)?.[1] ?? ''));
};

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
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A text body: JSON, XML, an HTML error page, or plain text. */
function readText(text: string, source: Source, readers: Readers): Read {
  const body = text.trim().replace(/^\uFEFF/, '');
  if (!body) return { parsed: {}, format: 'empty' };
  // A body that is only an error status, sent with a 200 (RESAS's `400`, `404`): the status it means.
  if (/^"?[45]\d\d"?$/.test(body)) return { parsed: { status: Number(body.replace(/"/g, '')) }, format: 'text' };
  // A JSON document that is only a code (Apple's device enrollment's `"token_rejected"` on a 403): the code, which may
  // say the kind, and the text for developers. A bare word sent as text is named by no rule, and stays text (Open
  // Charge Map's `REJECTED_APIKEY_INVALID` on a 403).
  const token = /^"([A-Za-z]+(?:_[A-Za-z]+)+)"$/.exec(body)?.[1];
  if (token) return { parsed: { code: token, details: body }, format: 'text', text: body };
  if (/^[[{]/.test(body)) {
    try {
      // Past 1 MiB a body is a dump, not an error report: salvage its members instead of parsing it.
      if (body.length < 1 << 20) return readBody(JSON.parse(body), source, readers);
    } catch {
      // Broken JSON (a missing colon, a truncated body) still names its message and support id.
    }
    // Read its well-formed string members, and show developers the text as it came.
    const members: Loose = Object.create(null);
    for (const [, key, value] of body.slice(0, 1e5).matchAll(/"([\w-]+)"\s*:\s*("(?:[^"\\]|\\.)*")/g)) {
      if (key === undefined || value === undefined) continue;
      try {
        members[key] ??= JSON.parse(value);
      } catch {
        // an invalid escape loses only that member
      }
    }
    // None at all: text that only opens with a bracket (Pixabay's "[ERROR 400] Invalid API key."), read as text below.
    if (Object.keys(members).length > 0) {
      const read = readBody(members, source, readers);
      read.parsed.details = body;
      return read;
    }
  }
  // A format sent as text (XML): its members, read as any body's, with the text for developers.
  for (const format of readers.text) {
    let members: Loose | undefined;
    try {
      members = format.parseText?.(body, source);
    } catch {
      // a format that trips over hostile text does not match
    }
    if (!isObject(members)) continue;
    const read = readBody(members, source, readers);
    read.parsed.details = body;
    return { ...read, format: String(format.name) };
  }
  const type = source.header('content-type') ?? '';
  // A page, or markup sent as HTML. A sentence sent as text is text, even when it mentions HTML
  // ("HTML is not allowed in your bio."), and so is one sent as `text/html` (Express's `res.send('Email is
  // required')`).
  const markup = /html/i.test(type) && MARKUP.test(body.slice(0, 1024));
  // A sentence that only links or stresses a word (Project Tycho's "Invalid API key. Please see the <a href=…>API
  // Help</a> …" as `text/html`) is a sentence, its tags dropped; a page has blocks.
  if (markup && body[0] !== '<' && body.length <= 1024 && inlineOnly(body)) {
    const line = pageText(body);
    return { parsed: { details: body }, format: 'text', text: line };
  }
  if (body[0] === '<' || /<(?:!doctype|html|body)\b/i.test(body.slice(0, 200)) || markup) {
    const page = pageText(body);
    return { parsed: { details: page }, format: 'html' };
  }
  return { parsed: { details: body }, format: 'text', text: body };
}

/**
 * What a format read, over what the structural reader found: a member the format returns, even
 * undefined, is its verdict (PostgREST's database text is no message).
 */
function over(base: ParsedError, parsed: ParsedError): ParsedError {
  for (const key in parsed) (base as Loose)[key] = parsed[key as keyof ParsedError];
  return base;
}

/** What one normalizer reads with: the app's parsers, tried first, and the formats a body may be in. */
interface Readers {
  custom: readonly ErrorParser[];
  formats: (body: Loose) => readonly ErrorFormat[];
  /** The formats that read text bodies, in their order. */
  text: readonly ErrorFormat[];
}

/**
 * The formats worth testing on a body, in their order: only those with one of their keys in it. A
 * body has a handful of keys, so one pass over them replaces a test per format that looks for
 * members most bodies lack. A body that is not plain JSON, or has more than 64 keys, is tried
 * against them all.
 */
function formatsByKey(listed: readonly ErrorFormat[]): Readers['formats'] {
  // A format of text bodies only (XML) has no test for a JSON one.
  const formats = listed.filter((format) => typeof format?.test === 'function');
  const byKey = new Map<string, number[]>();
  const anyBody: number[] = [];
  formats.forEach((format, index) => {
    const keys = Array.isArray(format.keys) ? format.keys : [];
    if (!keys.length) anyBody.push(index);
    for (const key of keys) byKey.set(key, [...(byKey.get(key) ?? []), index]);
  });
  return (body) => {
    const keys = ownKeys(body);
    if (!keys) return formats;
    const wanted = new Uint8Array(formats.length);
    for (const index of anyBody) wanted[index] = 1;
    for (const key of keys) for (const index of byKey.get(key) ?? []) wanted[index] = 1;
    return formats.filter((_, index) => wanted[index]);
  };
}

/** The structural reading of a body, with what its format read over it. */
function withStructure(body: Loose, source: Source, parsed: ParsedError, format: string): Read {
  try {
    return { parsed: over(read(body, undefined, source.status), parsed), format };
  } catch {
    return { parsed, format };
  }
}

function readBody(body: unknown, source: Source, readers: Readers): Read {
  if (typeof body === 'string') return readText(body, source, readers);
  if (body == null) return { parsed: {}, format: source.format ?? (source.status ? 'empty' : 'unknown') };
  // A list of one envelope (Google and tRPC batches: `[{ error: {…} }]`) is that envelope; a list of one field's
  // error (Grafana's `[{ fieldNames: ["Name"], message: "Required" }]`) stays a list of errors.
  if (Array.isArray(body) && body.length === 1 && isObject(body[0]) && !Array.isArray(body[0]) && !namesField(body[0]))
    body = body[0];
  for (const parser of readers.custom) {
    let parsed: ParsedError | undefined;
    try {
      const found = parser.parse(body, source);
      parsed = found && clean(found);
    } catch {
      // a parser that trips over hostile input, or returns what cannot be read, does not match
    }
    if (parsed) return withStructure(body as Loose, source, parsed, String(parser.name));
  }
  for (const format of readers.formats(body as Loose)) {
    let parsed: ParsedError | undefined;
    try {
      if (format.test?.(body as Loose, source)) parsed = format.read?.(body as Loose) ?? {};
    } catch {
      // a format that trips over hostile input does not match
    }
    if (!parsed) continue;
    // A format that reads its whole body (GraphQL) needs no structural reading beneath it.
    return format.complete
      ? { parsed, format: String(format.name) }
      : withStructure(body as Loose, source, parsed, String(format.name));
  }
  if (!isObject(body))
    return {
      parsed: typeof body === 'number' && body >= 400 && body < 600 ? { status: body } : {},
      format: source.format ?? 'unknown',
    };
  // No format told it: the structural reader alone, which reads any body.
  try {
    return { parsed: read(body, undefined, source.status), format: 'generic' };
  } catch {
    return { parsed: {}, format: 'unknown' };
  }
}

/** Holds a custom parser's output to the rules the built-in ones keep (they return clean sentences). */
const clean = (parsed: ParsedError): ParsedError =>
  Object.assign({}, parsed, {
    kind: typeof parsed.kind === 'string' && Object.hasOwn(DEFAULT_TEXT, parsed.kind) ? parsed.kind : undefined,
    message: plainText(parsed.message),
    fieldErrors: (Array.isArray(parsed.fieldErrors) ? parsed.fieldErrors.slice(0, MAX_FIELD_ERRORS) : []).flatMap(
      (error: Loose) => {
        const message = plainText(error?.message);
        return message ? [fieldError(fieldPath(error.field), message, str(error.code))] : [];
      },
    ),
  });

/** What the formats read from a response's headers: for each member, the first format that says it. */
function fromHeaders(formats: readonly ErrorFormat[], header: HeaderReader): FormatHeaders {
  const said: FormatHeaders = {};
  if (header !== NO_HEADERS)
    for (const format of formats)
      try {
        const found = format.readHeaders?.(header);
        if (typeof found?.code === 'string') said.code ??= found.code;
        if (typeof found?.retryable === 'boolean') said.retryable ??= found.retryable;
      } catch {
        // a format that trips over a header says nothing of it
      }
  return said;
}

function build(
  input: unknown,
  source: Source,
  { parsed: read, format, text }: Read,
  now: number,
  headed: FormatHeaders = {},
): ApiError {
  const parsed: ParsedError = read;
  const { header, body } = source as { header: HeaderReader; body: Loose };
  const bodyStatus =
    statusOf(parsed.status) ??
    (isObject(body) ? (statusOf(ownMember(body, 'status')) ?? statusOf(ownMember(body, 'statusCode'))) : undefined);
  const status = source.status ?? bodyStatus;
  // A body that names its own error status beside a bare 400 says more, as a code does (Supabase Storage's
  // `statusCode: "404"`, which it answered with a 400).
  const kindStatus =
    bodyStatus !== undefined &&
    ((status === 400 && bodyStatus > 400 && bodyStatus < 500) ||
      (status !== undefined && status < 300 && bodyStatus >= 400))
      ? bodyStatus
      : status;
  // RFC 6750 puts a bearer token's error in the challenge, not the body.
  const challenge = header('www-authenticate') ?? '';
  const challengeCode = challenge ? /error="?([\w.-]+)/.exec(challenge)?.[1] : undefined;
  const headerCode = headed.code;
  // A number that only repeats the status is not a code.
  // A lone field error's code speaks for the whole (GitHub's `already_exists`), as its message does.
  const bodyCode = str(parsed.code) ?? (parsed.fieldErrors?.length === 1 ? parsed.fieldErrors[0]?.code : undefined);
  const code = (bodyCode && Number(bodyCode) !== status ? bodyCode : undefined) ?? challengeCode ?? headerCode;
  const fieldErrors = parsed.fieldErrors?.length
    ? Object.freeze(parsed.fieldErrors.map((error) => Object.freeze(error)))
    : NO_FIELD_ERRORS;
  const rateLimit = readRateLimit(header, now);
  // A 413 with Retry-After is temporary (RFC 9110 §15.5.14; OpenStack Nova's rate limit).
  const throttled =
    (status === 403 || status === 413 || status === 429) &&
    (rateLimit?.remaining === 0 || header(...RETRY_AFTER_HEADERS) !== undefined);
  // A format's kind never turns a 5xx into a 4xx's but a throttle's (rule 1: aria2's JSON-RPC parse error, -32700,
  // answered with a 500).
  const formatKind =
    parsed.kind !== undefined &&
    status !== undefined &&
    status >= 500 &&
    !KIND_TRAITS[parsed.kind].reported &&
    parsed.kind !== 'rate-limited'
      ? undefined
      : parsed.kind;
  const kind =
    source.kind ??
    formatKind ??
    // GitHub's primary limit is a 403 or 429 with nothing remaining; its secondary limit a 403 with Retry-After.
    (throttled
      ? 'rate-limited'
      : kindOf(
          kindStatus,
          [code, str(parsed.category), challengeCode, headerCode],
          fieldErrors.length ? fieldErrors.flatMap((error) => error.code ?? []) : [],
          // On a 2xx, lines about no field say what failed, not that an input did (OCR.space's `ErrorMessage: [..]`
          // beside `IsErroredOnProcessing: true`): only a field named makes it a validation failure.
          fieldErrors.length > 0 &&
            (kindStatus === undefined || kindStatus >= 300 || fieldErrors.some((error) => error.field !== undefined)),
        ));
  const [defaultTitle, defaultMessage] = DEFAULT_TEXT[kind];
  // A plain-text 4xx is the app's own sentence, and so is a 2xx's, which no proxy writes (Finnhub's "wrong
  // resolution"); a 5xx's text comes from proxies and runtimes, for developers, and a 3xx's says where to go.
  // "Not Authorized" restates only a 401: sent as text with any other status it says what was refused (PiShock's on a
  // 200), as it does in a message member.
  const line = text === undefined ? undefined : folded(text);
  const textMessage =
    status !== undefined && (status < 300 || (status >= 400 && status < 500))
      ? (sentence(text) ?? (line !== undefined && status !== 401 && saysRefused(line) ? tidy(line, 300) : undefined))
      : undefined;
  // A challenge's `error_description` is written "to assist the client developer" (RFC 6750 §3), not for the person:
  // it goes to `details`, and its `error` sets the kind (MyAnimeList's and GOV.UK One Login's "The access token
  // expired").
  const said = parsed.message ?? textMessage;
  const message = said ?? defaultMessage;
  const hint = Number(parsed.retryAfterMs);
  // A wait written in words matters where waiting helps; elsewhere only the person's own sentence sets one (Tealium's
  // 401 "Too many unsuccessful login attempts. Please try again in 10 minutes"), never the developer's details.
  const textHint = KIND_TRAITS[kind].retryable
    ? (waitInText(parsed.message ?? text) ?? (format === 'html' ? undefined : waitInText(parsed.details)))
    : waitInText(said);
  const retryAfterMs = header('retry-after-ms');
  const retryAt =
    (retryAfterMs && /^\d+(?:\.\d+)?$/.test(retryAfterMs) ? clampDeadline(now + +retryAfterMs, now) : undefined) ??
    retryAfterDeadline(header, now) ??
    (kind === 'rate-limited' ? rateLimit?.resetAt : undefined) ??
    (hint >= 0 ? clampDeadline(now + hint, now) : undefined) ??
    (textHint !== undefined ? clampDeadline(now + textHint, now) : undefined);
  const title = sentence(parsed.title, 120);
  // A page's printed id ("Ray ID: …") only when no header names one: the header is exact.
  const logId =
    str(parsed.logId) ??
    header(...LOG_ID_HEADERS) ??
    header(...requestIdHeaderNames(header)) ??
    traceId(header('traceparent')) ??
    (format === 'html' || format === 'text' ? ID_IN_TEXT.exec(parsed.details ?? '')?.[1] : undefined);
  const details =
    detailText(parsed.details) ??
    detailText(source.details) ??
    detailText(/error_description="([^"]*)/.exec(challenge)?.[1]);

  // Typed member by member, in the order the model shows them; `cause` comes last, and unlisted.
  const error: { -readonly [K in keyof ApiError]?: ApiError[K] } = { kind };
  if (status) error.status = status;
  if (code) error.code = code.slice(0, 200);
  error.title = title && title !== message ? title : defaultTitle;
  error.message = message;
  // Known here, never guessed later from the words: a server may send a default's very sentence.
  error.messageSource = said == null ? 'default' : 'server';
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
  // The server's own verdict (Stripe's header) overrides the kind's.
  error.retryable = headed.retryable ?? (KIND_TRAITS[kind].retryable && status !== 501);
  // Non-enumerable, so logging or serialising the model never walks into the original value.
  Object.defineProperty(error, 'cause', { value: input });
  // Every member the model must have was set above.
  return Object.freeze(error) as ApiError;
}

/** A function that turns anything an app catches into one `ApiError`, as `normalizeError` does. */
export type Normalizer = (input: unknown, options?: NormalizeOptions) => ApiError;

/** How a helper that takes anything thrown reads it: the app's normalizer, and parsers to try first. */
export interface ReadingOptions {
  /**
   * The app's own parsers, tried before the normalizer's formats, in order.
   * @default none
   */
  parsers?: readonly ErrorParser[];
  /**
   * What reads the error: the `createNormalizer` the app gives its provider, so this reads errors as the
   * notices do.
   * @default normalizeError (every format the kit knows)
   */
  normalize?: Normalizer;
}

export interface NormalizerOptions {
  /**
   * The wire formats to read, tried in order (import them from `api-error-kit/formats`). A body in
   * none of them is still read by structure, which finds messages, codes, field errors, support ids
   * and retry hints in any JSON body. `builtInFormats` is all of them, as `normalizeError` reads.
   * @default [] (the structural reader alone)
   */
  formats?: readonly ErrorFormat[];
  /**
   * The app's own parsers, tried before the formats, in order; what they return is held to the rules
   * the formats keep (no markup, no developer text, a known kind).
   * @default []
   */
  parsers?: readonly ErrorParser[];
  /**
   * The clients whose own errors to read as the responses they came from (import them from
   * `api-error-kit/clients`): `trpcErrors`, `awsSdkErrors`, … An error of any other client is still read
   * when it carries a response (axios, ky, ofetch, fetch's `Response`) or a status. `builtInClients` is all of
   * them, as `normalizeError` reads.
   * @default [] (response-like objects and plain errors only)
   */
  clients?: readonly ErrorClient[];
}

/**
 * A `normalizeError` that reads only the formats you name, plus the structural reader: an app whose
 * backend speaks one format pays for that one. Give it to `ApiErrorProvider` (`normalize`),
 * `retryPolicy` (`normalize`) and `createThrowOnError`, so every layer reads errors the same way.
 *
 * What it returns never throws and never hangs: hostile input (cycles, throwing getters, Proxies,
 * deep nesting, huge strings) degrades to a generic message. An `ApiError` is returned as it is.
 *
 * @example const normalize = createNormalizer({ formats: [problemJson] });
 */
export function createNormalizer({ formats = [], parsers = [], clients = [] }: NormalizerOptions = {}): Normalizer {
  const listed = Array.isArray(formats) ? formats : [];
  const client = clientReader(Array.isArray(clients) ? clients : []);
  const byKey = formatsByKey(listed);
  const headed = listed.filter((format) => typeof format?.readHeaders === 'function');
  const text = listed.filter((format) => typeof format?.parseText === 'function');
  const own: readonly ErrorParser[] = Array.isArray(parsers) ? parsers : [];
  return (input, options = {}) => {
    if (isApiError(input)) return input;
    const now = typeof options?.now === 'number' && Number.isFinite(options.now) ? options.now : Date.now();
    const custom = Array.isArray(options?.parsers) && options.parsers.length ? [...options.parsers, ...own] : own;
    let source: Source = { header: NO_HEADERS };
    let read: Read = { parsed: {}, format: 'unknown' };
    try {
      source = readSource(input, client);
      read = readBody(source.body, source, { custom, formats: byKey, text });
    } catch {
      // What was read before the failure still counts.
    }
    try {
      return build(input, source, read, now, fromHeaders(headed, source.header));
    } catch {
      return build(input, { header: NO_HEADERS, status: source.status }, { parsed: {}, format: 'unknown' }, now);
    }
  };
}
