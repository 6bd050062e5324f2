import type { ApiErrorKind } from '../../src';

/** The expected message when the body has no sentence written for the person: the kind's default text. */
export const DEFAULT = '(default)';

/** A failure without a response, as the client or runtime throws it (an engine's message, a Node error code). */
export interface Thrown {
  /** `TypeError`, `AbortError`, `TimeoutError`, `AxiosError`, … */
  name: string;
  message: string;
  code?: string;
  cause?: { name?: string; message?: string; code?: string };
}

/**
 * One real error response, copied from public material, with what the written rules
 * (`test/conformance/README.md`) say the model must be. Expectations are written from the source and
 * the rules, never from what the kit answers.
 */
export interface ConformanceCase {
  /** Unique: `<source-slug>/<what-it-is>`, e.g. `stripe/card-declined`. */
  id: string;
  /** The API, framework, gateway or library that sends this response (one name per product). */
  source: string;
  /** Where the body was copied from: a URL, or `owner/repo/path` (with `@commit` when known). */
  url: string;
  /** What was trimmed or filled in, and anything a reader of the case should know. */
  note?: string;
  /** When the response was received (ISO 8601). Default: the `Date` header, else 2026-11-22T12:00:00Z. */
  receivedAt?: string;
  /** The response: status, headers (names as sent), and the body (parsed JSON, or the raw text). */
  response?: { status: number; headers?: Record<string, string>; body?: unknown };
  /** Or a failure without a response. */
  thrown?: Thrown;
  expect: {
    kind: ApiErrorKind;
    /** A substring (case-insensitive) of the end-user message, or DEFAULT. */
    message: string;
    /**
     * Field-bound errors: canonical path and a substring of its message. Omitted: none. Form-level messages are not
     * listed.
     */
    fields?: ReadonlyArray<readonly [path: string, message: string]>;
    /** Seconds from `receivedAt` until a retry is allowed (±1 s). Omitted: no retry time. */
    retry?: number;
    /** The support id. Omitted: not checked. */
    logId?: string;
    /** The machine code. Omitted: not checked. */
    code?: string;
  };
}
