import { DEFAULT, type ConformanceCase } from '../types';

// Sixty-fourth unseen-API holdout, part AD (23 January 2027): error responses recorded in mobile apps' and mobile SDKs'
// test resources and the public material around them. Four APIs no other case file uses: the WordPress.com REST API
// (Automattic's hosted API at public-api.wordpress.com, which the WordPress, Jetpack and WooCommerce apps call; the
// corpus's "WordPress REST API" case is core WordPress's wp-json API, a different server and envelope: judgment call),
// Mozilla accounts (the Firefox Accounts auth server that Firefox for Android and iOS sign in and sync through; the
// corpus holds other Mozilla products, autopush, Kitsune and AMO, not this one: judgment call), DuckDuckGo's Sync API
// (the Android app's sync module) and Habitica's API. Where the bodies came from: the WireMock mappings the WordPress
// and WooCommerce apps' UI tests serve (wordpress-mobile/WordPressMocks, woocommerce/woocommerce-android androidTest
// assets), each giving the body with its status; DuckDuckGo Android's `TestSyncFixtures.kt`, which builds Retrofit
// error responses from a status and a body string; the Firefox Accounts auth server's own API documentation, which
// prints example bodies with their statuses and headers; and, for two more WordPress.com answers and Habitica's,
// public issues that paste what the live API answered with its status. JavaScript comments in the documentation's
// example were left out (the body is JSON without them); no header was added where a source shows none.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: WordPressKit-iOS (its "Mock Data" error files are not in the stored index; its OAuth tests
// stub `WordPressComOAuthWrongPasswordFail.json` and `…Needs2FAFail.json` with status 400, but the JSON files could not
// be opened; the fixtures that could are successes or 200 eligibility answers); woocommerce-ios's Networking fixtures
// (served by a mock network without a status: `password_invalid` "Your password is too short…", `unknown_token`
// "Unknown Token" and Jetpack AI's `inactive` "OpenAI features have been disabled" have no status anywhere this part
// could find, and `email_exists` paired with "Invalid email input" looks written by the test's authors; core WordPress
// and WooCommerce REST errors there are sources already); WordPress-FluxC-Android and WordPress-Android's mock mappings
// (successes only in what the index holds); DuckDuckGo's 409 (its fixture pairs the duplicate-user status with the
// hashed-password line, an invented pairing) and the same 400 line the fixture reuses for login, devices and connect
// (one endpoint's line, reused by the tests' authors: kept once, for sign-up); Mozilla Location Service (the
// android-components test holds only an empty 404 and a bare "Internal Server Error" text; its docs are not in the
// stored corpora, and the page found for that format is Google's Geolocation API, whose vendor is a source); the Rust
// mocks of Firefox Accounts errors in application-services (struct literals built by the test, not bodies); Gravatar's
// iOS SDK, Pocket Casts Android, Habitica Android and c:geo (no error fixture stored); Proton, Simplenote, Pocket
// Casts' sync API and gpodder.net (nothing with a body and its status found). Already sources, so not taken:
// apps-android-wikipedia's fixtures (MediaWiki Action API, RESTBase, Wikibase), Bitwarden, Mattermost, Rocket.Chat,
// Mastodon (Tusky), Nextcloud and the WooCommerce and core WordPress REST APIs.
//
// The part holds 12 cases from 4 sources, well under the brief's aim of 25 from 8; 55 of the 60 look-ups were spent.
// The stored index holds few of these apps' error fixtures (WordPressKit's and woocommerce-ios's listings stop at
// successes, and most fixtures served by mock networks carry no status), and the search verbs matched mobile test
// code poorly; a smaller honest part was preferred to a padded one.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-01-23-ad`, on dbb664b, src/ unchanged: in the frozen copy /tmp/base64): 9/12 pass, 4 sources
// (kind 12/12, message 9/12, fields 12/12, retry 12/12, logId 0/0, code 6/6). Failing at first sight:
// mozilla-accounts/invalid-parameter-errno-107-400 (kept "Invalid parameter in request body"; the case gives the
// default, as rule 2.1's row of 6 December 2026 does for a line that names no input, "Required parameter is
// missing."); mozilla-accounts/salt-undefined-errno-107-400 (kept "The value of salt is not allowed to be undefined",
// capitalised; the case gives the default for a validator's line naming only which input is missing by the API's key,
// the same row); duckduckgo-sync/signup-invalid-hashed-password-400 (kept "Invalid hashed_password. Must be 32 bytes
// encoded in Base64URL."; the case gives the default for a line naming an input by its key written as code, the same
// row, a judgment call its note names). Every other case passed as written, including the judgment calls on
// WordPress.com's `taken` on a 200 (conflict), its `http_envelope` answer (a 403 inside a 200: forbidden), its OAuth
// `invalid_request` beside "Incorrect username or password." (bad-request), Mozilla accounts' "heavy load" and "This
// client has sent too many requests" kept with their 30 s waits, and Habitica's "No user found." No expectation was
// changed after the run (Prettier's line breaks were applied before it).
//
// Waits in `pending/` (6 December 2026): read now 10/12, by the conventions the holdout showed (lines that say only
// that the request was bad). Its misses are lines the corpus's other sources read the other way: Joi's older "The
// value of salt is not allowed to be undefined" and DuckDuckGo's line naming `hashed_password`, a credential's key,
// which rule 2.1 keeps ("access_token is invalid") and its collector read as an input's key.

