import type { Scenario } from './harness';
import { caseScenario } from './vendor';

// Stytch's own error bodies, served to both of its SDKs (sdk-stytch.test.ts, sdk-stytch-browser.test.ts), each from
// the page beside it. Stytch answers with `application/json` (its SDKs parse nothing else: the browser SDK checks that
// type); the sources show the body only, so the type is added.
export const JSON_TYPE = { 'content-type': 'application/json' } as const;
/** A Stytch error body as Stytch's docs print it, under `source`. */
export const stytchBody = (name: string, status: number, body: Record<string, unknown>, source: string): Scenario => ({
  name,
  status,
  headers: JSON_TYPE,
  body: JSON.stringify(body),
  source,
});
export const REQUEST_ID = 'request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141';
// The react-native-legacy SDK's method pages print each method's errors, as Stytch's API answers them.
const SESSIONS_PAGE =
  'https://stytch.com/docs/api-reference/consumer/mobile-sdks/react-native-legacy/methods/sessions/' +
  'authenticate-session';

export const STYTCH: readonly Scenario[] = [
  // 'stytch/use-https-403': https://stytch.com/docs/api-reference/fraud/api/errors/error-object.md
  caseScenario('stytch/use-https-403', JSON_TYPE),
  // https://stytch.com/docs/fraud/api/errors/401
  stytchBody(
    'stytch-unauthorized-credentials-401',
    401,
    {
      status_code: 401,
      request_id: REQUEST_ID,
      error_type: 'unauthorized_credentials_error',
      error_message: 'The provided credentials are invalid.',
      error_url: 'https://stytch.com/docs/fraud/api/errors/401#unauthorized_credentials_error',
    },
    'https://stytch.com/docs/fraud/api/errors/401',
  ),
  stytchBody(
    'stytch-session-not-found-404',
    404,
    {
      status_code: 404,
      request_id: REQUEST_ID,
      error_type: 'session_not_found',
      error_message: 'Session could not be found.',
      error_url: 'https://stytch.com/docs/api/errors/404',
    },
    SESSIONS_PAGE,
  ),
  stytchBody(
    'stytch-too-many-requests-429',
    429,
    {
      status_code: 429,
      request_id: REQUEST_ID,
      error_type: 'too_many_requests',
      error_message: 'Too many requests have been made.',
      error_url: 'https://stytch.com/docs/api/errors/429',
    },
    SESSIONS_PAGE,
  ),
  stytchBody(
    'stytch-internal-server-error-500',
    500,
    {
      status_code: 500,
      request_id: REQUEST_ID,
      error_type: 'internal_server_error',
      error_message:
        'Oops, something seems to have gone wrong, please reach out to support@stytch.com to let us know what went ' +
        'wrong.',
      error_url: 'https://stytch.com/docs/api/errors/500',
    },
    SESSIONS_PAGE,
  ),
  // https://stytch.com/docs/api/errors/400
  stytchBody(
    'stytch-active-totp-exists-400',
    400,
    {
      status_code: 400,
      request_id: REQUEST_ID,
      error_type: 'active_totp_exists',
      error_message:
        'Cannot create a new TOTP for the specified user since the user already has an active TOTP. Users may only ' +
        'have one active TOTP at a time.',
      error_url: 'https://stytch.com/docs/api/errors/400#active_totp_exists',
    },
    'https://stytch.com/docs/api/errors/400',
  ),
];
