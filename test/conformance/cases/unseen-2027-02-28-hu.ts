import { DEFAULT, type ConformanceCase } from '../types';

// Hundredth unseen-API holdout, part HU (28 February 2027): OAuth 2.0 and OpenID Connect servers and auth libraries
// that no other case file uses: Canaille (a lightweight OIDC server in Python, on Authlib), the Matrix
// Authentication Service (Element's OAuth 2.0 and OIDC server for Matrix; its admin API), oauth2-server-php (Brent
// Shaffer's PHP OAuth 2.0 server), Akamai Identity Cloud (the former Janrain identity platform; its authentication
// and SIEM delivery APIs), Flask-OAuthlib, Authlib and scala-oauth2-provider (Nulab's Scala OAuth 2.0 provider).
// They were collected to measure how the reader does at first sight on APIs it was never tuned on.
//
// Where the bodies were copied from: Canaille's own tests (webtest's `status=400` checks the status and `assert
// res.json == {…}` the whole body), each file named with its commit in `url`; the Matrix Authentication Service's
// admin handler tests (`response.assert_status(…)` and `body["errors"][0]["title"]`), with the wire shape read from
// the same repository's crates/handlers/src/admin/response.rs (`ErrorResponse { errors: [{ title }] }`, one item per
// error in the source chain; the errors used have no source) and the title from the error enum's `#[error("…")]`
// text at the test's commit; oauth2-server-php's issues, which paste the whole body a user got, matched with the
// library's TokenControllerTest (status 400, `error` and `error_description` asserted); Akamai's Identity Cloud
// reference pages, which print the bodies and name the status in prose; and captured responses pasted into issues
// (Authlib's example server, with the curl transcript's status and headers; scala-oauth2-provider's, with Spray's
// printed HttpResponse; Flask-OAuthlib's, a logged `(body, status)` pair from the example server when it ran on
// Flask-OAuthlib). Headers were copied only where the source shows them; `Content-Length` was left out where shown
// (the runner re-serializes the body). Every `expect` was written from the source and test/conformance/README.md
// before the kit was run.
//
// Looked for and dropped: node-oauth2-server (its token-handler tests assert error objects, and the one whole body,
// `{ error: "server_error", error_description: "Unhandled exception" }`, carries the test author's own text; the
// 401's body would have had to be built from the handler's code), fosite (ory/fosite's access-error test checks
// members one by one; the whole-body writer tests found are in Authelia's fork, authelia.com/provider/oauth2, and
// Authelia is a source), WHOOP's token endpoint (a body "captured from the live endpoint" in a Swift test and a sync
// log, neither with a citable repository in the index), go-oauth2 (an issue pastes two bodies without their status),
// oauth2-server-php's 405 "The request method must be POST …" body with `error_uri` and its "Missing parameter:
// \"code\" is required" (no status shown), Authlib 0.8's bare `{"error": "invalid_client"}` from a curl without
// status, the IETF Datatracker's captured token failure (its excerpt ends in the headers, before the body),
// SimpleIdServer's IdServer feature specs (two members each; SimpleIdServer SCIM is a source) and a Google
// token-endpoint mock (mockful-service: not Google's wire). Skipped as already sources: Ory Hydra,
// Duende/IdentityServer (IdentityServer4), node-oidc-provider, OpenIddict, Doorkeeper, Laravel Passport,
// league/oauth2-server, django-oauth-toolkit, Spring Authorization Server, Authelia, authentik, Casdoor, Dex,
// SuperTokens, Better Auth, Auth.js, Stack Auth, FusionAuth, Descope, Keycloak, ZITADEL, Logto, TIBCO API Exchange
// Gateway, GitHub (its OAuth device flow) and GOV.UK One Login. Not reached within the cap: Kinde, Lucia, oauthlib's
// own tests, Kanidm, Janssen/Gluu, Apereo CAS, Curity, Authlete and Keratin AuthN.
//
// The part holds 18 cases from 7 sources, within the brief's aim of 15–30 from at least 5; 32 of the 38 look-ups
// were spent, many on libraries whose tests check an error's members one by one, not the body.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-28-hu`, on feeaa8c, src/ unchanged: in the frozen copy /tmp/base100, after `--check`
// reported every case valid): 16/18 pass, 7 sources (kind 18/18, message 16/18, fields 18/18, retry 18/18, logId
// 1/1, code 9/9). Failing at first sight: canaille/jwt-client-auth-no-matching-jwk-400 (kept "No matching JWK"; the
// case reads a report about the key set that verifies the client's assertion as token and signature internals, rule
// 2.3, and gives the default: a judgment call its note names) and canaille/jwt-client-auth-jti-replayed-400 (kept
// "Invalid claim 'jti'"; the case reads a JWT's registered claim named in the line as developer text, rule 2.3 and
// the row that reads "`"sub" claim`" so, and gives the default). Every other case passed as written, including the
// judgment calls on Canaille's 'There is no "user" for this token.' (kept), the Matrix Authentication Service's
// "Username is not valid" and "Password is too weak" (bad-request, kept), oauth2-server-php's "The grant type was
// not specified in the request" (kept), Akamai Identity Cloud's `missing_argument` on a 200 (validation, the
// default) and Flask-OAuthlib's naming.
//
// The look-up count includes one call refused for its string's length. No expectation was changed after the run
// (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, which read Authlib's JWT lines through Canaille ("No matching
// JWK", "Invalid claim 'jti'") as developer text: 18/18.

