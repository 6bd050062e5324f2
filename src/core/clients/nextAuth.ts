import { NO_HEADERS } from '../headers';
import type { Source } from '../input';
import { isObject, ownKeys, type Loose } from '../util';
import type { ErrorClient } from './client';

/**
 * NextAuth.js 4's codes on its pages' `?error=` (node_modules/next-auth/src/core/pages/signin.tsx, `SignInErrorTypes`;
 * core/pages/error.tsx, `ErrorType`, which it matches lowercased), with what its own server answers each with: 401 for
 * credentials `authorize` refused (core/routes/callback.ts), 403 for a `signIn` callback's refusal and for a spent
 * sign-in link, 500 for its configuration (core/pages/error.tsx, core/index.ts). `SessionRequired` is its client's
 * (`useSession({ required: true })` sends the person to sign in, react/index.tsx): no answer, but a sign-in is wanted.
 */
const CODES: ReadonlyMap<string, Pick<Source, 'status' | 'kind'>> = new Map([
  ['credentialssignin', { status: 401 }],
  ['accessdenied', { status: 403 }],
  ['verification', { status: 403 }],
  ['configuration', { status: 500 }],
  ['sessionrequired', { kind: 'unauthenticated' }],
  ...[
    'signin',
    'oauthsignin',
    'oauthcallback',
    'oauthcreateaccount',
    'emailcreateaccount',
    'callback',
    'oauthaccountnotlinked',
    'emailsignin',
    'default',
  ].map((code) => [code, {}] as const),
]);

/** A `URLSearchParams` (Next's `useSearchParams()` is one), told by methods a `Headers` or `FormData` lacks. */
const isSearchParams = (value: Loose): boolean =>
  isObject(value) && ['get', 'getAll', 'has', 'sort'].every((method) => typeof value[method] === 'function');

/** The page's query: the params themselves, a `URL`'s, or the Pages Router's `router.query` (strings or lists). */
function queryOf(value: Loose): Loose {
  try {
    const params = isSearchParams(value) ? value : isSearchParams(value.searchParams) ? value.searchParams : undefined;
    if (params) return params.get('error') ? Object.fromEntries(params) : undefined;
    const keys = ownKeys(value);
    const query = keys?.every((key) => typeof value[key] === 'string' || Array.isArray(value[key]));
    return query && CODES.has(String(value.error).toLowerCase()) ? value : undefined;
  } catch {
    // Methods that throw, or params that do not iterate: no page's query.
    return undefined;
  }
}

/**
 * What NextAuth.js hands the app's own sign-in or error page (`pages: { signIn, error }`): its code in the query's
 * `error` (`?error=CredentialsSignin`), or the message an `authorize` or `signIn` callback threw, as it came. A page
 * reads `useSearchParams()` (or `router.query`); the status the server answered is gone, so one of its codes gets the
 * status next-auth answers it with. Params (or a `URL`) with any other `error` are read as `parseOAuthRedirect` reads
 * a URL's (an OAuth provider's `error` and `error_description`); `router.query`, a plain object, only with one of its
 * codes. The `SignInResponse` of `signIn(…, { redirect: false })` needs no reader: its `status` and `error` read as
 * the response did.
 */
export function nextAuthQuery(value: Loose): Source | undefined {
  const query = queryOf(value);
  if (!query) return undefined;
  const code = Array.isArray(query.error) ? query.error[0] : query.error;
  return { ...CODES.get(String(code).toLowerCase()), header: NO_HEADERS, body: { ...query, error: code } };
}

export const nextAuthErrors: ErrorClient = {
  test: (value) => queryOf(value) !== undefined,
  read: nextAuthQuery,
};
