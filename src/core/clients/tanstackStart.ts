import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, type Loose } from '../util';
import type { ErrorClient } from './client';

// `JSON.stringify(issues, undefined, 2)` of a non-empty list of objects, as Start (and zod's `ZodError`) writes it.
const ISSUES_JSON = /^\[\n {2}\{\n {4}"/;

/** A Standard Schema issue: a sentence, and where it is (keys, or `{ key }` segments). */
const isIssue = (issue: unknown): boolean =>
  isObject(issue) && typeof issue.message === 'string' && (issue.path === undefined || Array.isArray(issue.path));

/** The issues a rejected input's `Error` carries as its message, or undefined for any other `Error`. */
function validatorIssues(error: Loose): unknown[] | undefined {
  const { message } = error;
  if (error.name !== 'Error' || typeof message !== 'string' || message.length > 1 << 20 || !ISSUES_JSON.test(message))
    return undefined;
  try {
    const issues: unknown = JSON.parse(message);
    return Array.isArray(issues) && issues.every(isIssue) ? issues : undefined;
  } catch {
    return undefined;
  }
}

/**
 * TanStack Start's server functions (`createServerFn`, @tanstack/react-start 1) rethrow in the browser what the
 * handler threw, rebuilt by seroval: an `Error` of any class keeps only its message (router-core's
 * ShallowErrorPlugin.js), a thrown `Response` arrives as it is (start-client-core's serverFnFetcher.js). Two of them
 * need reading here. `notFound()` arrives as the plain object it is, `{ isNotFound: true }` (router-core's
 * not-found.js): a 404 (its `data`, if any, is the app's, not a server's answer). A Standard Schema validator's
 * rejection (zod 4's) is thrown as `new Error(JSON.stringify(issues, undefined, 2))` (start-client-core's
 * createServerFn.js, `execValidator`), and a validator function's `ZodError` has that same message: either crosses as
 * a bare `Error` whose message is the issues, answered with a 200, and is read as the validation failure it is.
 */
export function tanstackStartError(error: Loose): Source | undefined {
  if (error.isNotFound === true) return { status: 404, header: NO_HEADERS };
  const issues = validatorIssues(error);
  return issues && { kind: 'validation', header: NO_HEADERS, body: { issues } };
}

/** Told by router-core's `isNotFound` brand, or by a bare `Error` whose message is exactly an issue list's JSON. */
export const tanstackStartErrors: ErrorClient = {
  test: (error) => error.isNotFound === true || validatorIssues(error) !== undefined,
  read: tanstackStartError,
};
