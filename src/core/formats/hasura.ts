import type { ApiErrorKind } from '../types';
import type { ErrorFormat } from './format';

/**
 * Hasura's error codes (GraphQL `extensions.code`, and the `code` of its REST and metadata APIs) that
 * the code table would misread: `validation-failed` and `parse-failed` are about the query or the
 * request document, written for its developer; `constraint-violation` is a database constraint,
 * usually a duplicate. https://hasura.io/docs/latest/api-reference/graphql-api/errors/
 */
export const HASURA_CODES: Readonly<Record<string, { kind: ApiErrorKind; forDevelopers?: true }>> = {
  'validation-failed': { kind: 'bad-request', forDevelopers: true },
  'parse-failed': { kind: 'bad-request', forDevelopers: true },
  'not-supported': { kind: 'bad-request', forDevelopers: true },
  'constraint-violation': { kind: 'conflict' },
  'data-exception': { kind: 'bad-request', forDevelopers: true },
};

/** Hasura's REST and metadata APIs: `{ path: "$", error, code: "parse-failed" }`. */
export const hasura: ErrorFormat = {
  name: 'hasura',
  keys: ['code'],
  test: (b) => typeof b.code === 'string' && Object.hasOwn(HASURA_CODES, b.code) && typeof b.error === 'string',
  read: (b) => {
    const known = HASURA_CODES[b.code];
    return known?.forDevelopers ? { kind: known.kind, message: undefined, details: b.error } : { kind: known?.kind };
  },
};
