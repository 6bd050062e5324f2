import { clientReader } from './clients/client';
import { builtInClients } from './clients/index';
import { NO_HEADERS, type HeaderReader } from './headers';
import { readSource } from './input';
import type { ReadingOptions } from './createNormalizer';
import { normalizerOf } from './normalizeError';
import type { ApiError, ApiErrorKind } from './types';
import { isObject, traceId, type Loose } from './util';

/**
 * What an error tracker indexes a failure by. Strings only: Sentry's tag values, Datadog's tags and
 * OpenTelemetry's attributes all take them, so one object fits the three. An absent value is left
 * out rather than set to `undefined`, which OpenTelemetry warns about and Sentry shows as a tag.
 */
export interface ReportTags {
  kind: ApiErrorKind;
  /** The HTTP status, as a string (`"503"`). */
  status?: string;
  /** The body's machine code. */
  code?: string;
  /** The support id a person quotes (a request, log or trace id). */
  logId?: string;
  /** The W3C trace id (32 hex digits) of the response's `traceparent` or `traceresponse` header. */
  traceId?: string;
  /** Which parser read the body, or which transport failed. */
  format: string;
}

/** A failure as an error tracker takes it. Not `Report`: the DOM's Reporting API owns that global name. */
export interface ErrorReport {
  /**
   * One line for the event's title: the kind, status and code, then the model's message, the sentence
   * the kit judged fit to show the person (`server 503: Try again later.`).
   */
  message: string;
  tags: ReportTags;
}

/** How `toReport` reads what was thrown. */
export type ToReportOptions = ReadingOptions;

/**
 * An identifier, not prose: tags hold ids and codes, and whatever has a space, a quote or a bracket
 * in it is text from a body, which a tag must never carry. 200 is Sentry's cap on a tag value.
 */
const TOKEN = /^[\w.:/@+=;,#|~-]{1,200}$/;
const token = (value: unknown): string | undefined =>
  typeof value === 'string' && TOKEN.test(value) ? value : undefined;

// The clients whose errors keep the response's headers, read as `normalizeError` reads them.
const EVERY_CLIENT = /* @__PURE__ */ clientReader(builtInClients);

/** The headers of the response behind a model: its `cause`, read as `normalizeError` read it. */
function headersOf(error: ApiError): HeaderReader {
  try {
    const { cause } = error;
    return isObject(cause) ? readSource(cause, EVERY_CLIENT).header : NO_HEADERS;
  } catch {
    return NO_HEADERS;
  }
}

/**
 * A failure as an error tracker wants it: a one-line `message` and `tags` to search and group by
 * (kind, status, code, support id, W3C trace id, format). Takes anything thrown, normalized first.
 * Never includes a response body, the model's `details` or `data`: tags carry identifiers only.
 * Never throws. A model that lost its thrown value (through `structuredClone`) has no trace id.
 *
 * @example Sentry.captureException(error, { tags: toReport(error).tags })
 */
export function toReport(error: unknown, options: ToReportOptions = {}): ErrorReport {
  const model = normalizerOf(options)(error, { parsers: options?.parsers });
  const header = headersOf(model);
  const status = model.status === undefined ? undefined : String(model.status);
  const tags = { kind: model.kind } as ReportTags;
  const add = (name: keyof ReportTags, value: string | undefined) => value && ((tags as Loose)[name] = value);
  add('status', status);
  add('code', token(model.code));
  add('logId', token(model.logId));
  add('traceId', traceId(header('traceparent')) ?? traceId(header('traceresponse')));
  tags.format = token(model.format) ?? 'unknown';
  const heading = [model.kind, status, tags.code].filter(Boolean).join(' ');
  return { message: `${heading}: ${model.message}`, tags };
}
