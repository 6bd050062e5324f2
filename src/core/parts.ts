import { sentence } from './text';
import { isObject, ownKeys, statusOf, str, type Loose } from './util';

/**
 * A machine code: one word. Sentences (`reason` is prose in RFC 7807's `invalid-params`), statuses,
 * express-validator's `type: "field"` and Contensis' `type: "error"` are not codes.
 */
export const codeOf = (value: unknown): string | undefined => {
  const code = statusOf(value) ? undefined : str(value);
  return code && !/\s|^(?:field|error|about:blank)$/.test(code) ? code : undefined;
};

/** What an error object says, wherever it says it. */
export interface Parts {
  message?: string;
  code?: string;
  /** A field path in any form `fieldPath` reads. */
  field?: unknown;
  logId?: string;
  details?: string;
}
type Part = keyof Parts;

// Where each part sits, in the spellings APIs use, most specific first, and what makes a value usable.
const PLACES: { readonly [part in Part]-?: readonly [keys: string[], read: (value: unknown) => Parts[part]] } = {
  // `title` is the last resort.
  message: [
    ['message', 'Message', 'ErrorMessage', 'error_description', 'errorMessage', 'error_message', 'detail', 'description', 'Description', 'defaultMessage', 'localizedMessage', 'msg', 'reason', 'title'],
    sentence,
  ],
  code: [['code', 'error_code', 'errorCode', 'type', 'rule', 'reason'], codeOf],
  // `name` last: Strapi items carry an error class in `name` next to the real `path`.
  field: [['field', 'path', 'loc', 'pointer', 'attr', 'param', 'propertyName', 'property', 'target', 'parameter', 'name'], (value) => value],
  logId: [['logId', 'traceId', 'requestId', 'request_id', 'correlationId', 'correlation_id', 'errorId', 'supportId', 'incidentId', 'request-id'], str],
  details: [['FullException', 'stack', 'stackTrace', 'stacktrace', 'trace', 'exception', 'debug'], str],
};

// Each key, to the parts it may hold with its rank among their keys (`reason` is a message or a code).
const PLACES_BY_KEY = new Map<string, { part: Part; rank: number }[]>();
for (const part of Object.keys(PLACES) as Part[])
  PLACES[part][0].forEach((key, rank) => PLACES_BY_KEY.set(key, [...(PLACES_BY_KEY.get(key) ?? []), { part, rank }]));
const ALL_PLACES = [...PLACES_BY_KEY.keys()];

/**
 * The message, code, field, support id and developer details of an error object (or only the part
 * named by `only`), each from the best-ranked key whose value is usable; only a key that ranks better
 * than what was found is read. A plain object's own keys are walked; anything else is probed with
 * `in`, which also sees inherited and non-enumerable members (an Error's `message`).
 */
export function pick(value: unknown, only?: Part): Parts {
  // Every part starts unset, at a rank past the last, so that any found replaces it. Written out whole,
  // so every result has one shape and reading it stays fast.
  const parts: Loose = { message: undefined, code: undefined, field: undefined, logId: undefined, details: undefined };
  const ranks: Loose = { message: 99, code: 99, field: 99, logId: 99, details: 99 };
  if (isObject(value))
    for (const key of ownKeys(value) ?? ALL_PLACES.filter((key) => key in value))
      for (const { part, rank } of PLACES_BY_KEY.get(key) ?? [])
        if (rank < ranks[part] && (!only || part === only)) {
          const found = PLACES[part][1](value[key]);
          if (found !== undefined) (parts[part] = found), (ranks[part] = rank);
        }
  return parts;
}