export default [
  // ───────────────────────────── Canaille ─────────────────────────────
  {
    id: 'canaille/oauth-unknown-endpoint-not-found-404',
    source: 'Canaille',
    url: 'yaal-coop/canaille/tests/oidc/test_errors.py@0651af68603ceb1f785eac453d4523f9b2daa66a',
    note: 'test_json_oauth_errors ("Checks that HTTP errors on the oauth endpoints are in the JSON format"): GET /oauth/invalid with `status=404`, and `res.json == {…}`, the whole body. No header checked, none given. Kind: 404, not-found (rule 1). Message: `error_description` (rule 2.2), Werkzeug\'s stock 404 description, which the corpus keeps as a sentence in JSON (rule 2.1). Code: `not_found` only restates the status and is the only code; rule 6 leaves doubt, so none is stated.',
    response: {
      status: 404,
      body: {
        error: 'not_found',
        error_description:
          'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
      },
    },
    expect: { kind: 'not-found', message: 'The requested URL was not found on the server' },
  },
  {
    id: 'canaille/client-registration-without-token-access-denied-400',
    source: 'Canaille',
    url: 'yaal-coop/canaille/tests/oidc/test_dynamic_client_registration.py@01e847d4466d02b5ce2172f2bc9efcd7ceed7d4b',
    note: "test_client_registration_with_authentication_no_token: POST /oauth/register (dynamic client registration closed, no initial access token) with `status=400` and `res.json == {…}`; the same body for an empty Bearer and for an invalid token. Kind: `access_denied` is a permission code, and a code outranks a 400 (rule 1): forbidden. Message: `error_description` (rule 2.2), RFC 6749's wording for the code, which the corpus keeps as a sentence. Code: `access_denied` (rule 6).",
    response: {
      status: 400,
      body: {
        error: 'access_denied',
        error_description: 'The resource owner or authorization server denied the request',
      },
    },
    expect: {
      kind: 'forbidden',
      message: 'The resource owner or authorization server denied the request',
      code: 'access_denied',
    },
  },
  {
    id: 'canaille/jwt-client-auth-no-matching-jwk-400',
    source: 'Canaille',
    url: 'yaal-coop/canaille/tests/oidc/test_jwt_client_authentication.py@1d441e88af3aef533abcdbee0b3d8145bbede5c6',
    note: 'test_client_no_jwks: POST /oauth/token with a `client_assertion` JWT from a client that has no JWK; `status=400` and `res.json == {…}`. Kind: `invalid_client` is a credential code on a 400 (rule 1): unauthenticated. Message: "No matching JWK" is a report about the key set that verifies the client\'s assertion, token and signature internals (rule 2.3): the default. Judgment call: a reader could keep it as the only sentence. Code: `invalid_client` (rule 6).',
    response: { status: 400, body: { error: 'invalid_client', error_description: 'No matching JWK' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_client' },
  },
  {
    id: 'canaille/jwt-client-auth-jti-replayed-400',
    source: 'Canaille',
    url: 'yaal-coop/canaille/tests/oidc/test_jwt_client_authentication.py@1d441e88af3aef533abcdbee0b3d8145bbede5c6',
    note: 'test_same_jti_twice: a second token request with the same client assertion (same `jti`); `status=400` and `res.json == {…}`. Kind: `invalid_client`, unauthenticated (rule 1). Message: "Invalid claim \'jti\'" names a JWT\'s registered claim (rule 2.3: JWT claim names; the row that reads "`"sub" claim`" as developer text): the default. Code: `invalid_client` (rule 6).',
    response: { status: 400, body: { error: 'invalid_client', error_description: "Invalid claim 'jti'" } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_client' },
  },
  {
    id: 'canaille/refresh-token-user-deleted-400',
    source: 'Canaille',
    url: 'yaal-coop/canaille/tests/oidc/test_refresh_token.py@038e6c094ebc90b6d55890c27310d15fdabd4ecf',
    note: 'test_refresh_token_with_invalid_user: the user behind a refresh token is deleted, then POST /oauth/token with `grant_type=refresh_token`; `status=400` and `res.json == {…}`. Kind: OAuth `invalid_request`, bad-request (rule 1). Message: `error_description` (rule 2.2), a sentence that says what is wrong with this token: kept. Judgment call: the quoted `"user"` is the token record\'s attribute, and a reader could take the line for a record\'s internals (rule 2.3) and give the default. Code: `invalid_request` (rule 6).',
    response: {
      status: 400,
      body: { error: 'invalid_request', error_description: 'There is no "user" for this token.' },
    },
    expect: { kind: 'bad-request', message: 'There is no "user" for this token', code: 'invalid_request' },
  },

  // ───────────────────────────── Matrix Authentication Service ─────────────────────────────
  {
    id: 'matrix-authentication-service/admin-add-user-username-not-valid-400',
    source: 'Matrix Authentication Service',
    url: 'element-hq/matrix-authentication-service/crates/handlers/src/admin/v1/users/add.rs@d3b9741fb49a82fe8dfeaaee17e11d336925b25b',
    note: 'test_add_user_invalid_username: POST /api/admin/v1/users with `username: "this is invalid"`; `assert_status(BAD_REQUEST)` and `body["errors"][0]["title"] == "Username is not valid"`. The whole body is ErrorResponse\'s (crates/handlers/src/admin/response.rs@10a4c8e215de3a69a51bf2483919a416d758c632: one `{ title }` per error in the source chain; `UsernameNotValid` has no source). No header checked. Kind: a 400 with one form-level item, no code, no field path: bad-request (rule 1). Message: the lone item\'s sentence (rule 2.2), a person\'s word for the input ("Name is required" stays, rule 2.1): kept. Judgment call: a reader could read "Username" as the input\'s key and give the default.',
    response: { status: 400, body: { errors: [{ title: 'Username is not valid' }] } },
    expect: { kind: 'bad-request', message: 'Username is not valid' },
  },
  {
    id: 'matrix-authentication-service/admin-add-user-already-exists-409',
    source: 'Matrix Authentication Service',
    url: 'element-hq/matrix-authentication-service/crates/handlers/src/admin/v1/users/add.rs@d3b9741fb49a82fe8dfeaaee17e11d336925b25b',
    note: 'test_add_user_exists: the second POST /api/admin/v1/users for "alice"; `assert_status(CONFLICT)` and the title asserted; the body\'s shape from response.rs as in the case above. Kind: 409, conflict (rule 1). Message: the lone item\'s sentence (rule 2.2).',
    response: { status: 409, body: { errors: [{ title: 'User already exists' }] } },
    expect: { kind: 'conflict', message: 'User already exists' },
  },
  {
    id: 'matrix-authentication-service/admin-add-user-username-reserved-409',
    source: 'Matrix Authentication Service',
    url: 'element-hq/matrix-authentication-service/crates/handlers/src/admin/v1/users/add.rs@d3b9741fb49a82fe8dfeaaee17e11d336925b25b',
    note: 'test_add_user_reserved: the homeserver reserves "bob", then POST /api/admin/v1/users; the test asserts the title but not the status, which the same file\'s `IntoResponse` fixes (`UserAlreadyExists | UsernameReserved => StatusCode::CONFLICT`, also documented as a 409 in `doc()`). Body shape from response.rs. Kind: 409, conflict (rule 1). Message: the lone item\'s sentence (rule 2.2).',
    response: { status: 409, body: { errors: [{ title: 'Username is reserved by the homeserver' }] } },
    expect: { kind: 'conflict', message: 'Username is reserved by the homeserver' },
  },
  {
    id: 'matrix-authentication-service/admin-set-password-user-not-found-404',
    source: 'Matrix Authentication Service',
    url: 'element-hq/matrix-authentication-service/crates/handlers/src/admin/v1/users/set_password.rs@d19ee1f41529f5b84974c4f25c25ddd5b681db61',
    note: "test_unknown_user: POST /api/admin/v1/users/01040G2081040G2081040G2081/set-password for no such user; `assert_status(NOT_FOUND)` and the title asserted. Body shape from response.rs. Kind: 404, not-found (rule 1). Message: the lone item's sentence (rule 2.2), with the ULID the request named: kept.",
    response: { status: 404, body: { errors: [{ title: 'User ID 01040G2081040G2081040G2081 not found' }] } },
    expect: { kind: 'not-found', message: 'User ID 01040G2081040G2081040G2081 not found' },
  },
  {
    id: 'matrix-authentication-service/admin-set-password-auth-disabled-403',
    source: 'Matrix Authentication Service',
    url: 'element-hq/matrix-authentication-service/crates/handlers/src/admin/v1/users/set_password.rs@d19ee1f41529f5b84974c4f25c25ddd5b681db61',
    note: 'test_disabled: the password manager disabled, then POST …/set-password; `assert_status(FORBIDDEN)` and `body["errors"][0]["title"] == "Password auth is disabled"`. Body shape from response.rs. Kind: 403, forbidden (rule 1). Message: the lone item\'s sentence (rule 2.2).',
    response: { status: 403, body: { errors: [{ title: 'Password auth is disabled' }] } },
    expect: { kind: 'forbidden', message: 'Password auth is disabled' },
  },
  {
    id: 'matrix-authentication-service/admin-set-password-too-weak-400',
    source: 'Matrix Authentication Service',
    url: 'element-hq/matrix-authentication-service/crates/handlers/src/admin/v1/users/set_password.rs@d19ee1f41529f5b84974c4f25c25ddd5b681db61',
    note: 'test_weak_password: POST …/set-password with `password: "password"`; `assert_status(BAD_REQUEST)` (the body is not asserted); the title is the `PasswordTooWeak` variant\'s `#[error("Password is too weak")]` in the same file, which `IntoResponse` maps to the 400, and the body shape is response.rs\'s. Kind: a 400 with one form-level item and no code: bad-request (rule 1; text never decides the kind). Message: the lone item\'s sentence (rule 2.2). Judgment call: a reader could count the password\'s strength as a validation failure, but no field or code says so.',
    response: { status: 400, body: { errors: [{ title: 'Password is too weak' }] } },
    expect: { kind: 'bad-request', message: 'Password is too weak' },
  },

  // ───────────────────────────── oauth2-server-php ─────────────────────────────
  {
    id: 'oauth2-server-php/token-grant-type-not-specified-400',
    source: 'oauth2-server-php',
    url: 'https://github.com/bshaffer/oauth2-server-php/issues/755',
    note: "The issue pastes the whole body of `curl -u testclient:testpass http://localhost/token.php -d 'grant_type=client_credentials'` run from the cookbook. The status is the library's own test's: bshaffer/oauth2-server-php/test/OAuth2/Controller/TokenControllerTest.php@2b5daec9e8556aa63b47b234e68a216382e1f6e6, testNoGrantType, asserts 400 with this `error` and `error_description`. No header shown. Kind: OAuth `invalid_request`, bad-request (rule 1). Message: `error_description` (rule 2.2), a sentence naming the input in words (\"grant type\", not `grant_type`): kept. Judgment call: a reader could read it as a line that names only which input is missing (rule 2.1) and give the default. Code: `invalid_request` (rule 6).",
    response: {
      status: 400,
      body: { error: 'invalid_request', error_description: 'The grant type was not specified in the request' },
    },
    expect: {
      kind: 'bad-request',
      message: 'The grant type was not specified in the request',
      code: 'invalid_request',
    },
  },
  {
    id: 'oauth2-server-php/token-client-credentials-not-found-400',
    source: 'oauth2-server-php',
    url: 'https://github.com/bshaffer/oauth2-server-php/issues/429',
    note: "The issue pastes the whole body of the cookbook's client-credentials curl. The status is from TokenControllerTest.php@2b5daec9e8556aa63b47b234e68a216382e1f6e6, testNoClientId (400, this `error` and `error_description`). No header shown. Kind: `invalid_client` is a credential code on a 400 (rule 1): unauthenticated. Message: `error_description` (rule 2.2), a sentence about the credentials: kept. Code: `invalid_client` (rule 6).",
    response: {
      status: 400,
      body: { error: 'invalid_client', error_description: 'Client credentials were not found in the headers or body' },
    },
    expect: {
      kind: 'unauthenticated',
      message: 'Client credentials were not found in the headers or body',
      code: 'invalid_client',
    },
  },

  // ───────────────────────────── Akamai Identity Cloud ─────────────────────────────
  {
    id: 'akamai-identity-cloud/auth-api-missing-argument-200',
    source: 'Akamai Identity Cloud',
    url: 'https://techdocs.akamai.com/identity-cloud-auth/reference/api-errors',
    note: 'The Authentication API\'s errors page: it "typically returns an HTTP status code of 200 OK regardless of whether or not the API call completes successfully", and prints this body (the legacy client and settings API\'s page prints the same). Akamai\'s WAF is a source under "Akamai"; the Identity Cloud (formerly Janrain) is another product. No header shown. Kind: `stat: "error"` says the call failed, and `missing_argument` is a code that says an input is missing, a validation code that outranks a 2xx (rule 1); the numeric `code: 100` is no HTTP status ("this code isn\'t a standard HTTP status code"). Message: "missing arguments: flow" names only which input is missing by the API\'s name (rule 2.1): the default. No field-bound error: no member names the field. Support id: `request_id` (rule 5). Code: `error` beside a numeric `code` leaves doubt (rule 6): none stated. Judgment call: the kind rests on reading `missing_argument` as `missing_parameter`.',
    response: {
      status: 200,
      body: {
        stat: 'error',
        code: 100,
        error_description: 'missing arguments: flow',
        error: 'missing_argument',
        request_id: 'uyeem84bmqmnjuu4',
      },
    },
    expect: { kind: 'validation', message: DEFAULT, logId: 'uyeem84bmqmnjuu4' },
  },
  {
    id: 'akamai-identity-cloud/siem-delivery-not-authorized-401',
    source: 'Akamai Identity Cloud',
    url: 'https://techdocs.akamai.com/identity-cloud-siem-delivery/reference/api-errors',
    note: 'The SIEM event delivery service API\'s errors page (a legacy Identity Cloud feature): "if you include an invalid username or password when calling an operation you\'ll get back a 401 Unauthorized error and an error message similar to this", then the body. No header shown. Kind: 401, unauthenticated (rule 1). Message: a string under `errors` is the error\'s line; "Not authorized" restates the 401 and is dropped before the sentence (rule 2.1), so the person reads "your client credentials may be invalid".',
    response: { status: 401, body: { errors: 'Not authorized - your client credentials may be invalid' } },
    expect: { kind: 'unauthenticated', message: 'your client credentials may be invalid' },
  },

  // ───────────────────────────── Flask-OAuthlib ─────────────────────────────
  {
    id: 'flask-oauthlib/token-invalid-client-400',
    source: 'Flask-OAuthlib',
    url: 'https://github.com/authlib/example-oauth2-server/issues/3',
    note: 'Issue of 26 January 2014, when the example server (now Authlib\'s) ran on Flask-OAuthlib (Authlib did not exist until 2017): "when I look at the log from the OAuth server, it responds to me with {"error": "invalid_client"}\', 400", the view\'s `(body, status)` pair. Judgment call: the source is named from the example\'s history, not from the issue. No header shown. Kind: `invalid_client` on a 400, unauthenticated (rule 1). Message: no sentence (rule 2.4): the default. Code: `invalid_client` (rule 6).',
    response: { status: 400, body: { error: 'invalid_client' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_client' },
  },

  // ───────────────────────────── Authlib ─────────────────────────────
  {
    id: 'authlib/token-invalid-client-basic-401',
    source: 'Authlib',
    url: 'https://github.com/authlib/example-oauth2-server/issues/50',
    note: 'Issue of 8 June 2019: `curl -u ${client_id}:${client_secret} -XPOST http://127.0.0.1:5000/oauth/token -F grant_type=password …` against Authlib\'s example server, the verbose transcript showing "HTTP/1.0 401 UNAUTHORIZED", the headers and the body. Headers copied as shown, but `Content-Length: 27` (the runner re-serializes the body). Kind: 401, unauthenticated (rule 1). Message: no sentence, and the challenge\'s `error_description=""` is empty: the default (rule 2.4). Code: `invalid_client` (rule 6). No retry.',
    response: {
      status: 401,
      headers: {
        'Content-Type': 'application/json',
        'Cache-Control': 'no-store',
        Pragma: 'no-cache',
        'WWW-Authenticate': 'Basic error="invalid_client", error_description=""',
        Server: 'Werkzeug/0.15.4 Python/3.6.8',
        Date: 'Sat, 08 Jun 2019 00:36:34 GMT',
      },
      body: { error: 'invalid_client' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_client' },
  },

  // ───────────────────────────── scala-oauth2-provider ─────────────────────────────
  {
    id: 'scala-oauth2-provider/token-invalid-client-empty-description-401',
    source: 'scala-oauth2-provider',
    url: 'https://github.com/nulab/scala-oauth2-provider/issues/68',
    note: '"Here is the whole response": Spray\'s printed `HttpResponse(401 Unauthorized, HttpEntity(application/json; charset=UTF-8, {…}), List(…))` from TokenEndpoint.handleRequest on an invalid client. Headers copied as printed, but `Content-Length: 49`. Kind: 401, unauthenticated (rule 1). Message: `error_description` is empty, no sentence (rule 2.4): the default. Code: `invalid_client` (rule 6).',
    response: {
      status: 401,
      headers: {
        Server: 'spray-can/1.3.3',
        Date: 'Sun, 28 Jun 2015 15:08:30 GMT',
        'WWW-Authenticate': 'Bearer realm=test,error=invalid_client,error_description=',
        'Content-Type': 'application/json; charset=UTF-8',
      },
      body: { error: 'invalid_client', error_description: '' },
    },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_client' },
  },
] satisfies ConformanceCase[];
