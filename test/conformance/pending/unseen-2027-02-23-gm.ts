import { DEFAULT, type ConformanceCase } from '../types';

// Ninety-fifth unseen-API holdout, part GM (23 February 2027): Rust auth, rate-limit and GraphQL libraries that no
// other case file uses: actix-governor (the governor-based rate limiter for Actix Web), actix-web-httpauth (Actix
// Web's HTTP authentication extractors), jwt-authorizer (a JWT authorization layer for axum), Juniper (the GraphQL
// server library; not Juniper Mist, a different product) and oauth2-rs (the `oauth2` crate, an OAuth 2.0 client).
// They were collected to measure how the reader does at first sight on libraries it was never tuned on. Where the
// bodies were copied from, each named in `url` with its commit where the index showed one: actix-governor's own
// `src/tests.rs` at two commits (the text body of an older version, the JSON body and the rate-limit headers of a
// later one, each asserted whole with the 429); actix-web-httpauth's bearer challenge test (the `WWW-Authenticate`
// value, asserted whole) with the response its `AuthenticationError` builds (status and that header, no body,
// `.finish()`); jwt-authorizer's `tests/tests.rs` (the status and the whole `WWW-Authenticate` value) with its
// `src/error.rs`, which builds every one of those responses on an empty body; Juniper's book, the page on field
// errors, which prints three whole GraphQL responses; and oauth2-rs's own tests, whose mock HTTP client answers
// with a fixed status, Content-Type and body (SDK test fixtures: the server side as the crate's authors wrote it).
// Headers were copied only where the source fixes one; none was added but the Content-Type the GraphQL cases note.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Grafbase (its CLI's rate-limiting test compares the whole body `{"errors": [{"message":
// "Too many requests"}]}` but not the status, which would have to be guessed; its auth test checks only
// `errors.0.message`); Juniper's HTTP integration suite (`juniper/src/http/mod.rs`: its error tests check only the
// status, and its WebSocket messages are no HTTP responses); the `FieldError` example on docs.rs (its JSON is
// malformed, `"errors": [ "message": … ]`, and would have to be repaired by guess); actix-web-httpauth's middleware
// tests (status only); axum-governor (canmi21's; its tests check the status and parts of the `RateLimit` headers,
// no body); oauth2-rs device-flow errors other than `authorization_pending` (a search for a `slow_down` fixture
// found none, and the stored `src/devicecode.rs` held no tests). Skipped as already sources: tower-governor,
// Actix-web, Axum (axum-extra's typed-header rejections are axum's), Rocket, Loco, Poem (poem-openapi) and
// async-graphql (warp too). Not reached within the cap: axum-login, actix-identity, apistos, aide, spin-sdk,
// rocket_governor, Kanidm and Limitador. No XML body and no HTML page turned up; one text body did (actix-governor's
// older 429), and five responses have no body at all (a challenge in `WWW-Authenticate` only, or a bare 500).
//
// The part holds 16 cases from 5 sources, within the brief's aim of 15–30 from at least 5. 35 look-ups were made,
// three over the brief's cap of 32 (miscounted while collecting; the last three, axum-governor's test and the two
// oauth2-rs reads that gave two cases their commits and added the revocation case, were past the cap); many went to
// libraries whose tests check a status and one member or a header pattern, not the body, and a search for oxide-auth's
// error fixtures returned only other projects.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-23-gm`, on 04d3eab, src/ unchanged: in the frozen copy /tmp/base95; the `--check` run before
// it reported no problem): 11/16 pass, 5 sources (kind 15/16, message 11/16, fields 15/16, retry 16/16, logId 0/0,
// code 5/5). Failing at first sight: juniper/utf8-field-error-partial-data-200 (kind validation, message "Invalid
// utf-8 sequence of 2 bytes from index 0", and a field `example.contents` holding "<Contents of the file>"; the case
// reads the GraphQL response's `data` as its payload, no input, so no field and no validation, and a 200 whose error
// has no code as unknown, rules 1 and 3; the message is Rust's `Utf8Error` text, a decoder's report, rule 2.3, a
// judgment call its note names); juniper/permission-denied-os-error-null-data-200 (kept "Permission denied (os error
// 13)"; the case reads an OS error of the server's own file system as infrastructure behind the service, rule 2.3, a
// judgment call); oauth2-rs/invalid-request-stuff-happened-400, oauth2-rs/extension-error-too-light-400 and
// oauth2-rs/revocation-unsupported-token-type-400 (each kept "Stuff happened"; the case reads a line that says only
// that something happened as generic, rule 2.1, the default: a judgment call the notes name). Every other case passed
// as written, including the judgment calls on actix-governor's zero waits, the joined actix-web-httpauth response,
// Juniper's 200s and "Whatever does not exist" (kept), oauth2-rs's "Expired code." (kept), its `custom_error` member
// (kept, no field) and `authorization_pending` (bad-request).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── actix-governor ─────────────────────────────
  {
    id: 'actix-governor/too-many-requests-retry-in-0s-429-text',
    source: 'actix-governor',
    url: 'AaronErhardt/actix-governor/src/tests.rs@019a407a4b0043682365d35047f355fa92eedb10',
    note: 'test_server (default `Governor`, burst 2, one cell per 90 ms): the second request after the reset is refused; the test checks `StatusCode::TOO_MANY_REQUESTS` and `assert_eq!(body, "Too many requests, retry in 0s")`. No header is checked at this commit, none given. Kind: 429, rate-limited (rule 1). Message: the reason phrase leading the line restates the status, and what follows is a plea to wait, which is kept after a reason phrase alone (rule 2.1 and the thirty-second holdout\'s row; tower-governor\'s "Too Many Requests! Wait for 0s" reads so): the line. Retry: 0 s, the wait written in the text, "retry in 0s" (rule 4.4). Judgment call: a zero wait; a reader could state no retry. No code.',
    response: { status: 429, body: 'Too many requests, retry in 0s' },
    expect: { kind: 'rate-limited', message: 'retry in 0s', retry: 0 },
  },
  {
    id: 'actix-governor/too-many-requests-json-429-headers',
    source: 'actix-governor',
    url: 'AaronErhardt/actix-governor/src/tests.rs@1482d8dbb7e23c73291650e94099193c56c8d52a',
    note: 'test_server_use_headers (`.use_headers()`, burst 2): the second request after the reset is refused; the test checks `StatusCode::TOO_MANY_REQUESTS`, `x-ratelimit-after: 0`, `x-ratelimit-limit: 2`, `x-ratelimit-remaining: 0` (`x-ratelimit-whitelisted` asserted absent) and the whole body, `{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 0s"}` (test_server checks the same body). The test checks no Content-Type, none given. Kind: 429, rate-limited (rule 1). Message: `ok: false` holds no `data`, so the envelope speaks; `description` is its text, the leading reason phrase is dropped and the plea to wait after it is kept (rule 2.1, as in the case above): "retry after 0s". Retry: 0 s, from the text (rule 4.4); `x-ratelimit-after` is no header rule 4 names, and says 0 too. Judgment call: a zero wait. Code: `error_code: 429` only restates the status and stands alone, which rule 6 leaves open: not stated.',
    response: {
      status: 429,
      headers: { 'x-ratelimit-after': '0', 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '0' },
      body: { ok: false, error_code: 429, description: 'Too Many Requests: retry after 0s' },
    },
    expect: { kind: 'rate-limited', message: 'retry after 0s', retry: 0 },
  },

  // ───────────────────────────── actix-web-httpauth ─────────────────────────────
  {
    id: 'actix-web-httpauth/bearer-invalid-token-subject-not-found-401',
    source: 'actix-web-httpauth',
    url: 'actix/actix-extras/actix-web-httpauth/src/headers/www_authenticate/challenge/bearer/tests.rs@e1f99b0b9a996540d824a0f4990fc393671aa63a',
    note: "The bearer challenge test `to_bytes` builds `Bearer::build().error(Error::InvalidToken).error_description(\"Subject 8740827c-… not found\")` and asserts its whole text (no comma between the parameters at this commit). The response is the one `AuthenticationError` sends with such a challenge (actix-web-httpauth/src/extractors/errors.rs@efc9c89e0e6060f69b917a30540ddf22950b15f4: `HttpResponse::build(self.status_code).insert_header(WwwAuthenticate(self.challenge.clone())).finish()`, 401 by default, no body). Judgment call: the case joins the tested header to the response the error type builds, not to one test's response. Kind: 401, unauthenticated (rule 1). Message: no body; the challenge's `error_description` is written for the client's developer (RFC 6750 §3; the eightieth holdout's row): the default. No code stated: a code read from `WWW-Authenticate` is an open question of the rules (the fifteenth sample).",
    response: {
      status: 401,
      headers: {
        'WWW-Authenticate':
          'Bearer error="invalid_token" error_description="Subject 8740827c-2e0a-447b-9716-d73042e4039d not found"',
      },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },

  // ───────────────────────────── jwt-authorizer ─────────────────────────────
  {
    id: 'jwt-authorizer/missing-token-401',
    source: 'jwt-authorizer',
    url: 'cduvray/jwt-authorizer/jwt-authorizer/tests/tests.rs@0fbdc0df84fd7df8ab7c096844a756243a5a21ca',
    note: 'protected_without_jwt: GET /protected with no Authorization header; the test checks `StatusCode::UNAUTHORIZED` and `WWW-Authenticate: Bearer` (jwt_source_cookie and multiple_authorizers check the same for a missing cookie). The body is empty: `AuthError::MissingToken` answers `response_wwwauth(StatusCode::UNAUTHORIZED, "")`, a response on `Empty::new()` (jwt-authorizer/src/error.rs@215bc173c6c430e321607b3e0c2fa7da91995450). Kind: 401, unauthenticated (rule 1). Message: no body, no text: the default.',
    response: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'jwt-authorizer/invalid-token-401',
    source: 'jwt-authorizer',
    url: 'cduvray/jwt-authorizer/jwt-authorizer/tests/tests.rs@0fbdc0df84fd7df8ab7c096844a756243a5a21ca',
    note: 'jwt_source_cookie, "Invalid Token": a cookie holding a token signed by another key; the test checks `StatusCode::UNAUTHORIZED` and `WWW-Authenticate: Bearer error="invalid_token"`. The body is empty: `AuthError::InvalidToken` answers `response_wwwauth(StatusCode::UNAUTHORIZED, "error=\\"invalid_token\\"")` on `Empty::new()` (src/error.rs@215bc173c6c430e321607b3e0c2fa7da91995450). Kind: 401, unauthenticated (rule 1). Message: no body: the default. No code stated (a code in `WWW-Authenticate` is left open, the fifteenth sample).',
    response: { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'jwt-authorizer/insufficient-scope-403',
    source: 'jwt-authorizer',
    url: 'cduvray/jwt-authorizer/jwt-authorizer/tests/tests.rs@0fbdc0df84fd7df8ab7c096844a756243a5a21ca',
    note: 'protected_with_claims_check: a valid token whose claims the `.check(|_| false)` predicate refuses; the test checks `StatusCode::FORBIDDEN` and `WWW-Authenticate: Bearer error="insufficient_scope"`. The body is empty: `AuthError::InvalidClaims` answers `response_wwwauth(StatusCode::FORBIDDEN, "error=\\"insufficient_scope\\"")` on `Empty::new()` (src/error.rs@215bc173c6c430e321607b3e0c2fa7da91995450). Kind: 403, forbidden (rule 1; `insufficient_scope` is a permission code too). Message: no body: the default. No code stated (left open, as above).',
    response: { status: 403, headers: { 'WWW-Authenticate': 'Bearer error="insufficient_scope"' } },
    expect: { kind: 'forbidden', message: DEFAULT },
  },
  {
    id: 'jwt-authorizer/jwks-unreachable-500',
    source: 'jwt-authorizer',
    url: 'cduvray/jwt-authorizer/jwt-authorizer/tests/tests.rs@0fbdc0df84fd7df8ab7c096844a756243a5a21ca',
    note: "protected_with_bad_jwks_url: the authorizer's JWKS endpoint is `http://bad-url/xxx/yyy`; the test checks `StatusCode::INTERNAL_SERVER_ERROR`. The body is empty and no header is set: `AuthError::JwksRefreshError` answers `response_500()`, a 500 on `Empty::new()` (src/error.rs@215bc173c6c430e321607b3e0c2fa7da91995450). Kind: 500, server (rule 1). Message: no body: the default.",
    response: { status: 500 },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Juniper ─────────────────────────────
  {
    id: 'juniper/utf8-field-error-partial-data-200',
    source: 'Juniper',
    url: 'graphql-rust/juniper/book/src/types/objects/error/field.md@c1d98e509bcb5da26e30118cd83357af1c42d87c',
    note: 'The book\'s "Error payloads, `null`, and partial errors": for `{ example { contents foo } }`, "If `str::from_utf8` results in a `std::str::Utf8Error`, then the following will be returned" (the whole response, copied). The page prints no status or header: Juniper\'s HTTP integrations send a response that executed, field errors and all, with 200 and `application/json` (the integration suite in juniper/src/http/mod.rs checks both for executed queries); a judgment call, as the status is not on the page. Kind: a GraphQL error on a 200 with no code: unknown (rule 1). Message: "invalid utf-8 sequence of 2 bytes from index 0" is Rust\'s `Utf8Error` text, a decoder\'s report (rule 2.3): the default. Judgment call: a reader could keep the line. The `path`-less error names no field, and a GraphQL path would be none (rule 3).',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        data: { example: { contents: '<Contents of the file>', foo: null } },
        errors: [{ message: 'invalid utf-8 sequence of 2 bytes from index 0', locations: [{ line: 2, column: 4 }] }],
      },
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'juniper/permission-denied-os-error-null-data-200',
    source: 'Juniper',
    url: 'graphql-rust/juniper/book/src/types/objects/error/field.md@c1d98e509bcb5da26e30118cd83357af1c42d87c',
    note: 'The same page: for `{ example { contents } }`, "If the `File::open()` above results in a `std::io::ErrorKind::PermissionDenied`", the non-null field\'s error propagates and the page prints the whole response with `data: null`. Status and header as in the case above (200 and `application/json`, from Juniper\'s integrations, not from the page: a judgment call). Kind: no code, 200: unknown (rule 1; text never decides, and "Permission denied" is text). Message: "Permission denied (os error 13)" is Rust\'s `io::Error` text for the server\'s own file system, an OS error number in it, infrastructure behind the service (rule 2.3): the default. Judgment call: a reader could keep "Permission denied" as a refusal.',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        data: null,
        errors: [{ message: 'Permission denied (os error 13)', locations: [{ line: 2, column: 4 }] }],
      },
    },
    expect: { kind: 'unknown', message: DEFAULT },
  },
  {
    id: 'juniper/custom-error-extensions-type-200',
    source: 'Juniper',
    url: 'graphql-rust/juniper/book/src/types/objects/error/field.md@c1d98e509bcb5da26e30118cd83357af1c42d87c',
    note: 'The same page\'s "Additional information": an `IntoFieldError` for `CustomError::WhateverNotSet` builds `FieldError::new("Whatever does not exist", graphql_value!({ "type": "NO_WHATEVER" }))`, and "the specified structured error information will be included into the error\'s `extensions`": the whole response as printed (no `data` member). Status and header as above (a judgment call). Kind: `extensions.type` is a category member, and `NO_WHATEVER` names no kind the table lists; on a 200 nothing says what failed: unknown (rule 1). Message: "Whatever does not exist" is a sentence (rule 2.1): kept. Code: not stated, since the value sits in `type`, not `code` (rule 6 names GraphQL\'s `extensions.code`).',
    response: {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
      body: {
        errors: [
          {
            message: 'Whatever does not exist',
            locations: [{ line: 2, column: 4 }],
            extensions: { type: 'NO_WHATEVER' },
          },
        ],
      },
    },
    expect: { kind: 'unknown', message: 'Whatever does not exist' },
  },

  // ───────────────────────────── oauth2-rs ─────────────────────────────
  {
    id: 'oauth2-rs/invalid-request-stuff-happened-400',
    source: 'oauth2-rs',
    url: 'ramosbugs/oauth2-rs/src/tests.rs@0ab26624bbae9f0d7e1219932e8928978b2ed211',
    note: 'test_exchange_code_with_simple_json_error: the mock token endpoint answers `StatusCode::BAD_REQUEST`, `Content-Type: application/json` and `{"error": "invalid_request", "error_description": "stuff happened"}`; the test checks the parsed error and its re-serialization. Kind: OAuth `invalid_request`, bad-request (rule 1). Message: `error_description` beats `error` (rule 2.2), but "stuff happened" says only that something happened, as "Something went wrong" does (rule 2.1: a line made only of words that say something failed is generic): the default. Judgment call: a reader could keep the two words. Code: `invalid_request`, OAuth\'s `error` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'invalid_request', error_description: 'stuff happened' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_request' },
  },
  {
    id: 'oauth2-rs/invalid-request-expired-code-400',
    source: 'oauth2-rs',
    url: 'ramosbugs/oauth2-rs/src/tests.rs@0ab26624bbae9f0d7e1219932e8928978b2ed211',
    note: 'test_exchange_code_with_400_status_code: the mock token endpoint answers 400, `Content-Type: application/json` and `{"error":"invalid_request","error_description":"Expired code."}`; the test checks the parsed error. Kind: `invalid_request`, bad-request (rule 1; a real server would send `invalid_grant`, but the case reads the code sent). Message: "Expired code." says what is wrong with the authorization code, a credential the sign-in rests on; a credential\'s name stays (rule 2.1, "access_token is invalid"): kept. Judgment call: `code` is also the OAuth parameter\'s name, and a reader could read the line as naming only an input (the default). Code: `invalid_request` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'invalid_request', error_description: 'Expired code.' },
    },
    expect: { kind: 'bad-request', message: 'Expired code', code: 'invalid_request' },
  },
  {
    id: 'oauth2-rs/extension-error-too-light-400',
    source: 'oauth2-rs',
    url: 'ramosbugs/oauth2-rs/src/tests.rs',
    note: 'test_extension_with_simple_json_error (the `colorful_extension` module, an error type the crate\'s users may define): the mock token endpoint answers 400, `Content-Type: application/json` and `{"error": "too_light", "error_description": "stuff happened", "error_uri": "https://errors"}`. Read in a stored 4.x version of the file found by its text (the index showed no commit for that copy; the module is in the file at 0ab26624bbae9f0d7e1219932e8928978b2ed211 too). Kind: `too_light` names no kind the table lists; 400 without fields: bad-request (rule 1). Message: "stuff happened" is generic (as in the first oauth2-rs case, a judgment call): the default; `error_uri` is a link, no sentence. Code: `too_light`, OAuth\'s `error` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'too_light', error_description: 'stuff happened', error_uri: 'https://errors' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'too_light' },
  },
  {
    id: 'oauth2-rs/custom-error-member-400',
    source: 'oauth2-rs',
    url: 'ramosbugs/oauth2-rs/src/tests.rs',
    note: 'test_extension_with_custom_json_error (the `custom_errors` module: a server that does not follow RFC 6749\'s error format): the mock token endpoint answers 400, `Content-Type: application/json` and `{"custom_error": "non-compliant oauth implementation ;-)"}`; the test checks the member\'s text. Read in the same stored 4.x version (no commit shown). Kind: 400, no code, no field: bad-request (rule 1). Message: `custom_error` is an error member by the shape of its name, the envelope\'s and no field (rule 3, Seafile\'s `error_msg`), and its text is a sentence in words (rule 2.1): kept. Judgment call: a reader could read `{ custom_error: "…" }` as a map of one field, or the line as a remark for developers. No code.',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { custom_error: 'non-compliant oauth implementation ;-)' },
    },
    expect: { kind: 'bad-request', message: 'non-compliant oauth implementation' },
  },
  {
    id: 'oauth2-rs/device-authorization-pending-400',
    source: 'oauth2-rs',
    url: 'ramosbugs/oauth2-rs/src/tests.rs',
    note: 'test_device_token_authorization_timeout: the device-flow token endpoint keeps answering `StatusCode::from_u16(400)`, `Content-Type: application/json` and `{"error": "authorization_pending", "error_description": "Still waiting for user"}` until the device code expires. Read in the same stored 4.x version (no commit shown). Kind: RFC 8628\'s `authorization_pending` says the person has not yet approved the device; no row of the table lists it, and it is no throttle (RFC 8628\'s `slow_down` would be), so the 400 decides: bad-request (rule 1). Judgment call: a reader could read a "keep polling" code as a wait. Message: "Still waiting for user" is a sentence (rule 2.2, `error_description` beats `error`): kept. Retry: none named. Code: `authorization_pending` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'authorization_pending', error_description: 'Still waiting for user' },
    },
    expect: { kind: 'bad-request', message: 'Still waiting for user', code: 'authorization_pending' },
  },
  {
    id: 'oauth2-rs/revocation-unsupported-token-type-400',
    source: 'oauth2-rs',
    url: 'ramosbugs/oauth2-rs/src/revocation.rs@5ab6607de08f8fa2e86429d26412b3cdbf66d4b3',
    note: 'test_token_revocation_with_unsupported_token_type: the mock revocation endpoint answers `StatusCode::BAD_REQUEST`, `Content-Type: application/json` and `{"error": "unsupported_token_type", "error_description": "stuff happened", "error_uri": "https://errors"}`; the test checks `RevocationErrorResponseType::UnsupportedTokenType`. Kind: RFC 7009\'s `unsupported_token_type` (the server does not revoke that kind of token) is the request\'s, as `unsupported_grant_type` is: bad-request (rule 1; the 400 says the same). Message: "stuff happened" is generic (a judgment call, as above): the default. Code: `unsupported_token_type` (rule 6).',
    response: {
      status: 400,
      headers: { 'Content-Type': 'application/json' },
      body: { error: 'unsupported_token_type', error_description: 'stuff happened', error_uri: 'https://errors' },
    },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'unsupported_token_type' },
  },
] satisfies ConformanceCase[];
