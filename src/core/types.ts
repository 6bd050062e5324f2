/**
 * What went wrong, in terms a person can act on. Derived from the status, the body's machine code and
 * the headers together, never from the status alone. `API_ERROR_KINDS` lists them, and `KIND_TRAITS`
 * says what each means.
 *
 * - `bad-request`: any other 4xx that signing in would not fix.
 * - `unavailable`: 502, 503 or 504; the service or a gateway in front of it is down.
 * - `network`: no response at all (offline, DNS, CORS, connection refused).
 * - `cancelled`: the app aborted the request itself.
 */
export type ApiErrorKind =
  | 'validation'
  | 'bad-request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'rate-limited'
  | 'server'
  | 'unavailable'
  | 'timeout'
  | 'network'
  | 'cancelled'
  | 'unknown';

/**
 * One message about one input, or about the whole form when `field` is absent. Named apart from
 * the React component `FieldError`, which shows one of these beside its control.
 */
export interface ApiFieldError {
  /** Canonical path: dot-joined, numeric indices (`items.0.name`), transport prefixes removed. */
  readonly field?: string;
  readonly message: string;
  /** The server's machine code for this item (`missing_field`, `InvalidEmail`, ...). */
  readonly code?: string;
}

/** Where a model's message came from: the server's own sentence, or the kit's default for the kind. */
export type MessageSource = 'server' | 'default';

export interface RateLimit {
  readonly limit?: number;
  readonly remaining?: number;
  /** Absolute epoch milliseconds when the window resets. */
  readonly resetAt?: number;
}

/**
 * The one model every failure becomes. A plain, frozen object: safe to log, compare and pass
 * around. `cause` is non-enumerable so that logging or `JSON.stringify` never walks into the
 * original value (which may be cyclic or huge).
 */
export interface ApiError {
  readonly kind: ApiErrorKind;
  /** The HTTP status, when there was a response. */
  readonly status?: number;
  /** The body's machine code (`AccessDenied`, `invalid_grant`, `BAD_USER_INPUT`, ...), always a string. */
  readonly code?: string;
  /** A short summary fit for a heading. Never a status number or reason phrase. */
  readonly title: string;
  /**
   * The most specific human sentence available: trimmed, length-capped, never HTML, never a stack
   * trace. A plain default for the kind when the body has none.
   */
  readonly message: string;
  /**
   * Where `message` came from: `server` when the response (or the thrown value) said it, even in the
   * very words of a default; `default` when nothing did and it is the kind's plain default
   * (`defaultText`). A notice shows the catalog's text, in the app's language, for a default.
   */
  readonly messageSource: MessageSource;
  readonly fieldErrors: readonly ApiFieldError[];
  /** Absolute epoch milliseconds when a retry is allowed, corrected for the server's clock. */
  readonly retryAt?: number;
  readonly rateLimit?: RateLimit;
  /** The ID a person quotes to support (a log, trace or request id). */
  readonly logId?: string;
  /** Developer-only text (server stack traces, debug info, raw HTML). Never shown to end users by default. */
  readonly details?: string;
  /** Structured extras the body carried (for example Contensis `data`). */
  readonly data?: unknown;
  /** Which parser read the body (`problem+json`, `graphql`, `octopus`, ...) or which transport failed. */
  readonly format: string;
  /** Whether sending the same request again may succeed. */
  readonly retryable: boolean;
  /** The original value that was normalized. */
  readonly cause: unknown;
}

/** What a parser gives back: only what it read; `normalizeError` fills in the rest. */
export interface ParsedError {
  kind?: ApiErrorKind;
  status?: number;
  code?: string;
  title?: string;
  message?: string;
  fieldErrors?: ApiFieldError[];
  logId?: string;
  details?: string;
  data?: unknown;
  /** A retry hint from the body, as a delay in milliseconds. */
  retryAfterMs?: number;
  /**
   * A broader code beside `code` (Stripe's `type`, Google's canonical `status`): it classifies when `code` does not.
   */
  category?: string;
}

export interface ParseContext {
  /** The HTTP status of the response, when known. */
  readonly status?: number;
  /**
   * Reads a response header case-insensitively, trimmed and never empty. Given several names, returns
   * the first that is present: `header('x-request-id', 'request-id')`.
   */
  readonly header: (...names: string[]) => string | undefined;
}

/**
 * The app's own reader for a format the kit does not know (its backend's): `parse` returns `undefined`
 * when the body is not in that format, so the next parser, then the normalizer's formats, can try. What
 * it returns is held to the rules the kit's formats keep. It may throw on hostile input: the normalizer
 * contains it.
 */
export interface ErrorParser {
  /** Becomes `ApiError.format`. */
  readonly name: string;
  parse(body: unknown, context: ParseContext): ParsedError | undefined;
}

export interface NormalizeOptions {
  /**
   * The current time in epoch milliseconds: `retryAt` is counted from it, and a reset header is told
   * epoch from delta against it.
   * @default Date.now()
   */
  now?: number;
  /**
   * The app's own parsers, tried before the normalizer's formats, in order.
   * @default none
   */
  parsers?: readonly ErrorParser[];
}
