import { DEFAULT, type ConformanceCase } from '../types';

// Eighty-eighth unseen-API holdout, part EQ (16 February 2027): server frameworks in Swift and Dart that no other case
// file uses, read from their own test suites: Aqueduct (stablekernel's Dart server framework: its OAuth 2.0 token
// controller, its Authorizer, its ResourceController's bound parameters and its ManagedObjectController's query
// parameters), Kitura (IBM's Swift framework: its Codable router's RequestError responses) and Alfred (a small Dart
// server framework: its default not-found response). They were collected to measure how the reader does at first
// sight on APIs it was never tuned on. Every body was copied from the framework's own tests, each named in `url` with
// its commit: Aqueduct's `expect(res, hasResponse(400, body: {…}))` (aqueduct_test's matcher compares a map body whole
// unless it is wrapped in `partial()`, which the same files use elsewhere) and `expect(res.statusCode, 403)` with
// `expect(json.decode(res.body), {…})`, Kitura's `.hasStatus(…)` with `.hasNoData()` or `.hasData(…)` (the body
// decoded and compared whole with `==`) and Alfred's `expect(response.body, '…')` with `expect(response.statusCode,
// 404)`. Dart maps are written as the JSON they were decoded from. Headers were copied only where a test checks one
// (Kitura's `hasContentType(withPrefix: "application/json")`, written as that prefix); none was added.
// Every `expect` was written from the source and test/conformance/README.md before the kit was run.
//
// Looked for and dropped: Vapor (its stored ErrorMiddlewareTests check the status alone; a search of the code index
// for the escaped wire form `{\"error\":true,\"reason\":\"…` found only clients' mocks of Open-Meteo and other Vapor
// apps, and an issue search found no pasted Vapor body; the docs' Errors page prints no body), Hummingbird (a docs
// search found no printed body; a string search for `{"error":{"message":…}}` compared with a body found only C
// servers), Angel (angel-dart/angel's exception test matches status and message on the exception object, not a wire
// body; a string search for its `"is_error":true,"status_code"` wire form found none of its tests), Perfect
// (Perfect-HTTPServer's stored tests assert only success bodies and header parsing), Kitura's TestErrors (statuses
// only) and its Codable 422s (`.hasData()` with no value), Serverpod and its Relic server (semantic searches returned
// other projects), Alfred's "error default handling" test (it asserts the text "Exception: generic exception", the
// test's own exception, and no status), its custom `onNotFound`/`onInternalError` handlers and its
// `AlfredException(360, 'exception')` (the test's own texts and an invented status), Aqueduct's 401s after a bad
// bearer token and its 504 from a crashing auth store (statuses only), its "multiple values not expected for query
// value 'single'" and "reports all missing required parameters" (only the `error` member or parts of it checked), its
// second `insufficient_scope` bodies and the misspelled "invalid 'sortyBy' format" (the same shapes again), and
// Aqueduct's fork Conduit (the same bodies under another name). Skipped as already sources: Shelf (and with it
// shelf_router), Dart Frog and Pharaoh. Not reached within the cap: Smoke, Jaguar, Vania and Angel3's own
// repository. No XML body and no HTML page turned up; one text body did (Alfred's 404) and three empty ones.
//
// The part holds 19 cases from 3 sources, short of the brief's aim of at least 5 sources; 37 of the 38 look-ups
// were spent, most of them on frameworks whose stored tests check a status, one member or a decoded field, not the
// body (Vapor, Hummingbird, Angel, Perfect, Serverpod).
//
// First run, before any change to the reader (`CONFORMANCE_CASES=test/conformance/pending npm run conformance --
// --filter unseen-2027-02-16-eq`, on 9c754b7, src/ unchanged: in the frozen copy /tmp/base88): 16/19 pass, 3 sources
// (kind 19/19, message 16/19, fields 19/19, retry 19/19, logId 0/0, code 7/7). Failing at first sight:
// aqueduct/missing-required-query-400 (kept "Missing required query 'Shaqs'"; the case reads a line naming only the
// missing input by its quoted key as the default, rule 2.1, as the kit itself read the same shape for a header in
// aqueduct/missing-required-header-400, which passed); aqueduct/invalid-sortby-format-400 (kept "Invalid 'sortBy'
// format. syntax: 'name,asc' or 'name,desc'."; the case reads an input named by its quoted key with the values it may
// take as the default, rule 2.1 and the eighty-second holdout's row: a judgment call its note names);
// aqueduct/paging-without-pageafter-or-pageprior-400 (kept "Missing required parameter 'pageAfter' or 'pagePrior' when
// 'pageBy' is given"; the case reads inputs named by their keys, one sent without another, as the default, as "bbox-crs
// specified without bbox parameter" is read, rule 2.1). Every other case passed as written, including the judgment
// calls on `invalid_authorization_header` (unauthenticated), the 403's `scope` member (no field), "cannot sort by …"
// and "cannot page by …" (kept) and Kitura's `{"field":"id"}` (no field).
//
// No expectation was changed after the run (Prettier's line breaks were applied before it).