export default [
  // ───────────────────────────── Mozilla accounts (Firefox Accounts auth server) ─────────────────────────────
  {
    id: 'mozilla-accounts/invalid-parameter-errno-107-400',
    source: 'Mozilla accounts (Firefox Accounts auth server API)',
    url: 'https://mozilla.github.io/ecosystem-platform/api',
    note: 'The auth server API overview, "Response format": "To simplify error handling for the client, the type of error is indicated by both a defined HTTP status code and an application-specific `errno` in the body. For example:" and this body, whose `code` "Matches the HTTP status code" (400); the table below it gives 400 / 107 "Invalid parameter in request body". The example\'s `//` comments were left out. Kind: a 400 with no field errors and no code rule 1 sorts (`errno` is a vendor number, `error` the reason phrase, `code` the status): bad-request. Message: "Invalid parameter in request body" names no input, as "Required parameter is missing." does (rule 2.1, the row of 6 December 2026): the default. No code stated: `errno: 107` is a vendor number beside `code: 400`, which only restates the status, and rule 6 names no `errno` member.',
    response: {
      status: 400,
      body: {
        code: 400,
        errno: 107,
        error: 'Bad Request',
        message: 'Invalid parameter in request body',
        info: 'https://docs.dev.lcip.og/errors/1234',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'mozilla-accounts/salt-undefined-errno-107-400',
    source: 'Mozilla accounts (Firefox Accounts auth server API)',
    url: 'mozilla/fxa-auth-server/docs/api.md@0431cb06651524f9ff025b3c8f50b83e42f99f09',
    note: 'The older API document\'s "Response Format": "the type of error is indicated both by a particular HTTP status code, and by an application-specific error code in the JSON response body. For example:" and this body (`code` "matches the HTTP status code"; "status code 400, errno 107: request body contains invalid parameters"). Comments left out. Kind: 400 without field errors or a code rule 1 sorts: bad-request. Message: "the value of salt is not allowed to be undefined" is a validator\'s line (Joi\'s wording) naming only which input is missing, by the API\'s key in small letters (rule 2.1, the row of 6 December 2026): the default. Judgment call: the line names `salt` but no member of the body names a field, so no field error is expected. No code stated (as the case above).',
    response: {
      status: 400,
      body: {
        code: 400,
        errno: 107,
        error: 'Bad Request',
        message: 'the value of salt is not allowed to be undefined',
        info: 'https://docs.dev.lcip.og/errors/1234',
      },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'mozilla-accounts/backoff-heavy-load-503-retry-after',
    source: 'Mozilla accounts (Firefox Accounts auth server API)',
    url: 'mozilla/fxa-auth-server/docs/api.md@0431cb06651524f9ff025b3c8f50b83e42f99f09',
    note: 'The document\'s "Backoff Protocol": "the following response would indicate that the server could not process the request and the client should avoid sending additional requests for 30 seconds", printed as `HTTP/1.1 503 Service Unavailable`, `Retry-After: 30`, `Content-Type: application/json` and this body; headers copied as printed. Kind: 503, unavailable (rule 1). Message: "The server is experiencing heavy load, please try again shortly" says why the request failed, beyond a generic summary or a reason phrase (rule 2.1). Judgment call: a reader could take it as a plea to wait after a line that only restates the outage. Retry: 30 s from `Retry-After` (rule 4.1; the body\'s `retryAfter` agrees). No code stated (`errno: 201` is a vendor number; rule 6 names no `errno`).',
    response: {
      status: 503,
      headers: { 'Retry-After': '30', 'Content-Type': 'application/json' },
      body: {
        code: 503,
        errno: 201,
        error: 'Service Unavailable',
        message: 'The server is experiencing heavy load, please try again shortly',
        info: 'https://github.com/mozilla/fxa-auth-server/blob/master/docs/api.md#response-format',
        retryAfter: 30,
      },
    },
    expect: { kind: 'unavailable', message: 'experiencing heavy load', retry: 30 },
  },
  {
    id: 'mozilla-accounts/too-many-requests-429-retry-after',
    source: 'Mozilla accounts (Firefox Accounts auth server API)',
    url: 'mozilla/fxa-auth-server/docs/api.md@0431cb06651524f9ff025b3c8f50b83e42f99f09',
    note: 'The same section: "If an individual client is found to be issuing too many requests in quick succession, the server may return a `429 Too Many Requests` response", printed as `HTTP/1.1 429 Too Many Requests`, `Retry-After: 30`, `Content-Type: application/json` and this body; headers copied as printed. Kind: 429, rate-limited (rule 1). Message: "This client has sent too many requests" is a sentence with a subject, not the bare reason phrase (rule 2.1: only the bare phrase restates the status). Judgment call: it is close to HTTP\'s own definition of 429, and a reader could read it as the reason phrase in other words (the corpus kept HTTP\'s definition of a 401, "The request requires user authentication", as a sentence). Retry: 30 s from `Retry-After` (rule 4.1). No code stated (`errno: 114`).',
    response: {
      status: 429,
      headers: { 'Retry-After': '30', 'Content-Type': 'application/json' },
      body: {
        code: 429,
        errno: 114,
        error: 'Too Many Requests',
        message: 'This client has sent too many requests',
        info: 'https://github.com/mozilla/fxa-auth-server/blob/master/docs/api.md#response-format',
        retryAfter: 30,
      },
    },
    expect: { kind: 'rate-limited', message: 'This client has sent too many requests', retry: 30 },
  },

  // ───────────────────────────── WordPress.com REST API ─────────────────────────────
  {
    id: 'wordpress-com/is-available-email-taken-200',
    source: 'WordPress.com REST API',
    url: 'wordpress-mobile/WordPressMocks/WordPressMocks/src/main/assets/mocks/mappings/wpcom/auth/is-available_email_not_available.json@10c58741ba4e84f688ac64261d2517fc7cbe6a1b',
    note: 'A WireMock mapping the WordPress apps\' UI tests serve for `GET /is-available/email`: `response.status` 200 and this `jsonBody`; the same body and status sit in woocommerce/woocommerce-android `WooCommerce/src/androidTest/assets/mocks/mappings/auth/is-available_email_not_available.json`. The mapping\'s `Content-Type` and `Connection` headers were left out (no id or limit among them). Kind: a 200 whose body says it failed (`status: "error"`) with the code `taken`, a code ending in "taken" (rule 1 and the twenty-seventh holdout\'s row: a duplicate), which outranks a 2xx: conflict. Judgment call: the table lists a duplicate code on 400, 403 and 422; the prose lets a code outrank any 2xx. Message: `message`, a sentence for the person (rule 2.1). Code: `error` (rule 6; `status: "error"` is the call\'s flag, no code).',
    response: {
      status: 200,
      body: {
        error: 'taken',
        message: 'Choose a different email address. This one is not available.',
        status: 'error',
      },
    },
    expect: { kind: 'conflict', message: 'Choose a different email address', code: 'taken' },
  },
  {
    id: 'wordpress-com/oauth2-token-incorrect-password-400',
    source: 'WordPress.com REST API',
    url: 'wordpress-mobile/WordPressMocks/WordPressMocks/src/main/assets/mocks/mappings/wpcom/auth/oauth2_token-error.json@e9d5b6690ef8426642a306274be68d8252bb4cdd',
    note: "The WireMock mapping served for `POST /oauth2/token` with a wrong password: `response.status` 400 and this `jsonBody` (the same file sits in wordpress-mobile/WordPress-iOS `API-Mocks/WordPressMocks/…/wpcom/auth/oauth2_token-error.json`; WordPressKit's OAuth client tests stub the wrong-password answer with 400 too). `Content-Type` and `Connection` headers left out. Kind: OAuth's `invalid_request` is a bad-request code (rule 1), and text never decides the kind: bad-request. Judgment call: the sentence says the sign-in was refused, which OAuth would send as `invalid_grant`; the code as sent decides. Message: `error_description` beats `error` (rule 2.2), a credential line kept (rule 2.1). Code: OAuth's `error` (rule 6).",
    response: {
      status: 400,
      body: { error: 'invalid_request', error_description: 'Incorrect username or password.' },
    },
    expect: { kind: 'bad-request', message: 'Incorrect username or password', code: 'invalid_request' },
  },
  {
    id: 'wordpress-com/http-envelope-unauthorized-403-in-200',
    source: 'WordPress.com REST API',
    url: 'https://github.com/Automattic/wp-calypso/issues/9229',
    note: 'The issue pastes what `https://public-api.wordpress.com/rest/v1.3/read/feed/15197253/posts/1216243636?http_envelope=1` answered. Status: the issue does not print it; WordPress.com documents `http_envelope` as forcing the HTTP status to 200 and wrapping the real status and headers in the body, so 200 (judgment call, said here). Kind: a response object sent whole holds the error in `body` (the thirty-fourth holdout\'s row), and a numeric `code` of a 4xx beside a 2xx names it (rule 1): 403; `error: "unauthorized"` without a 401 refuses someone known (rule 1): forbidden. Message: "User cannot view post", a sentence. Code: `body.error` (rule 6). No field: `headers` is the envelope\'s list of headers, `{ name, value }` items that hold no message.',
    response: {
      status: 200,
      body: {
        code: 403,
        headers: [{ name: 'Content-Type', value: 'application/json' }],
        body: { error: 'unauthorized', message: 'User cannot view post' },
      },
    },
    expect: { kind: 'forbidden', message: 'User cannot view post', code: 'unauthorized' },
  },
  {
    id: 'wordpress-com/api-calls-disabled-403',
    source: 'WordPress.com REST API',
    url: 'https://github.com/snarfed/bridgy/issues/308',
    note: 'Bridgy\'s log in the issue: "Fetching https://public-api.wordpress.com/rest/v1/sites/78618526?pretty=true" then "Error 403, response body: { "error": "unauthorized", "message": "API calls to this blog have been disabled." }". Kind: 403, forbidden (rule 1; `unauthorized` without a 401 refuses, rule 1). Message: `message`, a sentence. Code: `error` (rule 6).',
    response: {
      status: 403,
      body: { error: 'unauthorized', message: 'API calls to this blog have been disabled.' },
    },
    expect: { kind: 'forbidden', message: 'API calls to this blog have been disabled', code: 'unauthorized' },
  },

  // ───────────────────────────── DuckDuckGo Sync API ─────────────────────────────
  {
    id: 'duckduckgo-sync/signup-invalid-hashed-password-400',
    source: 'DuckDuckGo Sync API',
    url: 'duckduckgo/Android/sync/sync-impl/src/test/java/com/duckduckgo/sync/TestSyncFixtures.kt@0349737c80b51869f3af7ecf6396302faec87038',
    note: 'The fixture `signupFailInvalid`: `Response.error(400, "{\\"error\\":\\"$invalidMessageErr\\"}")` with `invalidMessageErr = "Invalid hashed_password. Must be 32 bytes encoded in Base64URL."`, the sign-up endpoint\'s answer as the app\'s tests serve it. Judgment call: the fixture is a Retrofit error built in the test, not shown to be recorded; the line reads as the server\'s own (a key and its encoding rule), not an invented placeholder. Kind: 400 without fields or a code: bad-request (rule 1). Message: the line names the input by the API\'s key written as code (`hashed_password`), a value the app derives and the person never typed, and then states its encoding: the default (rule 2.1, the row of 6 December 2026). Judgment call: the second sentence says what the value must be, which the corpus has kept once (NutrientAPI\'s).',
    response: {
      status: 400,
      body: { error: 'Invalid hashed_password. Must be 32 bytes encoded in Base64URL.' },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'duckduckgo-sync/logout-invalid-login-credentials-401',
    source: 'DuckDuckGo Sync API',
    url: 'duckduckgo/Android/sync/sync-impl/src/test/java/com/duckduckgo/sync/TestSyncFixtures.kt@0349737c80b51869f3af7ecf6396302faec87038',
    note: 'The fixture `logoutError` (and `deleteAccountError`, the same status and body): `Response.error(401, "{\\"error\\": \\"$wrongCredentialsMessageErr\\"}")` with `wrongCredentialsMessageErr = "invalid_login_credentials"`. Kind: 401, unauthenticated (rule 1). Message: the only text is a code (rule 2.1): the default. Code: the code alone in `error` (rule 6).',
    response: { status: 401, body: { error: 'invalid_login_credentials' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_login_credentials' },
  },
  {
    id: 'duckduckgo-sync/connect-keys-not-found-404',
    source: 'DuckDuckGo Sync API',
    url: 'duckduckgo/Android/sync/sync-impl/src/test/java/com/duckduckgo/sync/TestSyncFixtures.kt@0349737c80b51869f3af7ecf6396302faec87038',
    note: 'The fixture `connectDeviceErrorResponse`: `Response.error(404, "{\\"error\\":\\"$keysNotFoundErr\\"}")` with `keysNotFoundErr = "connection_keys_not_found"`, the connect-device poll\'s answer before the other device has sent its keys. Kind: 404, not-found (rule 1). Message: a code only (rule 2.1): the default. Code: `error` (rule 6).',
    response: { status: 404, body: { error: 'connection_keys_not_found' } },
    expect: { kind: 'not-found', message: DEFAULT, code: 'connection_keys_not_found' },
  },

  // ───────────────────────────── Habitica API ─────────────────────────────
  {
    id: 'habitica/no-user-found-401',
    source: 'Habitica API',
    url: 'https://github.com/HabitRPG/habitica/issues/571',
    note: 'A reply quoted in the issue (an API user\'s email, quoted by a maintainer): posting to `http://habitrpg.com/v1/users/:userId/tasks/:task/:direction` "returned a 401 with the error message: {"err":"No user found."}" (the API\'s v1, 2013). Kind: 401, unauthenticated (rule 1). Message: `err` is a message member by its shape (rule 5\'s list), and "No user found." a short sentence saying the user id and token matched no account (rule 2.1). Judgment call: a reader could take it as a line that only says what failed.',
    response: { status: 401, body: { err: 'No user found.' } },
    expect: { kind: 'unauthenticated', message: 'No user found' },
  },
] satisfies ConformanceCase[];
