import { DEFAULT, type ConformanceCase } from '../types';

// Ninetieth unseen-API holdout, part FG (18 February 2027): API gateways and proxies that no other case file uses,
// and the error bodies the gateway itself sends: Fusio (the self-hosted API management platform in PHP; its OAuth token
// endpoint, which the gateway serves for the APIs behind it), Pomerium (the identity-aware access proxy; its JSON
// error page) and Apache ShenYu (the Java API gateway, under its earlier name Soul). They were collected to measure how
// the reader does at first sight on gateways it was never tuned on. Bodies were copied from Fusio's own tests
// (apioo/fusio-impl's `tests/Authorization/*Test.php`, each with its commit in `url`: `assertEquals(<status>,
// $response->getStatusCode(), …)` and `assertJsonStringEqualsJsonString($expect, …)`, which check the status and the
// whole body), Pomerium's handler test (`cmp.Diff(tt.wantBody, w.Body.String())`, the whole body as text; the status is
// not asserted there, see the notes) and a ShenYu issue that gives a captured body and names its status in prose
// (apache/shenyu#1301). No header was added; none of the three sources checks or shows one. Every `expect` was
// written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped (with why): Apiman (its gateway test plans, `gateway/test/…/test-plan-data/policies/*/
// *-failure.resttest`, expect only a subset of the policy failure's members, `type`, `failureCode` and sometimes
// `responseCode`, beside the status and the `X-Policy-Failure-*` headers; the wire body also carries a `message` and
// `headers` the plans do not fix, so writing it would be guessing; issue apiman/apiman#1046 describes the body without
// printing it), Ory Oathkeeper (its JSON error handler's test checks single members with gjson, `error.code` 429 and
// `error.message` "Too many requests", and the herodot body around them would have to be rebuilt from code; an issue
// search found no pasted body), Express Gateway (its policy tests, key-auth, JWT, rate limit and terminate, check the
// status only), Google Cloud ESPv2 (its integration tests match `strings.Contains(err.Error(), "403 Forbidden,
// PERMISSION_DENIED:…")`, a pattern over the client's error text, not a body), Ocelot (its quota line, "API calls quota
// exceeded! …", was found only in its options class and a third party's README; no test or page with a status),
// ShenYu's selector and URL errors (`{"code":-107,"message":"Can not find selector, please check your
// configuration!",…}`, `-106` "Can not find url, …": issues #4662, #4771, #4875, #1158 and #1175 and Chinese blog
// posts paste the body but never its HTTP status, which would have to be guessed), a Siemens Xcelerator capture of a
// ShenYu-based gateway (`code: -107` with `msg` and `bizMessage`; no status, a third party's), and Fusio's
// authorization-code and app-state tests whose bodies repeat the client-credentials 401 below word for word (kept
// once). Not reached within the cap: Netflix Zuul, Emissary-ingress, Gloo Edge, Kusk Gateway, Janus, Skipper, YARP.
// Skipped as already sources (sources.txt): KrakenD (and so Lura, its engine), OAuth2 Proxy, Caddy, HAProxy, Zuplo,
// Kong, Tyk, Traefik, Envoy, Apache APISIX, Apigee, Gravitee, WSO2, Spring Cloud Gateway, Amazon API Gateway, 3scale,
// MuleSoft, Istio, Authelia and api.data.gov (API Umbrella's deployment).
//
// The part holds 7 cases from 3 sources, short of the brief's aim of 15–30 from at least 5: all 38 look-ups of the cap
// were spent, most on gateways whose tests check a status, a pattern or single members rather than a whole body, and
// on ShenYu captures that never give their status.
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-18-fg`, on 25829a7, the commit named in /tmp/base90/READY, src/ unchanged: in the frozen
// copy /tmp/base90; the `--check` run before it reported no problem): 7/7 pass, 3 sources (kind 7/7, message 7/7,
// fields 7/7, retry 7/7, logId 0/0, code 4/4). No case failed at first sight, including the judgment calls on Fusio's
// "Unknown credentials" (kept, on the 401 and on the 400), its `server_error` on a 400 (server, not unauthenticated)
// and Pomerium's status taken from its body's `Status`.
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).
//
// It joined `cases/` with its own holdout's conventions, having read every case right at first sight: 7/7.

export default [
  // ───────────────────────────── Fusio ─────────────────────────────
  {
    id: 'fusio/client-credentials-unknown-credentials-401',
    source: 'Fusio',
    url: 'apioo/fusio-impl/tests/Authorization/ClientCredentialsTest.php@0469b98f364843dfeefa5140f98118c6345742d6',
    note: "testPostDisabled: POST /authorization/token with `grant_type=client_credentials` and Basic credentials of a deactivated user; the test checks 401 and the whole body with assertJsonStringEqualsJsonString (testPostAppPending and testPostAppDeactivated, and AuthorizationCodeTest's pending and deactivated apps at the same commit, expect the same status and body: one case kept). No header checked, none given. Kind: 401, unauthenticated (rule 1; `invalid_client` is a credential code too). Message: OAuth `error_description` beats `error` (rule 2.2); \"Unknown credentials\" names the credential refused, which says that signing in failed (rule 2.1: a credential's name stays), not a record by a plain word: kept. Judgment call: a reader could read it as the 401's phrase in other words and give the default. Code: OAuth's `error` (rule 6).",
    response: { status: 401, body: { error: 'invalid_client', error_description: 'Unknown credentials' } },
    expect: { kind: 'unauthenticated', message: 'Unknown credentials', code: 'invalid_client' },
  },
  {
    id: 'fusio/password-grant-pending-app-server-error-400',
    source: 'Fusio',
    url: 'apioo/fusio-impl/tests/Authorization/PasswordTest.php@0100cc6293ea3c71c290e999c3e5597031151352',
    note: 'testPostPending (an older version of the test, under the AGPL header): POST /authorization/token with `grant_type=password` and the Basic credentials of a pending app; the test checks 400 and the whole body with assertJsonStringEqualsJsonString (testPostDeactivated expects the same). No header checked, none given. Kind: a `server_error` code on a 4xx is a server error (rule 1, Huntflow\'s on a 400); the words about credentials do not decide (rule 1: text never decides the kind). Judgment call: the app was refused, and a reader could make it unauthenticated, but `server_error` is no credential code and the status is no 401. Message: `error_description` (rule 2.2), "Unknown credentials", kept as in the 401 case above. Code: `server_error` (rule 6).',
    response: { status: 400, body: { error: 'server_error', error_description: 'Unknown credentials' } },
    expect: { kind: 'server', message: 'Unknown credentials', code: 'server_error' },
  },
  {
    id: 'fusio/refresh-token-expired-server-error-400',
    source: 'Fusio',
    url: 'apioo/fusio-impl/tests/Authorization/RefreshTokenTest.php@0cdd55d7dec45f05cd6e390d1a40cf55602c3a39',
    note: 'testPostExpiredToken: POST /authorization/token with `grant_type=refresh_token` and a stored refresh token whose date has passed; the test checks 400 and the whole body with assertJsonStringEqualsJsonString. No header checked, none given. Kind: `server_error` on a 4xx, server (rule 1), as in the password-grant case. Message: `error_description` (rule 2.2), "Refresh token is expired": a sentence about the credential, not a token\'s internals or an expiry printed as a timestamp (rule 2.3): kept. Code: `server_error` (rule 6).',
    response: { status: 400, body: { error: 'server_error', error_description: 'Refresh token is expired' } },
    expect: { kind: 'server', message: 'Refresh token is expired', code: 'server_error' },
  },
  {
    id: 'fusio/refresh-token-invalid-server-error-400',
    source: 'Fusio',
    url: 'apioo/fusio-impl/tests/Authorization/RefreshTokenTest.php@0cdd55d7dec45f05cd6e390d1a40cf55602c3a39',
    note: 'testPostInvalidToken: POST /authorization/token with `grant_type=refresh_token&refresh_token=foobar`; the test checks 400 and the whole body with assertJsonStringEqualsJsonString. No header checked, none given. Kind: `server_error` on a 4xx, server (rule 1). Message: `error_description` (rule 2.2), "Invalid refresh token": a credential\'s name stays (rule 2.1), as the corpus keeps the same line beside `invalid_grant`: kept. Code: `server_error` (rule 6).',
    response: { status: 400, body: { error: 'server_error', error_description: 'Invalid refresh token' } },
    expect: { kind: 'server', message: 'Invalid refresh token', code: 'server_error' },
  },

  // ───────────────────────────── Pomerium ─────────────────────────────
  {
    id: 'pomerium/http-error-not-found-json-404',
    source: 'Pomerium',
    url: 'pomerium/pomerium/internal/httputil/handlers_test.go@02c4f59ca2595c3c897284f729b35df700ead5c3',
    note: 'TestHandlerFunc_ServeHTTP, "good http error": a handler returns `NewError(404, errors.New("404"))` to a request with `Accept: application/json`; the test compares the whole body text, `{"Status":404,"Error":"Not Found: 404"}` and a newline. The status is not asserted by the test: it is taken from the body\'s own `Status`, the status Pomerium\'s error page is written with (a judgment call; the body names it either way, rule 1). The "404" after the colon is the test author\'s error text; Pomerium\'s part is the `{ Status, Error }` shape and the reason phrase before the colon. No header checked, none given. Kind: 404, not-found (rule 1). Message: the reason phrase leading the line only restates the status and is dropped (rule 2.1), leaving a bare number (rule 2.1): the default. No code stated: `Status` is the status.',
    response: { status: 404, body: { Status: 404, Error: 'Not Found: 404' } },
    expect: { kind: 'not-found', message: DEFAULT },
  },
  {
    id: 'pomerium/std-error-internal-server-error-json-500',
    source: 'Pomerium',
    url: 'pomerium/pomerium/internal/httputil/handlers_test.go@02c4f59ca2595c3c897284f729b35df700ead5c3',
    note: 'TestHandlerFunc_ServeHTTP, "good std error": a handler returns a plain Go error, `errors.New("404")`, which Pomerium wraps as a 500; the test compares the whole body text, `{"Status":500,"Error":"Internal Server Error: 404"}` and a newline. The status is taken from the body\'s `Status`, as in the case above (a judgment call). No header checked, none given. Kind: 500, server (rule 1). Message: the leading reason phrase is dropped (rule 2.1) and what is left, "404", is a bare number (rule 2.1): the default. No code stated.',
    response: { status: 500, body: { Status: 500, Error: 'Internal Server Error: 404' } },
    expect: { kind: 'server', message: DEFAULT },
  },

  // ───────────────────────────── Apache ShenYu ─────────────────────────────
  {
    id: 'apache-shenyu/undefined-route-internal-server-error-500',
    source: 'Apache ShenYu',
    url: 'https://github.com/apache/shenyu/issues/1301',
    note: 'Issue #1301 ("api gateway can\'t matching routes http status 500", April 2021, Soul 2.3.0, ShenYu\'s name before it joined Apache): "If I request the route is not defined in soul-admin, the http status code returned by the gateway is 500, ({"code": 500, "message": "Internal Server Error"})", the gateway\'s log showing a NullPointerException in DefaultSoulContextBuilder. Status from the issue\'s prose; no header shown. Kind: 500, server (rule 1). Message: a bare reason phrase (rule 2.1): the default. No code stated: `code: 500` only restates the status (rule 6).',
    response: { status: 500, body: { code: 500, message: 'Internal Server Error' } },
    expect: { kind: 'server', message: DEFAULT },
  },
] satisfies ConformanceCase[];