export default [
  // ───────────────────────────── Aqueduct ─────────────────────────────
  {
    id: 'aqueduct/token-unknown-username-invalid-grant-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/auth/auth_controller_test.dart@bceea9cd89571c47ef03a9847f53b37ee9bce1d3',
    note: '"Username does not exist yields 400": a password grant to /auth/token (AuthController) with a username the store does not hold; `expect(resToken, hasResponse(400, body: {"error": "invalid_grant"}))` (the same body answers a wrong or empty password, an unknown or empty code and a refresh token not issued). No header checked. Kind: OAuth\'s `invalid_grant` is a credential code on a 400: unauthenticated (rule 1). Message: only a code (rule 2.1): the default. Code: OAuth\'s `error` (rule 6).',
    response: { status: 400, body: { error: 'invalid_grant' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_grant' },
  },
  {
    id: 'aqueduct/token-missing-username-invalid-request-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/auth/auth_controller_test.dart@bceea9cd89571c47ef03a9847f53b37ee9bce1d3',
    note: '"Username is missing returns 400": a password grant with only `password` in the form; `hasResponse(400, body: {"error": "invalid_request"})` (the same body answers a repeated username or password, a missing code, grant_type or refresh_token, and a scope added to a code exchange). No header checked. Kind: OAuth\'s `invalid_request`: bad-request (rule 1). Message: only a code: the default. Code: `invalid_request` (rule 6).',
    response: { status: 400, body: { error: 'invalid_request' } },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_request' },
  },
  {
    id: 'aqueduct/token-wrong-client-secret-invalid-client-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/auth/auth_controller_test.dart@bceea9cd89571c47ef03a9847f53b37ee9bce1d3',
    note: '"Confidential client has wrong secret": a password grant with Basic credentials `com.stablekernel.app1:notright`; `hasResponse(400, body: {"error": "invalid_client"})` (the same body answers an omitted or malformed Authorization header and an unknown client id, for all three grant types). Aqueduct sends it with a 400, where RFC 6749 §5.2 allows a 401. No header checked. Kind: `invalid_client` is a credential code on a 400: unauthenticated (rule 1). Message: the default. Code: `invalid_client`.',
    response: { status: 400, body: { error: 'invalid_client' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_client' },
  },
  {
    id: 'aqueduct/token-unknown-grant-type-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/auth/auth_controller_test.dart@bceea9cd89571c47ef03a9847f53b37ee9bce1d3',
    note: '"Unknown grant_type": a form with `grant_type: "nonsense"` and valid client credentials; `hasResponse(400, body: {"error": "unsupported_grant_type"})`. No header checked. Kind: OAuth\'s `unsupported_grant_type`: bad-request (rule 1). Message: the default. Code: `unsupported_grant_type`.',
    response: { status: 400, body: { error: 'unsupported_grant_type' } },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'unsupported_grant_type' },
  },
  {
    id: 'aqueduct/token-malformed-scope-invalid-scope-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/auth/auth_controller_test.dart@bceea9cd89571c47ef03a9847f53b37ee9bce1d3',
    note: '"Malformed scope is invalid_scope error": a password grant with `scope: "\\"user"`; `hasResponse(400, body: {"error": "invalid_scope"})` (the same body answers a malformed refresh scope and a scope the client may not have). No header checked. Kind: OAuth\'s `invalid_scope`: bad-request (rule 1). Message: the default. Code: `invalid_scope`.',
    response: { status: 400, body: { error: 'invalid_scope' } },
    expect: { kind: 'bad-request', message: DEFAULT, code: 'invalid_scope' },
  },
  {
    id: 'aqueduct/authorizer-no-bearer-token-401-empty',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/auth/authorizer_test.dart@128d67f41d59f848cb2c6c851900d3dc8d7693a6',
    note: '"No bearer token returns 401": a GET through `Authorizer(authServer)` with no Authorization header; the test checks `res.statusCode == 401` and `res.body == ""` (the Basic authorizer answers an unknown client id or a wrong secret the same way). No header checked, none given. Kind: 401, unauthenticated (rule 1). Message: no body: the default.',
    response: { status: 401, body: '' },
    expect: { kind: 'unauthenticated', message: DEFAULT },
  },
  {
    id: 'aqueduct/authorizer-malformed-authorization-header-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/auth/authorizer_test.dart@128d67f41d59f848cb2c6c851900d3dc8d7693a6',
    note: '"Malformed authorization bearer header returns 400": `Authorization: Notbearer`; the test checks 400 and `json.decode(res.body) == {"error": "invalid_authorization_header"}` (the same body answers "Bearer ", "Notright", "Basic " and "Basic asasd"). No header checked. Kind: a judgment call. The code says the Authorization header, where the credentials go, could not be read: the request had no valid credentials, a credential code on a 400 as `invalid_token` and `invalid_client` are, and Rapyd\'s `MISSING_AUTHENTICATION_HEADERS` is read so: unauthenticated (rule 1). A reader could take it for a code that begins with `invalid` and names an input (validation) or for the request\'s form (bad-request). Message: only a code: the default. Code: the `error` member, as OAuth\'s (rule 6).',
    response: { status: 400, body: { error: 'invalid_authorization_header' } },
    expect: { kind: 'unauthenticated', message: DEFAULT, code: 'invalid_authorization_header' },
  },
  {
    id: 'aqueduct/authorizer-insufficient-scope-403',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/auth/authorizer_test.dart@128d67f41d59f848cb2c6c851900d3dc8d7693a6',
    note: '"Singled scoped authorizer requiring more privileges does not pass authorizer": `Authorizer.bearer(authServer, scopes: ["user"])` and a token scoped `user.readonly`; the test checks 403 and `json.decode(res.body) == {"error": "insufficient_scope", "scope": "user"}`. No header checked. Kind: 403, and `insufficient_scope` is a permission code: forbidden (rule 1). Message: only a code and the scope required: the default. Fields: none; `scope` is RFC 6750\'s attribute beside the error (the scope the resource needs), not an input\'s message. A judgment call: a reader could take `scope: "user"` for a map of one field to its text (rule 3). Code: `insufficient_scope`.',
    response: { status: 403, body: { error: 'insufficient_scope', scope: 'user' } },
    expect: { kind: 'forbidden', message: DEFAULT, code: 'insufficient_scope' },
  },
  {
    id: 'aqueduct/missing-required-header-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/http/resource_controller_test.dart@bceea9cd89571c47ef03a9847f53b37ee9bce1d3',
    note: '"missing required controller header param fails": a GET to a ResourceController whose property is bound to a required `X-Request-id` header, sent without it; the test checks 400 and `json.decode(resp.body) == {"error": "missing required header \'X-Request-id\'"}`. The header name is the test controller\'s binding; the sentence is Aqueduct\'s. No header checked. Kind: a 400 with no code and no field member: bad-request (rule 1). Message: a line that names only which input is missing, by its quoted name (rule 2.1, "Field \'npn\' is required"; row 578\'s "Missing Required Header"): the default.',
    response: { status: 400, body: { error: "missing required header 'X-Request-id'" } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'aqueduct/missing-required-query-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/http/resource_controller_test.dart@bceea9cd89571c47ef03a9847f53b37ee9bce1d3',
    note: '"missing required controller query param fails": `?Table=IKEA` without the required `Shaqs` query parameter; the test checks 400 and `{"error": "missing required query \'Shaqs\'"}` whole (the method-level binding answers `{"error": "missing required query \'Table\'"}` and `{"error": "missing required header \'Cookie\'"}`). No header checked. Kind: bad-request (rule 1). Message: names only the missing input by its quoted key: the default (rule 2.1).',
    response: { status: 400, body: { error: "missing required query 'Shaqs'" } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'aqueduct/cannot-sort-by-unknown-key-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/http/managed_object_controller_test.dart@cc8736f13bcc459696790078e37b708d9908a0dd',
    note: '"Getting all objects with sort descriptor referencing unknown key fails": GET /controller?sortBy=foobar,asc on a ManagedObjectController; `hasResponse(400, body: {"error": "cannot sort by \'[foobar,asc]\'"})`. The bracketed value is the query value as Aqueduct split it (a Dart list printed). No header checked. Kind: no code, no field member: bad-request (rule 1). Message: a judgment call. The line says what the server cannot do with the value the person sent, not only which input is wrong, as Intercom\'s scored "bad \'random_param\' parameter" is kept: kept. A reader could read it as naming only an invalid input (pygeoapi\'s waiting "bad sortby property" reads the default) or the printed list as developer text.',
    response: { status: 400, body: { error: "cannot sort by '[foobar,asc]'" } },
    expect: { kind: 'bad-request', message: 'cannot sort by' },
  },
  {
    id: 'aqueduct/invalid-sortby-format-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/http/managed_object_controller_test.dart@cc8736f13bcc459696790078e37b708d9908a0dd',
    note: "\"Getting all objects with a unknown sort descriptor order fails\": GET /controller?sortBy=name,name; `hasResponse(400, body: {\"error\": \"invalid 'sortBy' format. syntax: 'name,asc' or 'name,desc'.\"})`. No header checked. Kind: bad-request (rule 1). Message: \"invalid 'sortBy' format\" names an input by its quoted key, and the syntax after it gives the values it may take, as \"The direction parameter must be 'request' or 'response'\" does (the eighty-second holdout's row): the default. A judgment call: the syntax tells the person how to fix the value, which a reader could keep.",
    response: { status: 400, body: { error: "invalid 'sortBy' format. syntax: 'name,asc' or 'name,desc'." } },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'aqueduct/paging-without-pageafter-or-pageprior-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/http/managed_object_controller_test.dart@cc8736f13bcc459696790078e37b708d9908a0dd',
    note: '"Paging with no pageAfter/pagePrior": GET controller?pageBy=createdAt; `hasResponse(400, body: {"error": "missing required parameter \'pageAfter\' or \'pagePrior\' when \'pageBy\' is given"})`. No header checked. Kind: bad-request (rule 1). Message: names only inputs by their quoted keys, one sent without another, as "bbox-crs specified without bbox parameter" does (the eighty-second holdout\'s row): the default.',
    response: {
      status: 400,
      body: { error: "missing required parameter 'pageAfter' or 'pagePrior' when 'pageBy' is given" },
    },
    expect: { kind: 'bad-request', message: DEFAULT },
  },
  {
    id: 'aqueduct/cannot-page-by-unknown-key-400',
    source: 'Aqueduct',
    url: 'stablekernel/aqueduct/aqueduct/test/http/managed_object_controller_test.dart@cc8736f13bcc459696790078e37b708d9908a0dd',
    note: '"Paging with wrong key": GET /controller?pageBy=foobar&pagePrior=10; `hasResponse(400, body: {"error": "cannot page by \'foobar\'"})`. No header checked. Kind: bad-request (rule 1). Message: a judgment call, read as "cannot sort by \'[foobar,asc]\'" is: what the server cannot do with the value sent: kept.',
    response: { status: 400, body: { error: "cannot page by 'foobar'" } },
    expect: { kind: 'bad-request', message: 'cannot page by' },
  },

  // ───────────────────────────── Kitura ─────────────────────────────
  {
    id: 'kitura/codable-conflict-409-no-body',
    source: 'Kitura',
    url: 'Kitura/Kitura/Tests/KituraTests/TestCodableRouter.swift@5f7b497e69f4e91439c9d73936c48cd6632ece63',
    note: 'testBasicPost: a Codable POST route that answers `respondWith(nil, .conflict)`; the test checks `.hasStatus(.conflict)` and `.hasNoData()` (testBasicPostIdentifier the same). No header checked. Kind: 409, conflict (rule 1). Message: no body: the default.',
    response: { status: 409, body: '' },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'kitura/codable-conflict-409-request-error-body',
    source: 'Kitura',
    url: 'Kitura/Kitura/Tests/KituraTests/TestCodableRouter.swift@5f7b497e69f4e91439c9d73936c48cd6632ece63',
    note: 'testBasicPost: `respondWith(nil, RequestError(.conflict, body: Conflict(on: "id")))`, where the test\'s `Conflict` struct has one property, `field`, set by `init(on:)`; the test checks `.hasStatus(.conflict)`, `.hasContentType(withPrefix: "application/json")` and `.hasData(Conflict(on: "id"))`, the body decoded and compared whole. Written as the JSON Kitura\'s encoder sends for it, `{"field":"id"}`; the header as the prefix checked. The payload is the test\'s own type, carried by Kitura\'s RequestError body. Kind: 409, conflict (rule 1). Message: none: the default. Fields: a judgment call. The object names its field in `field` but carries no message, and a field error is a message bound to an input (rule 3): none. A reader could bind the default text to `id` by rule 3\'s error object about one field.',
    response: { status: 409, headers: { 'Content-Type': 'application/json' }, body: { field: 'id' } },
    expect: { kind: 'conflict', message: DEFAULT },
  },
  {
    id: 'kitura/codable-service-unavailable-503-no-body',
    source: 'Kitura',
    url: 'Kitura/Kitura/Tests/KituraTests/TestCodableRouter.swift@5f7b497e69f4e91439c9d73936c48cd6632ece63',
    note: 'testBasicGetSingleton: GET /error/status answers `respondWith(nil, .serviceUnavailable)`; the test checks `.hasStatus(.serviceUnavailable)` and `.hasNoData()` (the array, single, identifier and delete routes the same). No header checked. Kind: 503, unavailable (rule 1). Message: the default.',
    response: { status: 503, body: '' },
    expect: { kind: 'unavailable', message: DEFAULT },
  },
  {
    id: 'kitura/codable-service-unavailable-503-request-error-body',
    source: 'Kitura',
    url: 'Kitura/Kitura/Tests/KituraTests/TestCodableRouter.swift@5f7b497e69f4e91439c9d73936c48cd6632ece63',
    note: 'testBasicGetSingleton: GET /bodyerror/status answers `RequestError(.serviceUnavailable, body: Status("BAD"))`, where the test\'s `Status` struct has one property, `description`; the test checks 503, the JSON content-type prefix and `.hasData(Status("BAD"))`, compared whole. Written as the JSON sent, `{"description":"BAD"}`. The payload is the test\'s own type. Kind: 503, unavailable (rule 1). Message: "BAD" is a word in capitals only, a code, not a sentence (rule 2.1): the default. No code stated: `description` is no code member.',
    response: { status: 503, headers: { 'Content-Type': 'application/json' }, body: { description: 'BAD' } },
    expect: { kind: 'unavailable', message: DEFAULT },
  },

  // ───────────────────────────── Alfred ─────────────────────────────
  {
    id: 'alfred/default-not-found-404-text',
    source: 'Alfred',
    url: 'rknell/alfred/test/alfred_test.dart@021c3ab251df75e7df49aa6aef1760b06a0e1625',
    note: '"not found default handling": a GET to a path no route matches on `Alfred()` with its default handlers; the test checks `response.body == "404 not found"` and `statusCode == 404` (the same text answers with the CORS middleware and with a directory handler missing its file). No header checked, none given. Kind: 404, not-found (rule 1). Message: the status and its reason phrase in small letters, as "HTTP 404" is (rule 2.1): the default.',
    response: { status: 404, body: '404 not found' },
    expect: { kind: 'not-found', message: DEFAULT },
  },
] satisfies ConformanceCase[];
